// The trip form: plain strings as typed, checked by a schema built from the contract's trip and leg schemas, and
// turned into the contract's input by one mapping (toInput). The backend checks again; its `invalid-input` issues
// land on the same fields through components/forms/issuePaths.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { cityLanguage, countryName, findCity } from '../../../../shared/domain/cities';
import { CalendarDate, Leg, TimeZone, TripInput, TripStatus, type Trip } from '../../../../shared/model';
import type { FieldMap } from '../../components/forms/issuePaths';
import type { FieldMessages } from '../../components/forms/schemaForm';

export interface LegValues {
  key: string;
  id?: string;
  city: string;
  country: string;
  timeZone: string;
  startDate: string;
  endDate: string;
}

export interface TripValues {
  title: string;
  purpose: string;
  organisingBody: string;
  status: TripStatus;
  startDate: string;
  endDate: string;
  homeTimeZone: string;
  legs: LegValues[];
}

/** Field path (e.g. `legs.1.city`) → message. */
export type FieldErrors = Partial<Record<string, string>>;

let nextKey = 1;
const legKey = (): string => `leg-${nextKey++}`;

export function emptyDraft(): TripValues {
  return { title: '', purpose: '', organisingBody: '', status: 'draft', startDate: '', endDate: '', homeTimeZone: 'Asia/Hong_Kong', legs: [] };
}

export function draftFromTrip(trip: Trip): TripValues {
  return {
    title: trip.title,
    purpose: trip.purpose,
    organisingBody: trip.organisingBody,
    status: trip.status,
    startDate: trip.startDate,
    endDate: trip.endDate,
    homeTimeZone: trip.homeTimeZone,
    legs: trip.legs.map((leg) => ({ ...leg, key: legKey() })),
  };
}

/** A new leg picks up where the previous one ended (or where the trip starts). */
export function newLeg(draft: TripValues): LegValues {
  const previous = draft.legs[draft.legs.length - 1];
  return {
    key: legKey(),
    city: '',
    country: '',
    timeZone: '',
    startDate: previous?.endDate ?? draft.startDate,
    endDate: draft.endDate,
  };
}

export function toInput(draft: TripValues): InputOf<'trips.create'> {
  return {
    title: draft.title.trim(),
    purpose: draft.purpose,
    organisingBody: draft.organisingBody.trim(),
    status: draft.status,
    startDate: draft.startDate,
    endDate: draft.endDate,
    homeTimeZone: draft.homeTimeZone.trim(),
    legs: draft.legs.map((leg) => ({
      ...(leg.id ? { id: leg.id } : {}),
      city: leg.city.trim(),
      country: leg.country.trim(),
      timeZone: leg.timeZone.trim(),
      startDate: leg.startDate,
      endDate: leg.endDate,
    })),
  };
}

const isDate = (value: string): boolean => CalendarDate.safeParse(value).success;
const zoneAsTyped = z.string().trim().pipe(TimeZone);
const trip = TripInput.shape;

const LegForm = z
  .object({
    key: z.string(),
    id: z.string().optional(),
    city: Leg.shape.city,
    country: Leg.shape.country,
    timeZone: zoneAsTyped,
    startDate: CalendarDate,
    endDate: CalendarDate,
  })
  .refine((leg) => !isDate(leg.startDate) || !isDate(leg.endDate) || leg.startDate <= leg.endDate, { path: ['endDate'], when: () => true });

/** The form's values checked as typed; the whole-trip rules run even while another field is wrong, so every
 *  problem shows at once. */
export const TripForm = z
  .object({
    title: trip.title,
    purpose: trip.purpose,
    organisingBody: trip.organisingBody,
    status: TripStatus,
    startDate: CalendarDate,
    endDate: CalendarDate,
    homeTimeZone: zoneAsTyped,
    legs: z.array(LegForm).max(100),
  })
  .superRefine(
    (draft, ctx) => {
      if (!isDate(draft.startDate) || !isDate(draft.endDate)) return;
      if (draft.startDate > draft.endDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
        return;
      }
      draft.legs.forEach((leg, i) => {
        const inOrder = isDate(leg.startDate) && isDate(leg.endDate) && leg.startDate <= leg.endDate;
        if (inOrder && (leg.startDate < draft.startDate || leg.endDate > draft.endDate)) ctx.addIssue({ code: 'custom', path: ['legs', i], message: 'outside' });
      });
    },
    { when: () => true },
  );

/** Each field's problem in words people understand. */
export function tripMessages(t: TFunction, formatDate: (d: string) => string): FieldMessages {
  const zone = (value: unknown): string => t('form.badZone', { zone: String(value ?? '').trim() });
  const date = (value: unknown, missing: string): string => (value ? t('form.invalidDate') : missing);
  return {
    title: () => t('form.required.title'),
    startDate: (value) => date(value, t('form.required.startDate')),
    endDate: (value, code) => (code === 'custom' ? t('form.endBeforeStart') : date(value, t('form.required.endDate'))),
    homeTimeZone: zone,
    'legs.*': (_value, _code, values) => t('form.legOutside', { start: formatDate(String(values.startDate)), end: formatDate(String(values.endDate)) }),
    'legs.*.city': () => t('form.required.city'),
    'legs.*.timeZone': zone,
    'legs.*.startDate': (value) => date(value, t('form.required.legStart')),
    'legs.*.endDate': (value, code) => (code === 'custom' ? t('form.legEndBeforeStart') : date(value, t('form.required.legEnd'))),
  };
}

/** Where the backend's issue paths show: every field of the trip and of each leg; anything else goes to the summary. */
export const tripFieldMap: FieldMap = {
  fields: [...Object.keys(TripForm.shape).filter((key) => key !== 'legs'), 'legs.*', ...Object.keys(LegForm.shape).map((key) => `legs.*.${key}`)],
};

/** When the city just typed is one we know (shared/domain/cities.ts, in any of our three languages), fills in its
 *  country and zone: where still empty, or where they still hold what an earlier city filled in (`filled`), so
 *  changing Dubai to London moves the zone too while a zone chosen by hand stays. */
export function withCityHint(leg: LegValues, patch: Partial<LegValues>, language: string, filled?: Partial<Pick<LegValues, 'country' | 'timeZone'>>): LegValues {
  const known = patch.city === undefined ? undefined : findCity(patch.city);
  if (!known) return leg;
  const replace = (key: 'country' | 'timeZone'): boolean => !leg[key] || leg[key] === filled?.[key];
  return {
    ...leg,
    country: replace('country') ? countryName(known.country, cityLanguage(language)) : leg.country,
    timeZone: replace('timeZone') ? known.timeZone : leg.timeZone,
  };
}
