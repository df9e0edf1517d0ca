// The search index as queries see it: an immutable on-disk segment (segment.ts; absent before the first build) plus an
// in-memory delta of the documents added, replaced or removed since it was written (FlexIndex, the same engine and
// tokenizer as ever). A query asks both and joins their answers per group, title matches first, each in the order its
// documents were indexed; a segment document replaced or removed in the delta is left out, as are hidden trips'.
import type { SegmentDoc } from './segment-build';
import { FlexIndex, type GroupMatches } from './flex-index';
import type { Segment } from './segment';
import { type QueryTerm, isCjkTerm } from './text';

interface Found {
  titles: string[];
  rest: string[];
  more: boolean;
}

export class LayeredIndex {
  readonly delta: FlexIndex;
  /** What the delta holds, in the order it was put: a document, or null for one removed from the segment. */
  readonly deltaDocs = new Map<string, SegmentDoc | null>();
  private readonly hidden = new Set<string>();
  private removed: Uint8Array;
  private hiddenInSegment: Uint8Array;
  private segmentNumbers: Map<string, number> | undefined;

  constructor(
    private readonly groups: number,
    readonly segment?: Segment,
    /** Keep the delta's documents as text, to save and merge them (an index kept on disk). */
    private readonly keepDocs = true,
  ) {
    this.delta = new FlexIndex(groups);
    this.removed = new Uint8Array(segment?.header.docs ?? 0);
    this.hiddenInSegment = new Uint8Array(segment?.header.trips.length ?? 0);
    for (const trip of segment?.header.hidden ?? []) this.setTripHidden(trip, true);
  }

  get hiddenTrips(): string[] {
    return [...this.hidden];
  }

  /** Adds or replaces a document. */
  put(doc: SegmentDoc): void {
    this.dropFromSegment(doc.key);
    this.deltaDocs.delete(doc.key); // re-put: it moves to the end, as its new number in the delta does
    if (this.keepDocs) this.deltaDocs.set(doc.key, doc);
    // FlexIndex joins the title and the rest with a newline itself: give it the rest.
    this.delta.add(doc.key, doc.group, doc.trip, doc.title, [doc.title ? doc.text.slice(doc.title.length + 1) : doc.text]);
  }

  remove(key: string): void {
    const inSegment = this.dropFromSegment(key);
    this.deltaDocs.delete(key);
    if (inSegment) this.deltaDocs.set(key, null);
    this.delta.remove(key);
  }

  setTripHidden(trip: string, hidden: boolean): void {
    if (hidden) this.hidden.add(trip);
    else this.hidden.delete(trip);
    this.delta.setTripHidden(trip, hidden);
    const n = this.segment?.header.trips.indexOf(trip) ?? -1;
    if (n >= 0) this.hiddenInSegment[n] = hidden ? 1 : 0;
  }

  settle(): void {
    this.delta.settle();
  }

  private dropFromSegment(key: string): boolean {
    if (!this.segment) return false;
    this.segmentNumbers ??= new Map(this.segment.keys.map((k, i) => [k, i]));
    const doc = this.segmentNumbers.get(key);
    if (doc === undefined) return false;
    this.removed[doc] = 1;
    return true;
  }

  async search(terms: QueryTerm[], keep: number): Promise<Map<number, GroupMatches>> {
    const fromSegment = await this.searchSegment(terms, keep);
    const fromDelta = this.delta.search(terms, keep);
    const out = new Map<number, GroupMatches>();
    for (let group = 0; group < this.groups; group++) {
      const joined = join(fromSegment?.get(group), fromDelta.get(group), keep);
      if (joined.best.length > 0) out.set(group, joined);
    }
    return out;
  }

  async searchGroup(group: number, terms: QueryTerm[], keep: number): Promise<GroupMatches> {
    return join((await this.searchSegment(terms, keep))?.get(group), this.delta.searchGroup(group, terms, keep), keep);
  }

  /** Per group, the segment's visible documents holding every term: title matches and the rest, in document order. */
  private async searchSegment(terms: QueryTerm[], keep: number): Promise<Map<number, Found> | undefined> {
    const segment = this.segment;
    if (!segment || terms.length === 0 || segment.header.docs === 0) return undefined;
    const ranges: [number, number][] = [];
    for (const { term, prefix } of terms) {
      if (!prefix || isCjkTerm(term)) {
        const i = segment.find(term);
        if (i < 0) return undefined;
        ranges.push([i, i + 1]);
      } else {
        const range = segment.prefixRange(term);
        if (range[1] <= range[0]) return undefined;
        ranges.push(range);
      }
    }
    const docs = segment.header.docs;
    // Per term, how many terms each document holds (a prefix's words counted once per document).
    const inTitle = new Uint8Array(docs);
    const inText = new Uint8Array(docs);
    const seenTitle = new Int32Array(docs).fill(-1);
    const seenText = new Int32Array(docs).fill(-1);
    for (const [t, [lo, hi]] of ranges.entries()) {
      for (const { titles, texts } of await segment.postings(lo, hi)) {
        for (const d of titles) {
          if (seenTitle[d] === t) continue;
          seenTitle[d] = t;
          inTitle[d]! += 1;
        }
        for (const d of texts) {
          if (seenText[d] === t) continue;
          seenText[d] = t;
          inText[d]! += 1;
        }
      }
    }
    const n = ranges.length;
    const out = new Map<number, Found>();
    for (let d = 0; d < docs; d++) {
      if (inText[d] !== n || !this.visible(d)) continue;
      const group = segment.groups[d]!;
      let found = out.get(group);
      if (!found) out.set(group, (found = { titles: [], rest: [], more: false }));
      const list = inTitle[d] === n ? found.titles : found.rest;
      if (list.length < keep) list.push(segment.keys[d]!);
      else found.more = true;
    }
    for (const found of out.values()) found.more ||= found.titles.length + found.rest.length > keep;
    return out;
  }

  private visible(doc: number): boolean {
    if (this.removed[doc]) return false;
    const trip = this.segment!.tripOf[doc]!;
    return trip < 0 || !this.hiddenInSegment[trip];
  }
}

/** Both layers' matches of one group: titles first (segment, then delta), then the rest; at most `keep`. */
function join(segment: Found | undefined, delta: GroupMatches | undefined, keep: number): GroupMatches {
  const deltaTitled = delta?.titled ?? 0;
  const ordered = [
    ...(segment?.titles ?? []),
    ...(delta?.best.slice(0, deltaTitled) ?? []),
    ...(segment?.rest ?? []),
    ...(delta?.best.slice(deltaTitled) ?? []),
  ];
  const best = [...new Set(ordered)].slice(0, keep);
  return { best, more: (segment?.more ?? false) || (delta?.more ?? false) || ordered.length > keep };
}
