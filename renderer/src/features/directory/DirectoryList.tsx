// One directory section as a searchable list: search, new, select-and-merge, the possible-duplicates hint, the table.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Member, Organisation } from '../../../../shared/model';
import type { DirectorySection } from '../../app/router';
import { contactTexts, matchesQuery, memberTexts, organisationTexts, sortByName, sortMembers, type DirectoryRecord } from './directoryLogic';
import { DirectoryTable } from './DirectoryTable';
import { DuplicateHint } from './DuplicateHint';
import { findDuplicates } from './duplicates';
import type { DirectoryActions } from './useDirectoryActions';

interface DirectoryListProps {
  section: DirectorySection;
  records: DirectoryRecord[];
  organisations: Organisation[];
  actions: DirectoryActions;
}

/** Enough rows for any search result people read; more would only slow the page for a 15 000-contact directory. */
const maxRows = 300;

function searchTexts(section: DirectorySection, record: DirectoryRecord, organisations: ReadonlyMap<string, Organisation>): string[] {
  if (section === 'organisations') return organisationTexts(record as Organisation);
  if (section === 'contacts') return contactTexts(record as Contact, organisations.get((record as Contact).organisationId ?? ''));
  return memberTexts(record as Member);
}

export function DirectoryList({ section, records, organisations, actions }: DirectoryListProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);

  const sorted = useMemo(() => (section === 'members' ? sortMembers(records as Member[]) : sortByName(records)), [section, records]);
  const found = useMemo(() => sorted.filter((r) => matchesQuery(searchTexts(section, r, byId), query)), [sorted, section, byId, query]);
  const duplicates = useMemo(() => findDuplicates(sorted), [sorted]);
  // A record merged or deleted elsewhere drops out of the selection by itself.
  const selected = useMemo(() => new Set(sorted.filter((r) => picked.has(r.id)).map((r) => r.id)), [sorted, picked]);
  const shown = found.slice(0, maxRows);

  const toggle = (id: string): void =>
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = (select: boolean): void =>
    setPicked((s) => {
      const next = new Set(s);
      for (const r of shown) {
        if (select) next.add(r.id);
        else next.delete(r.id);
      }
      return next;
    });
  const merge = (chosen: DirectoryRecord[]): void => {
    setPicked(new Set());
    actions.merge(section, chosen);
  };

  return (
    <section className="directory-list" aria-label={t(`directory.sections.${section}`)}>
      <div className="directory-toolbar">
        <div className="directory-search">
          <label htmlFor={searchId} className="visually-hidden">
            {t(`directory.search.label.${section}`)}
          </label>
          <input id={searchId} type="search" value={query} placeholder={t('directory.search.placeholder')} onChange={(e) => setQuery(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
        <div className="directory-toolbar__actions">
          {selected.size > 0 && (
            <span className="directory-toolbar__selected" aria-live="polite">
              {t('directory.selected', { count: selected.size })}
              <button type="button" className="button button--small button--quiet" onClick={() => setPicked(new Set())}>
                {t('directory.clearSelection')}
              </button>
            </span>
          )}
          <button
            type="button"
            className="button"
            disabled={selected.size < 2}
            title={selected.size < 2 ? t('directory.mergeHint') : undefined}
            onClick={() => merge(sorted.filter((r) => selected.has(r.id)))}
          >
            {t('directory.merge')}
          </button>
          <button type="button" className="button button--primary" onClick={() => actions.create(section)}>
            <span aria-hidden="true">＋ </span>
            {t(`directory.new.${section}`)}
          </button>
        </div>
      </div>

      {duplicates.length > 0 && <DuplicateHint groups={duplicates} onReview={merge} />}

      {records.length === 0 ? (
        <div className="empty-state">
          <p>{t(`directory.empty.${section}`)}</p>
          <button type="button" className="button button--primary" onClick={() => actions.create(section)}>
            {t(`directory.new.${section}`)}
          </button>
        </div>
      ) : (
        <>
          <p className="directory-count muted" aria-live="polite">
            {query.trim() || shown.length < found.length
              ? t('directory.search.shown', { shown: shown.length, total: records.length })
              : t(`directory.count.${section}`, { count: records.length })}
          </p>
          {found.length === 0 ? (
            <div className="empty-state">
              <p>{t('directory.search.noMatch', { query: query.trim() })}</p>
              <button type="button" className="button" onClick={() => setQuery('')}>
                {t('directory.search.clear')}
              </button>
            </div>
          ) : (
            <DirectoryTable
              section={section}
              records={shown}
              organisations={byId}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onEdit={(r) => actions.edit(section, r)}
              onDelete={(r) => actions.remove(section, r)}
            />
          )}
        </>
      )}
    </section>
  );
}
