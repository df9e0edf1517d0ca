// The event editor's working copy: local dates and times as typed in a chosen zone, checked here in words people
// understand, and turned into the contract's input. Instants come only from shared/domain/time.ts.
import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract';
import { instantFromLocal, localParts } from '../../../../shared/domain/time';
import { CalendarDate, isTimeZone, type EventKind, type EventStatus, type Travel, type TravelEnd, type TripEvent } from '../../../../shared/model';

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
  /** The leg the planner chose; empty means "work it out from the date and zone". */
  legId: string;
  /** A journey's ends: city and station or airport in English and Chinese, and a code (HKG). */
  fromCityEn: string;
  fromCityZh: string;
  fromPlaceEn: string;
  fromPlaceZh: string;
  fromCode: string;
  toCityEn: string;
  toCityZh: string;
  toPlaceEn: string;
  toPlaceZh: string;
  toCode: string;
  memberIds: string[];
  organisationIds: string[];
  contactIds: string[];
  status: EventStatus;
  description: string;
}

type EndDraft = Pick<EventDraft, 'fromCityEn' | 'fromCityZh' | 'fromPlaceEn' | 'fromPlaceZh' | 'fromCode'>;
const noEnds = { fromCityEn: '', fromCityZh: '', fromPlaceEn: '', fromPlaceZh: '', fromCode: '', toCityEn: '', toCityZh: '', toPlaceEn: '', toPlaceZh: '', toCode: '' };

function endDraft(end: TravelEnd | undefined, side: 'from' | 'to'): Record<string, string> {
  const draft: EndDraft = {
    fromCityEn: end?.city.en ?? '',
    fromCityZh: end?.city.zh ?? '',
    fromPlaceEn: end?.place.en ?? '',
    fromPlaceZh: end?.place.zh ?? '',
    fromCode: end?.code ?? '',
  };
  return Object.fromEntries(Object.entries(draft).map(([key, value]) => [key.replace(/^from/, side), value]));
}

/** One end as typed, or undefined when nothing was typed for it. */
function endFields(draft: EventDraft, side: 'from' | 'to'): TravelEnd | undefined {
  const get = (key: string): string => (draft[`${side}${key}` as keyof EventDraft] as string).trim();
  const end: TravelEnd = { city: { en: get('CityEn'), zh: get('CityZh') }, place: { en: get('PlaceEn'), zh: get('PlaceZh') } };
  if (get('Code')) end.code = get('Code');
  return end.city.en || end.city.zh || end.place.en || end.place.zh || end.code ? end : undefined;
}

/** The journey's ends as typed, for a travel event with any of them filled in. */
export function travelFields(draft: EventDraft): Travel | undefined {
  if (draft.kind !== 'travel') return undefined;
  const from = endFields(draft, 'from');
  const to = endFields(draft, 'to');
  return from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
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
    legId: event.legId ?? '',
    ...noEnds,
    ...endDraft(event.travel?.from, 'from'),
    ...endDraft(event.travel?.to, 'to'),
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
    legId: '',
    ...noEnds,
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
  const travel = travelFields(draft);
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    start: instants.start,
    end: instants.end,
    timeZone: zone,
    ...(endTimeZone ? { endTimeZone } : {}),
    venue: { en: draft.venueEn.trim(), zh: draft.venueZh.trim() },
    address: { en: draft.addressEn.trim(), zh: draft.addressZh.trim() },
    ...(draft.legId ? { legId: draft.legId } : {}),
    ...(travel ? { travel } : {}),
    memberIds: draft.memberIds,
    organisationIds: draft.organisationIds,
    contactIds: draft.contactIds,
    status: draft.status,
    description: draft.description,
  };
}

/** What an update must clear (null) because the draft no longer has it: a chosen leg set back to automatic, a
 *  journey's ends emptied or the event no longer a journey. A new event has nothing to clear. */
export function clearedByDraft(draft: EventDraft, previous: Pick<TripEvent, 'legId' | 'travel'> | undefined): { legId?: null; travel?: null } {
  return {
    ...(previous?.legId && !draft.legId ? { legId: null } : {}),
    ...(previous?.travel && !travelFields(draft) ? { travel: null } : {}),
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
    legId: 'legId',
  };
  const exact = map[clean];
  // A journey's end: travel.from.city.en → fromCityEn, travel.to.code → toCode.
  const end = /^travel\.(from|to)\.(?:(city|place)\.(en|zh)|(code))$/.exec(clean);
  if (end) {
    const [, side, part, language, code] = end;
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    return (code ? `${side}Code` : `${side}${cap(part!)}${cap(language!)}`) as keyof EventDraft;
  }
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
