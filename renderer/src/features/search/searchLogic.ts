// The search palette's rules without React: the order of groups, one flat list for the arrow keys, where each hit
// opens, and how a snippet is cut into plain and highlighted pieces (text is split, never parsed as HTML).
import type { SearchHit, SearchKind, SearchResults } from '../../../../shared/contract';

/** Groups are always shown in this order, whatever order the backend sends them in. */
export const kindOrder: SearchKind[] = ['trip', 'event', 'note', 'organisation', 'contact', 'followup'];

export interface HitGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** The index in the flat list of this group's first hit. */
  offset: number;
}

/** The non-empty groups in display order, each knowing where it starts in the one list the arrow keys move through. */
export function orderGroups(results: SearchResults | undefined): HitGroup[] {
  if (!results) return [];
  const groups: HitGroup[] = [];
  let offset = 0;
  for (const kind of kindOrder) {
    const hits = results.groups.filter((g) => g.kind === kind).flatMap((g) => g.hits);
    if (hits.length === 0) continue;
    groups.push({ kind, hits, offset });
    offset += hits.length;
  }
  return groups;
}

export function flatHits(groups: HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

/** The next active index when moving by `step` (wrapping round), or -1 when there is nothing to move through. */
export function moveActive(active: number, step: number, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** Where a hit opens: a trip; an event (its notes, for a note) in the itinerary; an organisation's page; a contact; the trip's follow-ups. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'trip':
      return `#/trips/${hit.id}`;
    case 'event':
      return hit.tripId ? `#/trips/${hit.tripId}/itinerary/${hit.id}` : '#/trips';
    case 'note':
      if (!hit.tripId) return '#/trips';
      return hit.eventId ? `#/trips/${hit.tripId}/itinerary/${hit.eventId}/notes` : `#/trips/${hit.tripId}/itinerary`;
    case 'organisation':
      return `#/organisations/${hit.id}`;
    case 'contact':
      return `#/directory/contacts/${hit.id}`;
    case 'followup':
      return hit.tripId ? `#/followups/list?trip=${hit.tripId}` : '#/followups/list';
  }
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

/**
 * The pieces of a query worth highlighting: its words, and for a Chinese phrase that the text does not contain whole,
 * its two-character pieces (the search matches those, so the snippet may hold only part of the phrase).
 */
export function highlightTerms(query: string, text: string): string[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase();
  const terms = new Set<string>();
  for (const word of words) {
    terms.add(word);
    if (cjk.test(word) && word.length > 2 && !lower.includes(word)) {
      for (let i = 0; i + 2 <= word.length; i++) terms.add(word.slice(i, i + 2));
    }
  }
  // Longest first, so "science park" wins over "science" where both start.
  return [...terms].sort((a, b) => b.length - a.length);
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Cuts `text` into plain and matched pieces, case-insensitively; the pieces joined give back `text` unchanged. */
export function highlightParts(text: string, query: string): TextPart[] {
  const terms = highlightTerms(query, text);
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  // A few letters change length when lower-cased (İ); then match as written rather than cut at the wrong place.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  const parts: TextPart[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const term = terms.find((candidate) => lower.startsWith(candidate, i));
    if (!term) {
      i++;
      continue;
    }
    if (i > plainStart) parts.push({ text: text.slice(plainStart, i), match: false });
    parts.push({ text: text.slice(i, i + term.length), match: true });
    i += term.length;
    plainStart = i;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), match: false });
  return parts;
}
