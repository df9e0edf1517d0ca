// One section's records as a table: a checkbox to select for merging, the names in all three forms, key fields.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Member, Organisation } from '../../../../shared/model';
import { hrefFor, type DirectorySection } from '../../app/router';
import { websiteHref, type DirectoryRecord } from './directoryLogic';
import { RecordName } from './RecordName';

interface DirectoryTableProps {
  section: DirectorySection;
  records: DirectoryRecord[];
  organisations: ReadonlyMap<string, Organisation>;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onEdit: (record: DirectoryRecord) => void;
  onDelete: (record: DirectoryRecord) => void;
}

type Column = { key: string; label: string; cell: (record: DirectoryRecord) => ReactNode; className?: string };

const orNone = (text: string): ReactNode => (text.trim() ? text : <span className="muted" aria-hidden="true">—</span>);

function useColumns(section: DirectorySection, organisations: ReadonlyMap<string, Organisation>): Column[] {
  const { t } = useTranslation();
  const column = (key: string, cell: Column['cell'], className?: string): Column => ({ key, label: t(`directory.columns.${key}` as 'directory.columns.name'), cell, className });
  if (section === 'organisations') {
    return [
      column('kind', (r) => t(`directory.kinds.${(r as Organisation).kind}`), 'directory-table__narrow'),
      column('sector', (r) => orNone((r as Organisation).sector)),
      column('city', (r) => orNone((r as Organisation).city), 'directory-table__narrow'),
      column('website', (r) => {
        const website = (r as Organisation).website;
        const href = websiteHref(website);
        return href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {website.replace(/^https?:\/\//i, '')}
          </a>
        ) : (
          orNone(website)
        );
      }),
    ];
  }
  if (section === 'contacts') {
    return [
      column('title', (r) => orNone((r as Contact).title)),
      column('organisation', (r) => {
        const org = organisations.get((r as Contact).organisationId ?? '');
        return org ? <RecordName name={org.name} href={hrefFor({ page: 'directory', section: 'organisations', id: org.id })} /> : orNone('');
      }),
      // Email and phone share a column so that neither is squeezed into breaking mid-address.
      column('reach', (r) => {
        const { email, phone } = r as Contact;
        if (!email && !phone) return orNone('');
        return (
          <span className="directory-table__reach">
            {email && <a href={`mailto:${email}`}>{email}</a>}
            {phone && <span>{phone}</span>}
          </span>
        );
      }, 'directory-table__wide'),
    ];
  }
  return [column('title', (r) => orNone((r as Member).title)), column('organisation', (r) => orNone((r as Member).organisation))];
}

export function DirectoryTable({ section, records, organisations, selected, onToggle, onToggleAll, onEdit, onDelete }: DirectoryTableProps) {
  const { t } = useTranslation();
  const columns = useColumns(section, organisations);
  const allSelected = records.length > 0 && records.every((r) => selected.has(r.id));
  return (
    <table className={`directory-table directory-table--${section}`}>
      <thead>
        <tr>
          <th scope="col" className="directory-table__check">
            <input type="checkbox" aria-label={t('directory.selectAll')} checked={allSelected} onChange={(e) => onToggleAll(e.target.checked)} />
          </th>
          {section === 'members' && (
            <th scope="col" className="directory-table__rank">
              {t('directory.columns.rank')}
            </th>
          )}
          <th scope="col" className="directory-table__name">
            {t('directory.columns.name')}
          </th>
          {columns.map((c) => (
            <th scope="col" key={c.key} className={c.className}>
              {c.label}
            </th>
          ))}
          <th scope="col" className="directory-table__actions">
            <span className="visually-hidden">{t('directory.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} className={selected.has(record.id) ? 'is-selected' : undefined}>
            <td className="directory-table__check">
              <input type="checkbox" aria-label={t('directory.selectNamed', { name: record.name.en })} checked={selected.has(record.id)} onChange={() => onToggle(record.id)} />
            </td>
            {section === 'members' && <td className="directory-table__rank">{(record as Member).rank}</td>}
            <td className="directory-table__name">
              <RecordName name={record.name} href={hrefFor({ page: 'directory', section, id: record.id })} />
            </td>
            {columns.map((c) => (
              <td key={c.key} className={c.className}>
                {c.cell(record)}
              </td>
            ))}
            <td className="directory-table__actions">
              <button type="button" className="button button--small" aria-label={t('directory.editNamed', { name: record.name.en })} onClick={() => onEdit(record)}>
                {t('common.edit')}
              </button>
              <button type="button" className="button button--small button--quiet-danger" aria-label={t('directory.deleteNamed', { name: record.name.en })} onClick={() => onDelete(record)}>
                {t('common.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
