// The search index as queries see it: an immutable on-disk segment (segment.ts; absent before the first build) plus an
// in-memory delta of the documents added, replaced or removed since it was written (FlexIndex, the same engine and
// tokenizer as ever). A query asks both and joins their answers per group, title matches first, each in the order its
// documents were indexed; a segment document replaced or removed in the delta is left out, as are hidden trips'.
import type { SegmentDoc } from './segment-build';
import { FlexIndex, type GroupMatches } from './flex-index';
import { type Segment, SegmentUnreadable } from './segment';
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
  /** Segment documents replaced or removed since it was written, by key (keys are read only for documents returned). */
  private readonly replaced = new Set<string>();
  private readonly hiddenInSegment: Uint8Array;

  constructor(
    private readonly groups: number,
    readonly segment?: Segment,
    /** Keep the delta's documents as text, to save and merge them (an index kept on disk). */
    private readonly keepDocs = true,
  ) {
    this.delta = new FlexIndex(groups);
    this.hiddenInSegment = new Uint8Array(segment?.header.trips.length ?? 0);
    for (const trip of segment?.header.hidden ?? []) this.setTripHidden(trip, true);
  }

  get hiddenTrips(): string[] {
    return [...this.hidden];
  }

  /** Adds or replaces a document. */
  put(doc: SegmentDoc): void {
    if (this.segment) this.replaced.add(doc.key);
    this.deltaDocs.delete(doc.key); // re-put: it moves to the end, as its new number in the delta does
    if (this.keepDocs) this.deltaDocs.set(doc.key, doc);
    // FlexIndex joins the title and the rest with a newline itself: give it the rest.
    this.delta.add(doc.key, doc.group, doc.trip, doc.title, [doc.title ? doc.text.slice(doc.title.length + 1) : doc.text]);
  }

  /** Removes a document; one that may be in the segment is remembered as removed (null) so a saved delta keeps that. */
  remove(key: string): void {
    this.deltaDocs.delete(key);
    if (this.segment) {
      this.replaced.add(key);
      if (this.keepDocs) this.deltaDocs.set(key, null);
    }
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

  /** Told once when the segment turns out damaged past its header (a query then answers from the delta alone). */
  onDamaged: ((error: SegmentUnreadable) => void) | undefined;
  private broken = false;

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

  /** Per term, its documents (a prefix: of any of its words) as sorted lists, for titles and for all text. */
  private async termLists(segment: Segment, terms: QueryTerm[]): Promise<{ titles: Uint32Array[]; texts: Uint32Array[] } | undefined> {
    const titles: Uint32Array[] = [];
    const texts: Uint32Array[] = [];
    for (const { term, prefix } of terms) {
      let range: [number, number];
      if (!prefix || isCjkTerm(term)) {
        const i = segment.find(term);
        range = [i, i + 1];
      } else {
        range = segment.prefixRange(term);
      }
      if (range[0] < 0 || range[1] <= range[0]) return undefined;
      const postings = await segment.postings(...range);
      titles.push(union(postings.map((p) => p.titles)));
      texts.push(union(postings.map((p) => p.texts)));
    }
    return { titles, texts };
  }

  private async searchSegment(terms: QueryTerm[], keep: number): Promise<Map<number, Found> | undefined> {
    if (this.broken) return undefined;
    try {
      return await this.searchSegmentAs(terms, keep);
    } catch (error) {
      if (!(error instanceof SegmentUnreadable)) throw error;
      this.broken = true;
      this.onDamaged?.(error);
      return undefined;
    }
  }

  /** Per group, the segment's visible documents holding every term: title matches and the rest, in document order. */
  private async searchSegmentAs(terms: QueryTerm[], keep: number): Promise<Map<number, Found> | undefined> {
    const segment = this.segment;
    if (!segment || terms.length === 0 || segment.header.docs === 0) return undefined;
    const lists = await this.termLists(segment, terms);
    if (!lists) return undefined;
    const inTitles = intersect(lists.titles);
    const matches = intersect(lists.texts);
    const perGroup = new Map<number, { titles: number[]; rest: number[] }>();
    let t = 0;
    for (const doc of matches) {
      while (t < inTitles.length && inTitles[t]! < doc) t++;
      if (!this.visibleTrip(doc)) continue;
      const group = segment.groups[doc]!;
      let found = perGroup.get(group);
      if (!found) perGroup.set(group, (found = { titles: [], rest: [] }));
      (inTitles[t] === doc ? found.titles : found.rest).push(doc);
    }
    const out = new Map<number, Found>();
    for (const [group, { titles, rest }] of perGroup) {
      const [keptTitles, moreTitles] = await this.firstKeys(segment, titles, keep);
      const [keptRest, moreRest] = await this.firstKeys(segment, rest, keep);
      out.set(group, { titles: keptTitles, rest: keptRest, more: moreTitles || moreRest || keptTitles.length + keptRest.length > keep });
    }
    return out;
  }

  /** The keys of the first `keep` documents not replaced since the segment was written, and whether more remain. */
  private async firstKeys(segment: Segment, docs: number[], keep: number): Promise<[string[], boolean]> {
    const out: string[] = [];
    let at = 0;
    while (out.length < keep && at < docs.length) {
      const batch = docs.slice(at, at + keep - out.length + 8);
      at += batch.length;
      for (const key of await segment.keysOf(batch)) if (!this.replaced.has(key) && out.length < keep) out.push(key);
    }
    return [out, at < docs.length];
  }

  private visibleTrip(doc: number): boolean {
    const trip = this.segment!.tripOf[doc]!;
    return trip < 0 || !this.hiddenInSegment[trip];
  }
}

/** Sorted, distinct documents of several sorted lists. */
function union(lists: Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** Documents in every sorted list, the shortest list walked and the others searched. */
function intersect(lists: Uint32Array[]): Uint32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const out = new Uint32Array(result.length);
    let n = 0;
    let j = 0;
    for (const doc of result) {
      while (j < other.length && other[j]! < doc) j++;
      if (j < other.length && other[j] === doc) out[n++] = doc;
    }
    result = out.subarray(0, n);
  }
  return result;
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
