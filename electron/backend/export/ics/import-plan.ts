// What importing calendar entries into a trip would do: which entries are new and which update an event the trip
// already has (same UID), and the store mutations that do it. Pure: the handler reads the store and applies.
import { nanoid } from 'nanoid';
import type { IcsPreviewEvent } from '../../../../shared/contract';
import { EventInput, TripEvent } from '../../../../shared/model';
import type { Mutation } from '../../store/types';
import type { IcsEntry } from './read-ics';
import { icsUidOf } from './write-ics';

/** The trip's live events by every UID that names them: an imported UID, and the one our own export gives them. */
export function eventsByUid(events: TripEvent[]): Map<string, TripEvent> {
  const byUid = new Map<string, TripEvent>();
  for (const event of events) {
    if (event.deleted) continue;
    byUid.set(icsUidOf({ id: event.id }), event);
    if (event.icsUid) byUid.set(event.icsUid, event);
  }
  return byUid;
}

export function previewOf(entries: IcsEntry[], byUid: Map<string, TripEvent>): IcsPreviewEvent[] {
  return entries.map((entry) => {
    const existing = byUid.get(entry.uid);
    const preview: IcsPreviewEvent = { uid: entry.uid, title: entry.title, start: entry.start, end: entry.end, timeZone: entry.timeZone };
    if (entry.endTimeZone) preview.endTimeZone = entry.endTimeZone;
    if (entry.issues.length > 0) preview.issues = entry.issues;
    if (existing) preview.existingEventId = existing.id;
    if (entry.problem) preview.problem = entry.problem;
    return preview;
  });
}

export interface ImportPlan {
  mutations: Mutation<'events'>[];
  created: number;
  updated: number;
  skipped: number;
}

/**
 * Mutations for the chosen entries. A new entry becomes an event with everything the file says; an update takes the
 * calendar's title, times and zones (and its status when stated) but keeps the planner's own venue, people, notes and
 * briefing, since a calendar copy carries only a flattened version of them. Entries with a problem, and events that
 * would not be valid, are skipped and counted.
 */
export function planImport(tripId: string, entries: IcsEntry[], uids: string[], byUid: Map<string, TripEvent>): ImportPlan {
  const chosen = new Set(uids);
  const plan: ImportPlan = { mutations: [], created: 0, updated: 0, skipped: 0 };
  const done = new Set<string>();
  for (const entry of entries) {
    if (!chosen.has(entry.uid) || done.has(entry.uid)) continue;
    done.add(entry.uid);
    if (entry.problem) {
      plan.skipped++;
      continue;
    }
    const existing = byUid.get(entry.uid);
    if (existing) {
      const fields: Partial<TripEvent> = { title: entry.title, start: entry.start, end: entry.end, timeZone: entry.timeZone, endTimeZone: entry.endTimeZone };
      if (entry.status) fields.status = entry.status;
      if (!TripEvent.safeParse({ ...existing, ...fields }).success) {
        plan.skipped++;
        continue;
      }
      plan.updated++;
      if (changes(existing, fields)) plan.mutations.push({ collection: 'events', id: existing.id, tripId, fields });
      continue;
    }
    const input = EventInput.safeParse({
      tripId,
      kind: entry.kind ?? 'meeting',
      title: entry.title,
      start: entry.start,
      end: entry.end,
      timeZone: entry.timeZone,
      endTimeZone: entry.endTimeZone,
      venue: { en: entry.location, zh: '' },
      status: entry.status ?? 'tentative',
      description: entry.description,
      icsUid: entry.uid,
    });
    if (!input.success) {
      plan.skipped++;
      continue;
    }
    const id = nanoid(12);
    plan.created++;
    plan.mutations.push({ collection: 'events', id, tripId, fields: { ...input.data, id } });
  }
  return plan;
}

function changes(existing: TripEvent, fields: Partial<TripEvent>): boolean {
  return Object.entries(fields).some(([key, value]) => {
    const before = (existing as Record<string, unknown>)[key];
    // Instants are compared as instants: "…T06:00:00Z" and "…T06:00:00.000Z" are the same time.
    if (key === 'start' || key === 'end') return Date.parse(String(before)) !== Date.parse(String(value));
    return before !== value;
  });
}
