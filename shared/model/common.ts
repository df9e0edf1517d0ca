// Building blocks shared by every record: ids, names in three scripts, calendar dates, instants and zones.
import { z } from 'zod';

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, _ and -');
export type Id = z.infer<typeof Id>;

/** A calendar date without a time (a hotel night, a due date): YYYY-MM-DD. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An instant in UTC, ISO 8601 with Z (the zone it is shown in is kept beside it). */
export const Instant = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof Instant>;

const knownZones = new Map<string, boolean>();

/** Whether `zone` is an IANA zone; remembered per name, since every stored event is checked when a file loads. */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** An IANA zone name such as Asia/Shanghai. */
export const TimeZone = z.string().min(1).refine(isTimeZone, 'not a known IANA time zone (e.g. Asia/Hong_Kong)');
export type TimeZone = z.infer<typeof TimeZone>;

/** A person's or organisation's name in English, Traditional and Simplified Chinese. */
export const Names = z.object({
  en: z.string().trim().min(1, 'an English name is needed').max(300),
  zhHant: z.string().trim().max(300).default(''),
  zhHans: z.string().trim().max(300).default(''),
});
export type Names = z.infer<typeof Names>;

/** Text kept in English and Chinese, e.g. a venue or an address for a driver. */
export const Bilingual = z.object({
  en: z.string().max(1000).default(''),
  zh: z.string().max(1000).default(''),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** Fields every stored record carries; `deleted` is a tombstone so sync never mistakes absence for deletion. */
export const RecordMeta = z.object({
  id: Id,
  createdAt: Instant,
  updatedAt: Instant,
  deleted: z.boolean().default(false),
});

/**
 * A schema for partial updates: every field optional and, unlike `.partial()`, without defaults, so a patch that
 * leaves a field out leaves it as it is instead of resetting it. A field that is optional in the record may be
 * given as `null` to clear it (JSON has no undefined); `clearedFields` turns those nulls into removals.
 */
export function patchOf<S extends z.ZodRawShape>(shape: S) {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
    fields[key] = inner instanceof z.ZodOptional ? inner.nullable() : inner.optional();
  }
  return z.object(fields) as unknown as z.ZodObject<{
    [K in keyof S]: S[K] extends z.ZodOptional<infer I> ? z.ZodOptional<z.ZodNullable<I>> : z.ZodOptional<S[K] extends z.ZodDefault<infer I> ? I : S[K]>;
  }>;
}

/** A parsed patch with its nulls (cleared optional fields) turned into undefined, which the store removes. */
export function clearedFields<T extends Record<string, unknown>>(patch: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) out[key] = value === null ? undefined : value;
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

/** One briefing field: its text, and whether it is restricted (kept out of exports unless the exporter asks). */
export const BriefField = z.object({
  text: z.string().max(50_000).default(''),
  restricted: z.boolean().default(false),
});
export type BriefField = z.infer<typeof BriefField>;

const emptyField = { text: '', restricted: false };

/** What a principal needs before a meeting, on events and on organisations. */
export const Briefing = z.object({
  background: BriefField.default(emptyField),
  objectives: BriefField.default(emptyField),
  talkingPoints: BriefField.default(emptyField),
  previousInteractions: BriefField.default(emptyField),
});
export type Briefing = z.infer<typeof Briefing>;
export const emptyBriefing: Briefing = { background: emptyField, objectives: emptyField, talkingPoints: emptyField, previousInteractions: emptyField };
