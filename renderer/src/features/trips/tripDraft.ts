// The trip form's working copy: plain strings as typed, checked here in words people understand, and turned
// into the contract's input. The backend checks again; its `invalid-input` issues land on the same fields.
import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract';
import { CalendarDate, isTimeZone, type Trip, type TripStatus } from '../../../../shared/model';

export interface LegDraft {
  key: string;
  id?: string;
  city: string;
  country: string;
  timeZone: string;
  startDate: string;
  endDate: string;
}

export interface TripDraft {
  title: string;
  purpose: string;
  organisingBody: string;
  status: TripStatus;
  startDate: string;
  endDate: string;
  homeTimeZone: string;
  legs: LegDraft[];
}

/** Field path (e.g. `legs.1.city`) → message. */
export type FieldErrors = Record<string, string>;

let nextKey = 1;
const legKey = (): string => `leg-${nextKey++}`;

export function emptyDraft(): TripDraft {
  return { title: '', purpose: '', organisingBody: '', status: 'draft', startDate: '', endDate: '', homeTimeZone: 'Asia/Hong_Kong', legs: [] };
}

export function draftFromTrip(trip: Trip): TripDraft {
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
export function newLeg(draft: TripDraft): LegDraft {
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

export function toInput(draft: TripDraft): InputOf<'trips.create'> {
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

function checkDate(errors: FieldErrors, path: string, value: string, missing: string, t: TFunction): boolean {
  if (!value) errors[path] = missing;
  else if (!isDate(value)) errors[path] = t('form.invalidDate');
  else return true;
  return false;
}

function checkZone(errors: FieldErrors, path: string, zone: string, t: TFunction): void {
  if (!isTimeZone(zone.trim())) errors[path] = t('form.badZone', { zone: zone.trim() });
}

export function validateDraft(draft: TripDraft, t: TFunction, formatDate: (d: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.title.trim()) errors.title = t('form.required.title');
  const startOk = checkDate(errors, 'startDate', draft.startDate, t('form.required.startDate'), t);
  const endOk = checkDate(errors, 'endDate', draft.endDate, t('form.required.endDate'), t);
  const tripOk = startOk && endOk && draft.startDate <= draft.endDate;
  if (startOk && endOk && !tripOk) errors.endDate = t('form.endBeforeStart');
  checkZone(errors, 'homeTimeZone', draft.homeTimeZone, t);

  draft.legs.forEach((leg, i) => {
    const at = `legs.${i}`;
    if (!leg.city.trim()) errors[`${at}.city`] = t('form.required.city');
    checkZone(errors, `${at}.timeZone`, leg.timeZone, t);
    const legStartOk = checkDate(errors, `${at}.startDate`, leg.startDate, t('form.required.legStart'), t);
    const legEndOk = checkDate(errors, `${at}.endDate`, leg.endDate, t('form.required.legEnd'), t);
    if (legStartOk && legEndOk && leg.startDate > leg.endDate) errors[`${at}.endDate`] = t('form.legEndBeforeStart');
    else if (legStartOk && legEndOk && tripOk && (leg.startDate < draft.startDate || leg.endDate > draft.endDate)) {
      errors[at] = t('form.legOutside', { start: formatDate(draft.startDate), end: formatDate(draft.endDate) });
    }
  });
  return errors;
}

/** The backend's issue paths, in whatever spelling (`legs.0.city`, `legs[0].city`, `patch.endDate`), as form paths. */
export function issuesToErrors(details: unknown): FieldErrors {
  const issues = (details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  const errors: FieldErrors = {};
  if (!Array.isArray(issues)) return errors;
  for (const issue of issues) {
    const raw = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
    const path = raw
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/[/]/g, '.')
      .replace(/^\.+|\.+$/g, '')
      .replace(/^(patch|input)\./, '');
    const message = String(issue.message ?? '');
    errors[path] = errors[path] ? `${errors[path]} ${message}` : message;
  }
  return errors;
}

/** Paths the form shows beside a field; anything else goes into the summary at the top. */
export function isFieldPath(path: string, draft: TripDraft): boolean {
  if (['title', 'purpose', 'organisingBody', 'status', 'startDate', 'endDate', 'homeTimeZone'].includes(path)) return true;
  const leg = /^legs\.(\d+)(\.(city|country|timeZone|startDate|endDate))?$/.exec(path);
  return leg !== null && Number(leg[1]) < draft.legs.length;
}

/** Cities we can fill the country and zone for, so the planner types less. */
const knownCities: Record<string, { country: { en: string; zh: string }; timeZone: string }> = {};
const addCities = (names: string[], en: string, zh: string, timeZone: string): void =>
  names.forEach((name) => (knownCities[name] = { country: { en, zh }, timeZone }));
addCities(['beijing', 'shanghai', 'hangzhou', 'shenzhen', 'guangzhou', 'nanjing', 'suzhou', 'chengdu', 'wuhan', 'xi’an', "xi'an", '北京', '上海', '杭州', '深圳', '廣州', '南京', '蘇州', '成都', '武漢'], 'China', '中國', 'Asia/Shanghai');
addCities(['hong kong', '香港'], 'Hong Kong, China', '中國香港', 'Asia/Hong_Kong');
addCities(['riyadh', '利雅得'], 'Saudi Arabia', '沙特阿拉伯', 'Asia/Riyadh');
addCities(['dubai', '杜拜'], 'United Arab Emirates', '阿拉伯聯合酋長國', 'Asia/Dubai');
addCities(['london', '倫敦'], 'United Kingdom', '英國', 'Europe/London');
addCities(['singapore', '新加坡'], 'Singapore', '新加坡', 'Asia/Singapore');
addCities(['tokyo', '東京'], 'Japan', '日本', 'Asia/Tokyo');
addCities(['new york', '紐約'], 'United States', '美國', 'America/New_York');

/** When the city just typed is one we know, fills in its country and zone if those are still empty. */
export function withCityHint(leg: LegDraft, patch: Partial<LegDraft>, language: string): LegDraft {
  const known = patch.city === undefined ? undefined : knownCities[patch.city.trim().toLowerCase()];
  if (!known) return leg;
  return {
    ...leg,
    country: leg.country || (language === 'zh-Hant' ? known.country.zh : known.country.en),
    timeZone: leg.timeZone || known.timeZone,
  };
}
