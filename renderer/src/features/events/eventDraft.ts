// The event editor's working copy: local dates and times as typed in a chosen zone, checked here in words people
// understand, and turned into the contract's input. Instants come only from shared/domain/time.ts.
import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract';
import { instantFromLocal, localParts } from '../../../../shared/domain/time';
import { CalendarDate, isTimeZone, type EventKind, type EventStatus, type TripEvent } from '../../../../shared/model';

export interface EventDraft {
  kind: EventKind;
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  /** The arrival zone of a travel event; empty means "the same zone". */
  endTimeZone: string;
  venueEn: string;
  venueZh: string;
  addressEn: string;
  addressZh: string;
  memberIds: string[];
  organisationIds: string[];
  contactIds: string[];
  status: EventStatus;
  description: string;
}

/** Field name (a key of EventDraft) → message. */
export type EventErrors = Partial<Record<keyof EventDraft | 'form', string>>;

type EventFields = Omit<InputOf<'events.create'>, 'tripId'>;

export function draftFromEvent(event: TripEvent): EventDraft {
  const start = localParts(event.start, event.timeZone);
  const end = localParts(event.end, event.endTimeZone ?? event.timeZone);
  return {
    kind: event.kind,
    title: event.title,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: event.timeZone,
    endTimeZone: event.endTimeZone && event.endTimeZone !== event.timeZone ? event.endTimeZone : '',
    venueEn: event.venue.en,
    venueZh: event.venue.zh,
    addressEn: event.address.en,
    addressZh: event.address.zh,
    memberIds: [...event.memberIds],
    organisationIds: [...event.organisationIds],
    contactIds: [...event.contactIds],
    status: event.status,
    description: event.description,
  };
}

/** A new event at the given instants (a selected slot), shown in the given zone. */
export function draftForCreate(start: string, end: string, timeZone: string): EventDraft {
  const s = localParts(start, timeZone);
  const e = localParts(end, timeZone);
  return {
    kind: 'meeting',
    title: '',
    startDate: s.date,
    startTime: s.time,
    endDate: e.date,
    endTime: e.time,
    timeZone,
    endTimeZone: '',
    venueEn: '',
    venueZh: '',
    addressEn: '',
    addressZh: '',
    memberIds: [],
    organisationIds: [],
    contactIds: [],
    status: 'tentative',
    description: '',
  };
}

const isDate = (value: string): boolean => CalendarDate.safeParse(value).success;
const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);

/** The zone the end is read in: the arrival zone of a travel event, else the start's zone. */
export function endZoneOf(draft: EventDraft): string {
  return draft.kind === 'travel' && draft.endTimeZone.trim() ? draft.endTimeZone.trim() : draft.timeZone.trim();
}

/** The draft's instants, or undefined while a date, time or zone is not yet valid. */
export function draftInstants(draft: EventDraft): { start: string; end: string } | undefined {
  const zone = draft.timeZone.trim();
  const endZone = endZoneOf(draft);
  if (!isTimeZone(zone) || !isTimeZone(endZone)) return undefined;
  if (!isDate(draft.startDate) || !isDate(draft.endDate) || !isTime(draft.startTime) || !isTime(draft.endTime)) return undefined;
  return { start: instantFromLocal(draft.startDate, draft.startTime, zone), end: instantFromLocal(draft.endDate, draft.endTime, endZone) };
}

export function validateEventDraft(draft: EventDraft, t: TFunction): EventErrors {
  const errors: EventErrors = {};
  if (!draft.title.trim()) errors.title = t('events.errors.title');
  if (!draft.startDate) errors.startDate = t('events.errors.startDate');
  else if (!isDate(draft.startDate)) errors.startDate = t('events.errors.date');
  if (!draft.startTime) errors.startTime = t('events.errors.startTime');
  else if (!isTime(draft.startTime)) errors.startTime = t('events.errors.time');
  if (!draft.endDate) errors.endDate = t('events.errors.endDate');
  else if (!isDate(draft.endDate)) errors.endDate = t('events.errors.date');
  if (!draft.endTime) errors.endTime = t('events.errors.endTime');
  else if (!isTime(draft.endTime)) errors.endTime = t('events.errors.time');
  if (!isTimeZone(draft.timeZone.trim())) errors.timeZone = t('events.errors.zone', { zone: draft.timeZone.trim() });
  if (draft.kind === 'travel' && draft.endTimeZone.trim() && !isTimeZone(draft.endTimeZone.trim())) {
    errors.endTimeZone = t('events.errors.zone', { zone: draft.endTimeZone.trim() });
  }
  const instants = draftInstants(draft);
  if (instants && instants.end < instants.start) errors.endTime = t('events.errors.endBeforeStart');
  return errors;
}

