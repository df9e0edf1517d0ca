// The follow-ups page (#/followups for the board, #/followups/list?… for the filtered list): the two views as
// tabs, "New follow-up", and the editor. Everything is read for the user's local date, which decides overdue.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import { hrefFor, type FollowUpView } from '../../app/router';
import { useCall } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { displayName } from '../../components/recordPicker';
import { FollowUpBoard } from './FollowUpBoard';
import { FollowUpEditor, type FollowUpEditorMode } from './FollowUpEditor';
import { FollowUpList } from './FollowUpList';
import { ListFiltersBar } from './ListFilters';
import { filtersToInput, listHref, noFilters } from './listQuery';
import { useFollowUpDirectory } from './useFollowUpDirectory';
import { useListFilters } from './useListFilters';
import { useStatusMove } from './useStatusMove';
import { useToday } from './useToday';
import './followups.css';
import { isChinese } from '../../i18n/languages';

export function FollowUpsPage({ view }: { view: FollowUpView }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const directory = useFollowUpDirectory();
  const [filters, setFilters] = useListFilters();
  const [editor, setEditor] = useState<FollowUpEditorMode | null>(null);
  // The board shows everything; the list only what its filters let through.
  const input = filtersToInput(view === 'list' ? filters : noFilters, today);
  const loaded = useCall('followups.list', input);
  const move = useStatusMove();
  // The backend names owners and organisations in English; people reading Chinese see the Chinese names we know.
  const rows = useMemo(() => {
    if (!loaded.data || !isChinese(i18n.language)) return loaded.data;
    const members = new Map(directory.members.map((m) => [m.id, m]));
    const organisations = new Map(directory.organisations.map((o) => [o.id, o]));
    return loaded.data.map((row) => {
      const owner = row.followUp.ownerId ? members.get(row.followUp.ownerId) : undefined;
      const organisation = row.followUp.organisationId ? organisations.get(row.followUp.organisationId) : undefined;
      return {
        ...row,
        ownerName: owner ? displayName(owner, i18n.language) : row.ownerName,
        organisationName: organisation ? displayName(organisation, i18n.language) : row.organisationName,
      };
    });
  }, [loaded.data, i18n.language, directory.members, directory.organisations]);
  const edit = (row: FollowUpRow): void => setEditor({ kind: 'edit', followUp: row.followUp });
  // A new follow-up from a list narrowed to one trip starts in that trip.
  const newFollowUp = (): void => setEditor({ kind: 'create', start: view === 'list' && filters.tripId ? { tripId: filters.tripId } : {} });

  return (
    <div className="page fu-page">
      <div className="page__toolbar">
        <div>
          <PageHeading>{t('followups.title')}</PageHeading>
          <p className="page__subtitle muted">{t('followups.subtitle')}</p>
        </div>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={newFollowUp}>
            <span aria-hidden="true">＋</span> {t('followups.new')}
          </button>
        </div>
      </div>
      <nav className="fu-tabs" aria-label={t('followups.views.label')}>
        <ul>
          <li>
            <a className="fu-tabs__tab" href={hrefFor({ page: 'followups', view: 'board' })} aria-current={view === 'board' ? 'page' : undefined}>
              <span aria-hidden="true">▥</span> {t('followups.views.board')}
            </a>
          </li>
          <li>
            <a className="fu-tabs__tab" href={listHref(filters)} aria-current={view === 'list' ? 'page' : undefined}>
              <span aria-hidden="true">☰</span> {t('followups.views.list')}
            </a>
          </li>
        </ul>
      </nav>
      {view === 'list' && <ListFiltersBar filters={filters} onChange={setFilters} directory={directory} />}
      {loaded.isError && !rows && (
        <section aria-label={t('followups.errors.loadFailed')}>
          <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />
        </section>
      )}
      {!rows && !loaded.isError && <p className="muted">{t('followups.loading')}</p>}
      {rows && view === 'board' && <FollowUpBoard rows={rows} today={today} onMove={move} onEdit={edit} />}
      {rows && view === 'list' && <FollowUpList rows={rows} filters={filters} today={today} onEdit={edit} />}
      {editor && <FollowUpEditor mode={editor} onClose={() => setEditor(null)} />}
    </div>
  );
}
