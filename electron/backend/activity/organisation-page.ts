// Everything about one counterpart across all trips, newest first, assembled from the activity index: only the
// trips that name the organisation are visited, so a page costs what the organisation has, not what the history has.
// The index says which meetings; their full records and notes are read from those trips' files (it keeps no bodies).
import type { FollowUpRow, OrganisationPage } from '../../../shared/contract';
import { hasOutcome, outcomeDate } from '../../../shared/domain/followups';
import type { Contact, FollowUp, Organisation } from '../../../shared/model';
import type { Store } from '../store/types';
import type { ActivityIndex } from './index';
import { pageRecordsFor } from './page-records';
import { addFollowUp, emptyTotals, followUpRow, type Lookup } from './lookup';

/** Newest first for things dated by a calendar day or an instant (ISO strings sort as time), ties by id. */
const newestFirst = (a: string, b: string, idA: string, idB: string): number => (a !== b ? (a < b ? 1 : -1) : idA < idB ? -1 : idA > idB ? 1 : 0);

/** When a follow-up sits on the timeline: its due date, else the day it was created. */
const followUpDay = (f: FollowUp): string => f.dueDate ?? f.createdAt.slice(0, 10);

export async function organisationPage(store: Store, organisation: Organisation, contacts: Contact[], index: ActivityIndex, lookup: Lookup): Promise<OrganisationPage> {
  const id = organisation.id;
  const meetings: OrganisationPage['meetings'] = [];
  const notes: OrganisationPage['notes'] = [];
  const followUps: FollowUpRow[] = [];
  const totals = emptyTotals();
  totals.companiesLanded = organisation.stage === 'landed' ? 1 : 0;

  const visited = index.tripsOf(id).filter((activity) => lookup.trips.has(activity.tripId)); // deleted trips drop out
  const pages = pageRecordsFor(store);
  const records = await Promise.all(visited.map((a) => pages.of(id, a.tripId, (a.eventsByOrg.get(id) ?? []).map((e) => e.id))));
  visited.forEach((activity, i) => {
    const trip = lookup.trips.get(activity.tripId)!;
    const { events, notes: tripNotes } = records[i]!;
    for (const summary of activity.eventsByOrg.get(id) ?? []) {
      const event = events.get(summary.id);
      if (!event || event.deleted) continue; // changed since it was indexed; the index catches up on the next call
      meetings.push({ event, tripTitle: trip.title });
      for (const note of tripNotes) {
        if (note.eventId !== event.id) continue;
        const entry: OrganisationPage['notes'][number] = { note, eventTitle: event.title, tripTitle: trip.title };
        const author = note.authorId ? lookup.members.get(note.authorId) : undefined;
        if (author) entry.authorName = author.name.en;
        notes.push(entry);
      }
    }
    for (const f of activity.followUpsByOrg.get(id) ?? []) {
      followUps.push(followUpRow(f, activity, lookup));
      addFollowUp(totals, f);
    }
  });

  // Notes follow their meetings: newest meeting first, then the most recently edited note within it.
  const eventStart = new Map(meetings.map((m) => [m.event.id, m.event.start]));
  meetings.sort((a, b) => newestFirst(a.event.start, b.event.start, a.event.id, b.event.id));
  notes.sort(
    (a, b) =>
      newestFirst(eventStart.get(a.note.eventId)!, eventStart.get(b.note.eventId)!, a.note.eventId, b.note.eventId) ||
      newestFirst(a.note.updatedAt, b.note.updatedAt, a.note.id, b.note.id),
  );
  followUps.sort((a, b) => newestFirst(followUpDay(a.followUp), followUpDay(b.followUp), a.followUp.id, b.followUp.id));

  const outcomes: OrganisationPage['outcomes'] = followUps
    .map((r) => r.followUp)
    .filter(hasOutcome)
    .map((f) => ({ followUpId: f.id, tripId: f.tripId, title: f.title, outcome: f.outcome, date: outcomeDate(f) }))
    .sort((a, b) => newestFirst(a.date, b.date, a.followUpId, b.followUpId));

  return { organisation, contacts, meetings, notes, followUps, outcomes, totals };
}
