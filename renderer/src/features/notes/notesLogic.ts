// The notes panel's rules without a browser: whose note is whose, the template for an event's kind, and the title
// a follow-up gets from a selected sentence.
import type { EventKind, Note } from '../../../../shared/model';
import { nameIn, type NameTexts } from '../../i18n/names';

export interface EventNotes {
  /** The note this device's member writes (their newest, should sync ever have given them two). */
  mine?: Note;
  /** Everyone else's, newest first; a second note of ours is shown read-only with them rather than hidden. */
  others: Note[];
}

export function splitNotes(notes: readonly Note[], eventId: string, meId: string | undefined): EventNotes {
  const live = notes.filter((n) => n.eventId === eventId && !n.deleted).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const mine = meId ? live.find((n) => n.authorId === meId) : undefined;
  return { mine, others: live.filter((n) => n !== mine && n.body.trim() !== '') };
}

export type TemplateKind = Exclude<EventKind, 'travel' | 'hotel'> | 'general';

/** Travel and hotel entries get the general template; every other kind has its own headings. */
export function templateKind(kind: EventKind): TemplateKind {
  return kind === 'travel' || kind === 'hotel' ? 'general' : kind;
}

/** A note skeleton from headings written one per line (as the i18n strings hold them): an empty line under each. */
export function templateBody(headings: string): string {
  return headings
    .split('\n')
    .map((h) => h.trim())
    .filter(Boolean)
    .map((h) => `## ${h}`)
    .join('\n\n\n')
    .concat('\n\n');
}

const maxTitle = 500;

/**
 * A follow-up title from selected note text: markdown markers (headings, bullets, quotes, emphasis) dropped and
 * white space folded, cut at a word near 500 characters (the longest title a follow-up takes).
 */
export function followUpTitle(selection: string): string {
  const text = selection
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*)*/, ''))
    .join(' ')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxTitle) return text;
  const cut = text.slice(0, maxTitle - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxTitle * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** "Bob Lee" → the name in the reader's language, or undefined for an author no longer in the directory. */
export function authorName(names: Map<string, NameTexts>, authorId: string | undefined, language: string): string | undefined {
  const name = authorId ? names.get(authorId) : undefined;
  if (!name) return undefined;
  return nameIn(name, language);
}

/**
 * "Merged from N laptops" for a note sync merged from several devices: the count and the member names sync knows
 * for those devices (a device not yet named is only counted). Undefined when one device wrote the note.
 */
export function mergedFrom(note: Pick<Note, 'mergedFrom'>, devices: readonly { deviceId: string; memberName?: string }[] = []): { count: number; names: string[] } | undefined {
  const ids = [...new Set(note.mergedFrom ?? [])];
  if (ids.length < 2) return undefined;
  const known = new Map(devices.map((d) => [d.deviceId, d.memberName]));
  const names = ids.flatMap((id) => {
    const name = known.get(id);
    return name ? [name] : [];
  });
  return { count: ids.length, names };
}
