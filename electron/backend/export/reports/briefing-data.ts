// What one brief in the briefing pack says about one meeting: who comes, whom we meet, what was said and promised
// before. Earlier meetings and open follow-ups come from every trip through the activity index, so a brief shows the
// whole relationship, not just this trip.
import { compareFollowUps, isClosed } from '../../../../shared/domain/followups';
import type { Contact, FollowUp, Member, Organisation, TripEvent } from '../../../../shared/model';
import { type EventSummary, activityIndexFor } from '../../activity';
import { loadLookup } from '../../activity/lookup';
import type { DocumentSources } from '../sources';
import { contactsOf, counterpartsOf, isMeetingLike, type TripFacts } from './trip-facts';

export interface EarlierMeeting {
  event: TripEvent;
  tripTitle: string;
  organisation: Organisation;
}

export interface OpenFollowUp {
  followUp: FollowUp;
  tripTitle: string;
  organisation: Organisation;
  owner?: Member;
}

export interface MeetingBrief {
  event: TripEvent;
  members: Member[];
  counterparts: Organisation[];
  people: Contact[];
  earlier: EarlierMeeting[];
  openFollowUps: OpenFollowUp[];
}

/** Enough history to prepare with, not a file of everything: the most recent few per organisation. */
const EARLIER_PER_ORGANISATION = 5;

export async function meetingBriefs({ store }: Pick<DocumentSources, 'store'>, facts: TripFacts): Promise<MeetingBrief[]> {
  const index = activityIndexFor(store);
  await index.ready();
  const lookup = await loadLookup(store);
  const tripId = facts.trip.id;

  const briefs = facts.events.filter(isMeetingLike).map(async (event) => {
    const counterparts = counterpartsOf(facts, event);
    const earlier: EarlierMeeting[] = [];
    const openFollowUps: OpenFollowUp[] = [];
    for (const organisation of counterparts) {
      const theirs: { summary: EventSummary; tripId: string; tripTitle: string }[] = [];
      for (const activity of index.tripsOf(organisation.id)) {
        const trip = lookup.trips.get(activity.tripId);
        if (!trip) continue; // a deleted trip
        if (activity.tripId !== tripId) {
          for (const e of activity.eventsByOrg.get(organisation.id) ?? []) {
            if (e.start < event.start && e.status !== 'cancelled') theirs.push({ summary: e, tripId: activity.tripId, tripTitle: trip.title });
          }
        }
        for (const f of activity.followUpsByOrg.get(organisation.id) ?? []) {
          if (isClosed(f.status)) continue;
          const owner = f.ownerId ? lookup.members.get(f.ownerId) : undefined;
          openFollowUps.push({ followUp: f, tripTitle: trip.title, organisation, ...(owner ? { owner } : {}) });
        }
      }
      theirs.sort((a, b) => b.summary.start.localeCompare(a.summary.start));
      // The index keeps no descriptions: the few meetings a brief shows are read whole from their trips.
      const chosen = await Promise.all(theirs.slice(0, EARLIER_PER_ORGANISATION).map((m) => store.get('events', m.summary.id, m.tripId)));
      chosen.forEach((e, i) => {
        if (e && !e.deleted) earlier.push({ event: e, tripTitle: theirs[i]!.tripTitle, organisation });
      });
    }
    openFollowUps.sort((a, b) => compareFollowUps(a.followUp, b.followUp));
    const memberIds = new Set(event.memberIds);
    return {
      event,
      members: facts.members.filter((m) => memberIds.has(m.id)),
      counterparts,
      people: contactsOf(facts, event),
      earlier,
      openFollowUps,
    };
  });
  return Promise.all(briefs);
}
