// A compact inverted index for the whole history: per term, parallel typed arrays of document numbers and weighted
// term counts; per document, a few typed-array slots. Queries AND their terms by walking the shortest posting list
// first, score with BM25, and keep only the best few per group. See docs/decisions/003-search-index.md for why this
// replaced MiniSearch (on the 10-year history: 14 s to build, 126 MB, p95 342 ms per query).
import type { QueryTerm } from './text';

/** Posting lists grow by doubling from this size. */
const FIRST_POSTING = 4;
/** A prefix expands to at most this many terms: the word being typed, not the whole vocabulary. */
const MAX_EXPANSIONS = 400;
/** Terms added since the sorted vocabulary was last merged; beyond this a prefix lookup merges them first. */
const UNSORTED_LIMIT = 256;
/** A term matched through a longer word counts less than the word itself. */
const PREFIX_WEIGHT = 0.6;
const K1 = 1.2;
const B = 0.7;

interface Posting {
  docs: Int32Array;
  counts: Uint16Array;
  size: number;
}

export interface Field {
  terms: string[];
  /** Each occurrence counts this much (a title more than a body). */
  weight: number;
}

export interface Scored {
  key: string;
  score: number;
}

export interface GroupMatches {
  /** The best, best first, at most the `keep` asked for. */
  best: Scored[];
  /** How many matched in all. */
  total: number;
}

interface Ranked {
  best: { doc: number; score: number }[];
  total: number;
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export class InvertedIndex {
  private readonly keys: string[] = [];
  private readonly numberOf = new Map<string, number>();
  private groups = new Uint8Array(1024);
  private tripOf = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private alive = new Uint8Array(1024);
  private readonly postings = new Map<string, Posting>();
  private sortedTerms: string[] = [];
  private newTerms: string[] = [];
  private readonly tripNumbers = new Map<string, number>();
  private hiddenTrips = new Uint8Array(64);
  private live = 0;
  private totalLength = 0;
  private dead = 0;
  // Scratch space for queries, one slot per document number.
  private level = new Uint8Array(1024);
  private scores = new Float64Array(1024);

  get size(): number {
    return this.live;
  }

  has(key: string): boolean {
    return this.numberOf.has(key);
  }

  /** Adds a document (replacing any with the same key). `group` is 0–255; `trip` ties it to a trip that may be hidden. */
  add(key: string, group: number, trip: string | undefined, fields: Field[]): void {
    this.remove(key);
    const doc = this.keys.length;
    this.keys.push(key);
    this.numberOf.set(key, doc);
    const needed = doc + 1;
    this.groups = grow(this.groups, needed);
    this.tripOf = grow(this.tripOf, needed);
    this.lengths = grow(this.lengths, needed);
    this.alive = grow(this.alive, needed);
    this.groups[doc] = group;
    this.tripOf[doc] = trip === undefined ? -1 : this.tripNumber(trip);
    this.alive[doc] = 1;

    const counts = new Map<string, number>();
    let length = 0;
    for (const { terms, weight } of fields) {
      length += terms.length;
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
    for (const [term, count] of counts) this.post(term, doc, Math.min(count, 0xffff));
    this.lengths[doc] = length;
    this.totalLength += length;
    this.live++;
  }

  remove(key: string): void {
    const doc = this.numberOf.get(key);
    if (doc === undefined) return;
    this.numberOf.delete(key);
    this.alive[doc] = 0;
    this.live--;
    this.totalLength -= this.lengths[doc]!;
    this.dead++;
    if (this.dead > 20_000 && this.dead > this.live / 2) this.compact();
  }

  /** Hides (or shows again) every document tied to a trip, without touching the index. */
  setTripHidden(trip: string, hidden: boolean): void {
    const n = this.tripNumber(trip);
    this.hiddenTrips = grow(this.hiddenTrips, n + 1);
    this.hiddenTrips[n] = hidden ? 1 : 0;
  }

  /** Sorts the vocabulary for prefix lookups; call after a bulk load (it happens by itself later). */
  settle(): void {
    if (this.newTerms.length === 0) return;
    const fresh = this.newTerms.sort();
    const old = this.sortedTerms;
    const merged: string[] = new Array<string>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) merged[k++] = old[i]! < fresh[j]! ? old[i++]! : fresh[j++]!;
    while (i < old.length) merged[k++] = old[i++]!;
    while (j < fresh.length) merged[k++] = fresh[j++]!;
    this.sortedTerms = merged;
    this.newTerms = [];
  }

  /**
   * Documents holding every term (a prefix term: any word starting with it), scored, the best `keep` of each group.
   * Hidden trips' documents are left out.
   */
  search(terms: QueryTerm[], keep: number): Map<number, GroupMatches> {
    const result = new Map<number, GroupMatches>();
    if (terms.length === 0 || this.live === 0) return result;
    const lists = terms.map((t) => this.expand(t));
    if (lists.some((l) => l.length === 0)) return result;
    // Shortest first: its documents are the only candidates, and every later term can only drop some.
    lists.sort((a, b) => volume(a) - volume(b));

    const n = this.keys.length;
    this.level = grow(this.level, n);
    this.scores = grow(this.scores, n);
    const { level, scores, alive, tripOf, hiddenTrips, lengths } = this;
    const avgLength = this.totalLength / Math.max(1, this.live) || 1;
    const candidates: number[] = [];

    lists.forEach((list, i) => {
      for (const { posting, weight } of list) {
        const idf = Math.log(1 + (this.live - posting.size + 0.5) / (posting.size + 0.5));
        const { docs, counts, size } = posting;
        for (let p = 0; p < size; p++) {
          const doc = docs[p]!;
          const at = level[doc]!;
          if (i === 0 && at === 0) {
            if (!alive[doc]) continue;
            const trip = tripOf[doc]!;
            if (trip >= 0 && hiddenTrips[trip]) continue;
            candidates.push(doc);
            scores[doc] = 0;
          } else if (at !== i && at !== i + 1) {
            continue;
          }
          level[doc] = i + 1;
          const tf = counts[p]!;
          scores[doc] = scores[doc]! + (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avgLength));
        }
      }
    });

    const all = lists.length;
    const ranked = new Map<number, Ranked>();
    for (const doc of candidates) {
      if (level[doc] === all) this.keepBest(ranked, this.groups[doc]!, doc, scores[doc]!, keep);
      level[doc] = 0;
    }
    for (const [group, { best, total }] of ranked) result.set(group, { best: best.map(({ doc, score }) => ({ key: this.keys[doc]!, score })), total });
    return result;
  }

