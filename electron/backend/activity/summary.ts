// What the activity index keeps of one trip (see index.ts): summaries of its events and its live follow-ups, grouped
// the ways the queries need them. Shared by the index and its saved file.
import type { FollowUp, TripEvent } from '../../../shared/model';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the index keeps of an event: enough to select, sort and name it; the full record is read from the store. */
export type EventSummary = Pick<TripEvent, 'id' | 'title' | 'start' | 'status' | 'deleted' | 'organisationIds'>;

export function summarizeEvent(e: EventSummary): EventSummary {
  return { id: e.id, title: e.title, start: e.start, status: e.status, deleted: e.deleted, organisationIds: e.organisationIds };
}

/** One trip's live records, grouped the ways the queries need them. */
export interface TripActivity {
  tripId: string;
  /** Every event, tombstones included, so a follow-up can still name the event it came from. */
  events: Map<string, EventSummary>;
  eventsByOrg: Map<string, EventSummary[]>;
  followUps: FollowUp[];
  followUpsByOrg: Map<string, FollowUp[]>;
  /** Organisations named by the trip's live events or follow-ups. */
  organisationIds: Set<string>;
}

/** A trip's activity from its events and follow-ups (tombstones included; they are sorted out here). */
export function tripActivity(tripId: string, events: readonly EventSummary[], followUps: readonly FollowUp[]): TripActivity {
  const activity: TripActivity = { tripId, events: new Map(), eventsByOrg: new Map(), followUps: [], followUpsByOrg: new Map(), organisationIds: new Set() };
  for (const event of events) {
    const summary = summarizeEvent(event);
    activity.events.set(event.id, summary);
    if (event.deleted) continue;
    for (const orgId of new Set(event.organisationIds)) {
      push(activity.eventsByOrg, orgId, summary);
      activity.organisationIds.add(orgId);
    }
  }
  for (const f of followUps) {
    if (f.deleted) continue;
    activity.followUps.push(f);
    if (f.organisationId) {
      push(activity.followUpsByOrg, f.organisationId, f);
      activity.organisationIds.add(f.organisationId);
    }
  }
  return activity;
}

