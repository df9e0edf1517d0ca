// The event form: local dates and times as typed in a chosen zone, checked by a schema built from the contract's
// EventInput, and turned into the contract's input by one mapping (draftToFields). Instants come only from
// shared/domain/time.ts.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { instantFromLocal, localParts } from '../../../../shared/domain/time';
import { Bilingual, CalendarDate, EventInput, EventKind, Id, TimeZone, TravelEnd, isTimeZone, type EventStatus, type Travel, type TripEvent } from '../../../../shared/model';
import type { FieldMap } from '../../components/forms/issuePaths';
import type { FieldMessages } from '../../components/forms/schemaForm';
import { noTravelDetails, travelDetailFields, travelDetailsDraft, travelDetailsRename, travelDetailsShape, type TravelValues } from './travelForm';

export interface EventValues extends TravelValues {
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

type EndValues = Pick<EventValues, 'fromCityEn' | 'fromCityZh' | 'fromPlaceEn' | 'fromPlaceZh' | 'fromCode'>;
const noEnds = { fromCityEn: '', fromCityZh: '', fromPlaceEn: '', fromPlaceZh: '', fromCode: '', toCityEn: '', toCityZh: '', toPlaceEn: '', toPlaceZh: '', toCode: '' };

function endDraft(end: TravelEnd | undefined, side: 'from' | 'to'): Record<string, string> {
  const draft: EndValues = {
    fromCityEn: end?.city.en ?? '',
    fromCityZh: end?.city.zh ?? '',
    fromPlaceEn: end?.place.en ?? '',
    fromPlaceZh: end?.place.zh ?? '',
    fromCode: end?.code ?? '',
  };
  return Object.fromEntries(Object.entries(draft).map(([key, value]) => [key.replace(/^from/, side), value]));
}

/** One end as typed, or undefined when nothing was typed for it. */
function endFields(draft: EventValues, side: 'from' | 'to'): TravelEnd | undefined {
  const get = (key: string): string => (draft[`${side}${key}` as keyof EventValues] as string).trim();
  const end: TravelEnd = { city: { en: get('CityEn'), zh: get('CityZh') }, place: { en: get('PlaceEn'), zh: get('PlaceZh') } };
  if (get('Code')) end.code = get('Code');
  if (get('Terminal')) end.terminal = get('Terminal');
  return end.city.en || end.city.zh || end.place.en || end.place.zh || end.code || end.terminal ? end : undefined;
}

/** The journey as typed (mode, carrier, number, ends, passengers' seats), for a travel event with any of it filled in. */
export function travelFields(draft: EventValues): Travel | undefined {
  if (draft.kind !== 'travel') return undefined;
  const from = endFields(draft, 'from');
  const to = endFields(draft, 'to');
  const travel: Travel = { ...travelDetailFields(draft, draft.memberIds), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return Object.keys(travel).length > 0 ? travel : undefined;
}

/** Field name (a key of EventValues, or `form` for the summary) → message. */
export type EventErrors = Partial<Record<keyof EventValues | 'form', string>>;

type EventFields = Omit<InputOf<'events.create'>, 'tripId'>;

export function draftFromEvent(event: TripEvent): EventValues {
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
    ...travelDetailsDraft(event.travel),
    memberIds: [...event.memberIds],
    organisationIds: [...event.organisationIds],
    contactIds: [...event.contactIds],
    status: event.status,
    description: event.description,
  };
}

/** A new event at the given instants (a selected slot), shown in the given zone. */
export function draftForCreate(start: string, end: string, timeZone: string): EventValues {
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
    ...noTravelDetails,
    memberIds: [],
    organisationIds: [],
    contactIds: [],
    status: 'tentative',
    description: '',
  };
}

/** A wall-clock time as a time input gives it: 09:30 (or 09:30:15). */
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
const isTime = (value: string): boolean => Time.safeParse(value).success;
const isDate = (value: string): boolean => CalendarDate.safeParse(value).success;
const fields = EventInput.shape;
const text = Bilingual.shape.en.unwrap();
const zoneAsTyped = z.string().trim().pipe(TimeZone);
const code = TravelEnd.shape.code.unwrap();