  /** Keeps a group's best `keep` documents sorted as they come: most matches are turned away by one comparison. */
  private keepBest(result: Map<number, Ranked>, group: number, doc: number, score: number, keep: number): void {
    let ranked = result.get(group);
    if (!ranked) result.set(group, (ranked = { best: [], total: 0 }));
    ranked.total++;
    const { best } = ranked;
    if (best.length >= keep && score <= best[best.length - 1]!.score) return;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { doc, score });
    if (best.length > keep) best.pop();
  }

  private expand({ term, prefix }: QueryTerm): { posting: Posting; weight: number }[] {
    const out: { posting: Posting; weight: number }[] = [];
    const exact = this.postings.get(term);
    if (exact) out.push({ posting: exact, weight: 1 });
    if (!prefix) return out;
    if (this.newTerms.length > UNSORTED_LIMIT) this.settle();
    const add = (word: string) => {
      if (word.length > term.length && word.startsWith(term)) out.push({ posting: this.postings.get(word)!, weight: (PREFIX_WEIGHT * term.length) / word.length + 0.2 });
    };
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedTerms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sortedTerms.length && out.length < MAX_EXPANSIONS && this.sortedTerms[i]!.startsWith(term); i++) add(this.sortedTerms[i]!);
    for (const word of this.newTerms) if (out.length < MAX_EXPANSIONS) add(word);
    return out;
  }

  private post(term: string, doc: number, count: number): void {
    let posting = this.postings.get(term);
    if (!posting) {
      posting = { docs: new Int32Array(FIRST_POSTING), counts: new Uint16Array(FIRST_POSTING), size: 0 };
      this.postings.set(term, posting);
      this.newTerms.push(term);
    }
    if (posting.size === posting.docs.length) {
      posting.docs = grow(posting.docs, posting.size + 1);
      posting.counts = grow(posting.counts, posting.size + 1);
    }
    posting.docs[posting.size] = doc;
    posting.counts[posting.size] = count;
    posting.size++;
  }

  private tripNumber(trip: string): number {
    let n = this.tripNumbers.get(trip);
    if (n === undefined) {
      n = this.tripNumbers.size;
      this.tripNumbers.set(trip, n);
    }
    return n;
  }

  /** Drops removed documents from the posting lists (their numbers stay unused). */
  private compact(): void {
    for (const posting of this.postings.values()) {
      let kept = 0;
      for (let p = 0; p < posting.size; p++) {
        if (!this.alive[posting.docs[p]!]) continue;
        posting.docs[kept] = posting.docs[p]!;
        posting.counts[kept] = posting.counts[p]!;
        kept++;
      }
      posting.size = kept;
    }
    this.dead = 0;
  }
}

function volume(list: { posting: Posting }[]): number {
  let total = 0;
  for (const { posting } of list) total += posting.size;
  return total;
}