/**
 * The event's fields for events.create / events.update. `previous` is the stored event when editing: an arrival
 * zone it had but the draft no longer has is set back to the start's zone, because a patch cannot remove a field.
 */
export function draftToFields(draft: EventDraft, previous?: Pick<TripEvent, 'endTimeZone'>): EventFields {
  const instants = draftInstants(draft);
  if (!instants) throw new Error('draftToFields needs a valid draft; call validateEventDraft first');
  const zone = draft.timeZone.trim();
  const arrival = endZoneOf(draft);
  const endTimeZone = arrival !== zone || previous?.endTimeZone ? arrival : undefined;
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    start: instants.start,
    end: instants.end,
    timeZone: zone,
    ...(endTimeZone ? { endTimeZone } : {}),
    venue: { en: draft.venueEn.trim(), zh: draft.venueZh.trim() },
    address: { en: draft.addressEn.trim(), zh: draft.addressZh.trim() },
    memberIds: draft.memberIds,
    organisationIds: draft.organisationIds,
    contactIds: draft.contactIds,
    status: draft.status,
    description: draft.description,
  };
}

/** Where a backend issue (`title`, `patch.end`, `venue.en`, …) is shown in the form. */
export function fieldForIssue(path: string): keyof EventDraft | 'form' {
  const clean = path.replace(/^(patch|input)\./, '');
  const map: Record<string, keyof EventDraft> = {
    kind: 'kind',
    title: 'title',
    start: 'startTime',
    end: 'endTime',
    timeZone: 'timeZone',
    endTimeZone: 'endTimeZone',
    'venue.en': 'venueEn',
    'venue.zh': 'venueZh',
    'address.en': 'addressEn',
    'address.zh': 'addressZh',
    memberIds: 'memberIds',
    organisationIds: 'organisationIds',
    contactIds: 'contactIds',
    status: 'status',
    description: 'description',
  };
  const exact = map[clean];
  if (exact) return exact;
  // A bad id inside a list (`memberIds.2`) belongs to the list.
  const list = /^(memberIds|organisationIds|contactIds)\.\d+$/.exec(clean);
  return list ? (list[1] as keyof EventDraft) : 'form';
}

/** The backend's `invalid-input` issues placed on the form's fields. */
export function issuesToEventErrors(details: unknown): EventErrors {
  const issues = (details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  const errors: EventErrors = {};
  if (!Array.isArray(issues)) return errors;
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
    const field = fieldForIssue(path);
    const message = String(issue.message ?? '');
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}

/** The directory's members for the checklist: the trip's delegation first, each group in order of precedence. */
export function membersForChecklist<M extends { id: string; rank: number; deleted?: boolean; name: { en: string } }>(
  members: M[],
  tripMemberIds: string[],
): { delegation: M[]; others: M[] } {
  const byRank = (a: M, b: M): number => a.rank - b.rank || a.name.en.localeCompare(b.name.en);
  const onTrip = new Set(tripMemberIds);
  const live = members.filter((m) => !m.deleted);
  return { delegation: live.filter((m) => onTrip.has(m.id)).sort(byRank), others: live.filter((m) => !onTrip.has(m.id)).sort(byRank) };
}

/** True when the draft says something the stored event does not (so Duplicate saves it first). */
export function isDirty(draft: EventDraft, saved: TripEvent | undefined): boolean {
  return !saved || JSON.stringify(draft) !== JSON.stringify(draftFromEvent(saved));
}