/** The form's values checked as typed: the contract's own field schemas, with dates and times in place of instants. */
export const EventForm = z
  .object({
    kind: EventKind,
    title: fields.title,
    startDate: CalendarDate,
    startTime: Time,
    endDate: CalendarDate,
    endTime: Time,
    timeZone: zoneAsTyped,
    endTimeZone: z.string(),
    venueEn: text,
    venueZh: text,
    addressEn: text,
    addressZh: text,
    legId: z.union([z.literal(''), Id]),
    fromCityEn: text,
    fromCityZh: text,
    fromPlaceEn: text,
    fromPlaceZh: text,
    fromCode: code,
    toCityEn: text,
    toCityZh: text,
    toPlaceEn: text,
    toPlaceZh: text,
    toCode: code,
    ...travelDetailsShape,
    memberIds: fields.memberIds,
    organisationIds: fields.organisationIds,
    contactIds: fields.contactIds,
    status: fields.status,
    description: fields.description,
  })
  // Both checks run even while another field is wrong (`when`), so every problem shows at once.
  // The arrival zone counts only for a journey; elsewhere the field is hidden and ignored.
  .refine((draft) => !(draft.kind === 'travel' && draft.endTimeZone.trim() && !isTimeZone(draft.endTimeZone.trim())), { path: ['endTimeZone'], when: () => true })
  // Compared as instants, so a flight that lands "earlier" on the clock in another zone is fine.
  .refine((draft) => !(draftInstants(draft)?.end ?? '') || draftInstants(draft)!.end >= draftInstants(draft)!.start, { path: ['endTime'], when: () => true });

/** Each field's problem in words people understand. */
export function eventMessages(t: TFunction): FieldMessages {
  const zone = (value: unknown): string => t('events.errors.zone', { zone: String(value ?? '').trim() });
  const time = (value: unknown, missing: string): string => (value ? t('events.errors.time') : missing);
  return {
    title: () => t('events.errors.title'),
    startDate: (value) => (value ? t('events.errors.date') : t('events.errors.startDate')),
    endDate: (value) => (value ? t('events.errors.date') : t('events.errors.endDate')),
    startTime: (value) => time(value, t('events.errors.startTime')),
    endTime: (value, code) => (code === 'custom' ? t('events.errors.endBeforeStart') : time(value, t('events.errors.endTime'))),
    timeZone: zone,
    endTimeZone: zone,
  };
}

/** The zone the end is read in: the arrival zone of a travel event, else the start's zone. */
export function endZoneOf(draft: EventValues): string {
  return draft.kind === 'travel' && draft.endTimeZone.trim() ? draft.endTimeZone.trim() : draft.timeZone.trim();
}

/** The draft's instants, or undefined while a date, time or zone is not yet valid. */
export function draftInstants(draft: EventValues): { start: string; end: string } | undefined {
  const zone = draft.timeZone.trim();
  const endZone = endZoneOf(draft);
  if (!isTimeZone(zone) || !isTimeZone(endZone)) return undefined;
  if (!isDate(draft.startDate) || !isDate(draft.endDate) || !isTime(draft.startTime) || !isTime(draft.endTime)) return undefined;
  return { start: instantFromLocal(draft.startDate, draft.startTime, zone), end: instantFromLocal(draft.endDate, draft.endTime, endZone) };
}

/**
 * The event's fields for events.create / events.update. `previous` is the stored event when editing: an arrival
 * zone it had but the draft no longer has is set back to the start's zone, because a patch cannot remove a field.
 */
export function draftToFields(draft: EventValues, previous?: Pick<TripEvent, 'endTimeZone'>): EventFields {
  const instants = draftInstants(draft);
  if (!instants) throw new Error('draftToFields needs a valid draft; call validateEventValues first');
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
export function clearedByDraft(draft: EventValues, previous: Pick<TripEvent, 'legId' | 'travel'> | undefined): { legId?: null; travel?: null } {
  return {
    ...(previous?.legId && !draft.legId ? { legId: null } : {}),
    ...(previous?.travel && !travelFields(draft) ? { travel: null } : {}),
  };
}

/** Where the backend's issue paths (`title`, `patch.end`, `travel.from.city.en`, `memberIds.2`) show in the form. */
export const eventFieldMap: FieldMap = {
  fields: Object.keys(EventForm.shape),
  rename: {
    start: 'startTime',
    end: 'endTime',
    'venue.en': 'venueEn',
    'venue.zh': 'venueZh',
    'address.en': 'addressEn',
    'address.zh': 'addressZh',
    ...travelDetailsRename,
    ...Object.fromEntries(
      (['from', 'to'] as const).flatMap((side) => [
        [`travel.${side}.city.en`, `${side}CityEn`],
        [`travel.${side}.city.zh`, `${side}CityZh`],
        [`travel.${side}.place.en`, `${side}PlaceEn`],
        [`travel.${side}.place.zh`, `${side}PlaceZh`],
        [`travel.${side}.code`, `${side}Code`],
      ]),
    ),
  },
};

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
