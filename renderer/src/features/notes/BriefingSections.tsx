// The briefing panel bound to its two homes: an event (events.update) and an organisation (organisations.update),
// each patched with {briefing} only, so nothing else on the record is touched.
import type { Organisation, TripEvent } from '../../../../shared/model';
import { emptyBriefing } from '../../../../shared/model';
import { useClient } from '../../api';
import { BriefingPanel } from './BriefingPanel';

export function EventBriefing({ event }: { event: TripEvent }) {
  const client = useClient();
  return (
    <BriefingPanel
      key={event.id}
      headingLevel={3}
      briefing={event.briefing ?? emptyBriefing}
      save={(briefing, keepalive) => client.call('events.update', { id: event.id, tripId: event.tripId, patch: { briefing } }, { keepalive })}
    />
  );
}

export function OrganisationBriefing({ organisation }: { organisation: Organisation }) {
  const client = useClient();
  return (
    <div className="panel organisation-briefing">
      <BriefingPanel
        key={organisation.id}
        briefing={organisation.briefing ?? emptyBriefing}
        save={(briefing, keepalive) => client.call('organisations.update', { id: organisation.id, patch: { briefing } }, { keepalive })}
      />
    </div>
  );
}
