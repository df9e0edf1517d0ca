// Everything about one counterpart across all trips (#/organisations/<id>): who they are, where they stand in the
// pipeline, what they have brought, and their meetings, notes, follow-ups, outcomes and people, newest first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationPage as PageData } from '../../../../shared/contract';
import { PlannerError } from '../../../../shared/contract';
import { useCall } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OrgHeader } from './OrgHeader';
import { FollowUpRowView, MeetingRow, NoteRowView, OutcomeRowView, PersonRow } from './OrgRows';
import { OrgSection } from './OrgSection';
import { orderPage } from './outcomesLogic';
import { StageSteps } from './StageSteps';
import { TotalsCards } from './TotalsCards';
import { useStageChange } from './useStageChange';
import './outcomes.css';

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useCall('organisations.page', { id });
  const page = useMemo<PageData | undefined>(() => loaded.data && orderPage(loaded.data), [loaded.data]);
  const stage = useStageChange();

  if (!page) {
    if (loaded.error instanceof PlannerError && loaded.error.code === 'not-found') {
      return (
        <div className="page org-page">
          <a className="back-link" href="#/directory/organisations">
            <span aria-hidden="true">← </span>
            {t('outcomes.org.back')}
          </a>
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('outcomes.org.notFound')}</p>
          </div>
        </div>
      );
    }
    return (
      <div className="page org-page">
        {loaded.error ? (
          <>
            <p className="org-page__failed">{t('outcomes.org.loadFailed')}</p>
            <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />
          </>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }

  const { organisation } = page;
  return (
    <div className="page org-page">
      <OrgHeader organisation={organisation} />
      <StageSteps stage={stage.shownStage(organisation)} busy={stage.busy} onChange={(next) => stage.change(organisation, next)} />
      <TotalsCards totals={page.totals} keys={['mous', 'investmentHkd', 'jobs', 'followUps']} />
      <div className="org-sections">
        <OrgSection id="meetings" title={t('outcomes.org.sections.meetings')} empty={t('outcomes.org.empty.meetings')} items={page.meetings} itemKey={(m) => m.event.id} renderItem={(m) => <MeetingRow meeting={m} />} />
        <OrgSection id="outcomes" title={t('outcomes.org.sections.outcomes')} empty={t('outcomes.org.empty.outcomes')} items={page.outcomes} itemKey={(o) => o.followUpId} renderItem={(o) => <OutcomeRowView row={o} />} />
        <OrgSection id="followups" title={t('outcomes.org.sections.followUps')} empty={t('outcomes.org.empty.followUps')} items={page.followUps} itemKey={(f) => f.followUp.id} renderItem={(f) => <FollowUpRowView row={f} />} />
        <OrgSection id="notes" title={t('outcomes.org.sections.notes')} empty={t('outcomes.org.empty.notes')} items={page.notes} itemKey={(n) => n.note.id} renderItem={(n) => <NoteRowView row={n} />} />
        <OrgSection id="people" title={t('outcomes.org.sections.people')} empty={t('outcomes.org.empty.people')} items={page.contacts} itemKey={(c) => c.id} renderItem={(c) => <PersonRow contact={c} />} />
      </div>
    </div>
  );
}
