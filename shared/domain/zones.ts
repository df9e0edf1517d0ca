// Finding a time zone the way planners think of one: by a city ("Shanghai", "上海", "上海"), a country, an IANA name
// or an Outlook/Windows name ("China Standard Time"), each shown with its UTC offset on the trip's dates (summer and
// winter differ). The zone picker and the leg form both ask here; names come from cities.ts and windows-zones.ts.
import { tzOffset } from '@date-fns/tz';
import { isTimeZone } from '../model/common';
import { cities, cityNames, countries, countryName, findCity, normaliseName, type City, type CityLanguage } from './cities';
import { ianaForWindowsZone, windowsNamesFor } from './windows-zones';

export interface ZoneOption {
  /** Unique among the options: `city:<id>` or `zone:<IANA>`. */
  key: string;
  zone: string;
  city?: City;
}

/** Every IANA zone the runtime lists, plus our cities' zones (the runtime may list Asia/Calcutta where we write
 *  Asia/Kolkata) and UTC (which supportedValuesOf leaves out). */
function allZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return [...new Set([...cities.map((city) => city.timeZone), ...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC'])];
}

let zoneList: string[] | undefined;
let zoneByLowerCase: Map<string, string> | undefined;
const zonesKnown = (): string[] => (zoneList ??= allZones());

/** The IANA zone for what was typed: an IANA name (any case), a Windows name, or a city we know. */
export function resolveZone(text: string): string | undefined {
  const typed = text.trim();
  if (!typed) return undefined;
  if (isTimeZone(typed) && zonesKnown().includes(typed)) return typed;
  zoneByLowerCase ??= new Map(zonesKnown().map((zone) => [zone.toLowerCase(), zone]));
  const caseFixed = zoneByLowerCase.get(typed.toLowerCase().replace(/ /g, '_'));
  if (caseFixed) return caseFixed;
  // A valid zone the runtime does not list (an old alias such as Asia/Calcutta) is still a zone.
  if (isTimeZone(typed)) return typed;
  return ianaForWindowsZone(typed) ?? findCity(typed)?.timeZone;
}

/** The zone's UTC offset at an instant, as "UTC+8", "UTC+5:30", "UTC−3" or "UTC+0". */
export function utcOffsetLabel(zone: string, at: Date = new Date()): string {
  const minutes = tzOffset(zone, at);
  if (Number.isNaN(minutes)) return '';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** The instant to take a zone's offset at for a calendar date (its midday in UTC), or now without one. */
export function offsetMoment(date?: string): Date {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : new Date();
}

/** The city that names a zone: the one in its IANA name (Asia/Shanghai → Shanghai), else the first in the table. */
export function cityOfZone(zone: string): City | undefined {
  const named = findCity((zone.split('/').pop() ?? '').replace(/_/g, ' '));
  if (named?.timeZone === zone) return named;
  return cities.find((city) => city.timeZone === zone);
}

/** A zone for people: "上海 (Asia/Shanghai)" in Chinese, "Shanghai (Asia/Shanghai)" in English; the IANA name
 *  alone for a zone with no city of ours. */
export function zoneDisplayName(zone: string, language: CityLanguage): string {
  const city = cityOfZone(zone);
  return city ? `${city.name[language]} (${zone})` : zone;
}

const searchText = new Map<string, string>();
function haystack(option: ZoneOption): string {
  let text = searchText.get(option.key);
  if (text === undefined) {
    const city = option.city;
    const names = city ? [...cityNames(city), ...Object.values(countries.get(city.country) ?? {}), city.country] : [];
    text = normaliseName([...names, option.zone, option.zone.replace(/_/g, ' '), ...windowsNamesFor(option.zone)].join('|'));
    searchText.set(option.key, text);
  }
  return text;
}

/** Every option: our cities first (by table order), then each IANA zone. */
export function zoneOptions(): ZoneOption[] {
  return [...cities.map((city) => ({ key: `city:${city.id}`, zone: city.timeZone, city })), ...zonesKnown().map((zone) => ({ key: `zone:${zone}`, zone }))];
}

/**
 * The options matching what was typed, best first: a city or zone whose name starts with it before one that only
 * contains it, and the zones a Windows name stands for. Empty text lists our cities. At most `limit` options.
 */
export function searchZones(text: string, limit = 50): ZoneOption[] {
  const query = normaliseName(text);
  const options = zoneOptions();
  if (!query) return options.filter((option) => option.city).slice(0, limit);
  const windowsZone = ianaForWindowsZone(text);
  const scored: { option: ZoneOption; score: number }[] = [];
  const tier = (fields: string[]): number => {
    if (fields.some((field) => field === query)) return 0;
    if (fields.some((field) => field.startsWith(query) || field.split(/[ /]/).some((word) => word.startsWith(query)))) return 1;
    return fields.some((field) => field.includes(query)) ? 2 : -1;
  };
  options.forEach((option, index) => {
    // A city's own names rank above its country's and its zone's: "shang" means Shanghai, not Beijing in
    // Asia/Shanghai.
    const names = option.city ? tier(cityNames(option.city).map(normaliseName)) : -1;
    const rest = tier(haystack(option).split('|'));
    let score = names >= 0 ? names : rest >= 0 ? rest + 3 : -1;
    if (score < 0 && windowsZone === option.zone) score = 3;
    if (score >= 0) scored.push({ option, score: score * 10_000 + index });
  });
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.option);
}

/** An option's label in a language: "Shanghai · China", or the IANA name for a bare zone. */
export function optionLabel(option: ZoneOption, language: CityLanguage): string {
  return option.city ? `${option.city.name[language]} · ${countryName(option.city.country, language)}` : option.zone;
}
