// The search index proper, on FlexSearch: per group (kind of record) one FlexSearch Index over titles and one over
// all the text, both fed by our own tokenizer (text.ts) as FlexSearch's encoder, so CJK pairs, Traditional/Simplified
// folding and accents behave exactly as before. FlexSearch keeps the posting lists, intersects them (a query's terms
// are ANDed) and stops once it has enough; a word being typed is turned into the whole words it may be from our sorted
// vocabulary, and FlexSearch's resolver ORs those. We keep only what FlexSearch has no notion of: that vocabulary,
// which key is which document number, which trip a document belongs to, and which trips are hidden.
// See docs/decisions/003-search-index.md for why (and the measurements).
import { Index, Resolver } from 'flexsearch';
import { type QueryTerm, documentTerms, isCjkTerm } from './text';

/** Starts a query already made into terms (parseQuery), so the encoder passes its terms through as they are. */
const QUERY_MARK = '\u0000';
/** A prefix stands for at most this many words: the word being typed, not the whole vocabulary. */
const MAX_EXPANSIONS = 400;
/** Words added since the sorted vocabulary was last merged; beyond this a prefix lookup merges them first. */
const UNSORTED_LIMIT = 256;

/** A query already made into terms, as FlexSearch is given it: the encoder hands these terms back unchanged. */
const queryText = (terms: string[]) => QUERY_MARK + terms.join(QUERY_MARK);

/** The Latin/digit words ever indexed, for turning a typed prefix into whole words. */
class Vocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] = [];
  private fresh: string[] = [];

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    this.fresh.push(word);
  }

  /** Merges the words added since the last call into the sorted list. */
  settle(): void {
    if (this.fresh.length === 0) return;
    const fresh = this.fresh.sort();
    const old = this.sorted;
    const merged: string[] = new Array<string>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) merged[k++] = old[i]! < fresh[j]! ? old[i++]! : fresh[j++]!;
    while (i < old.length) merged[k++] = old[i++]!;
    while (j < fresh.length) merged[k++] = fresh[j++]!;
    this.sorted = merged;
    this.fresh = [];
  }

  /** Words starting with `prefix`, shortest (closest to what was typed) first, at most MAX_EXPANSIONS. */
  expand(prefix: string): string[] {
    if (this.fresh.length > UNSORTED_LIMIT) this.settle();
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && out.length < MAX_EXPANSIONS && this.sorted[i]!.startsWith(prefix); i++) out.push(this.sorted[i]!);
    for (const word of this.fresh) if (out.length < MAX_EXPANSIONS && word.startsWith(prefix)) out.push(word);
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  }
}

/** A query for FlexSearch: whole terms, all needed (AND), and per typed prefix the words it may be (one of them). */
interface FlexQuery {
  exact: string[];
  anyOf: string[][];
}

export interface GroupMatches {
  /** The best keys, best first (title matches, then the rest), at most the `keep` asked for. */
  best: string[];
  /** True when there may be more matches than `best` holds. */
  more: boolean;
  /** How many of `best` (its first ones) matched in the title, so two indexes' answers can be joined titles first. */
  titled?: number;
}

function grow<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export class FlexIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly titles: Index[] = [];
  private readonly texts: Index[] = [];
  /** Document number → key; numbers are never reused, so a replaced document gets a new one. */
  private readonly keys: (string | undefined)[] = [];
  private readonly numberOf = new Map<string, number>();
  private groupOf = new Uint8Array(1024);
  private tripOf = new Int32Array(1024);
  private readonly tripNumbers = new Map<string, number>();
  private hiddenTrips = new Uint8Array(64);
  private anyHidden = false;

  constructor(groups: number) {
    const options = {
      encode: (text: string) => this.encode(text),
      tokenize: 'strict', // the encoder's terms are final: no further splitting or prefixes by FlexSearch
      resolution: 1, // no scoring by position: the title index ranks title matches first
      context: false,
      // No per-document list of its postings (it would double the heap): taking a record out walks the group's index,
      // about a millisecond on the 10-year history, and happens once per edit.
      fastupdate: false,
      cache: false,
    } as const;
    for (let g = 0; g < groups; g++) {
      this.titles.push(new Index(options));
      this.texts.push(new Index(options));
    }
  }

  /**
   * FlexSearch's encoder: our terms (text.ts: folded Latin words, CJK pairs and a run's last character) plus each CJK
   * pair's first character, so a single typed character is a plain lookup. A query comes in already as terms.
   */
  private encode(text: string): string[] {
    if (text.charCodeAt(0) === 0) return text.slice(1).split(QUERY_MARK);
    const out = documentTerms(text);
    for (const term of out) if (!isCjkTerm(term)) this.vocabulary.add(term);
    return out;
  }

  /** Sorts the vocabulary for prefix lookups; call after a bulk load (it happens by itself later). */
  settle(): void {
    this.vocabulary.settle();
  }

  get size(): number {
    return this.numberOf.size;
  }

  has(key: string): boolean {
    return this.numberOf.has(key);
  }

  /** Adds a document (replacing any with the same key). `trip` ties it to a trip that may be hidden. */
  add(key: string, group: number, trip: string | undefined, title: string, texts: string[]): void {
    this.remove(key);
    const doc = this.keys.length;
    this.keys.push(key);
    this.numberOf.set(key, doc);
    this.groupOf = grow(this.groupOf, doc + 1);
    this.tripOf = grow(this.tripOf, doc + 1);
    this.groupOf[doc] = group;
    this.tripOf[doc] = trip === undefined ? -1 : this.tripNumber(trip);
    // Newlines keep the pieces apart: a CJK run never joins the end of one field to the start of the next.
    // A leading NUL would read as a query (QUERY_MARK); a space in front changes no term.
    const safe = (text: string) => (text.charCodeAt(0) === 0 ? ` ${text}` : text);
    if (title) this.titles[group]!.add(doc, safe(title));
    this.texts[group]!.add(doc, safe([title, ...texts].join('\n')));
  }

  remove(key: string): void {
    const doc = this.numberOf.get(key);
    if (doc === undefined) return;
    this.numberOf.delete(key);
    this.keys[doc] = undefined;
    const group = this.groupOf[doc]!;
    this.titles[group]!.remove(doc);
    this.texts[group]!.remove(doc);
  }

  /** Hides (or shows again) every document tied to a trip, without touching the index. */
  setTripHidden(trip: string, hidden: boolean): void {
    const n = this.tripNumber(trip);
    this.hiddenTrips = grow(this.hiddenTrips, n + 1);
    this.hiddenTrips[n] = hidden ? 1 : 0;
    this.anyHidden = this.hiddenTrips.includes(1);
  }

  /**
   * Per group, documents holding every term (a prefix term: any word starting with it): title matches first, then the
   * rest, at most `keep`. Hidden trips' documents are left out.
   */
  search(terms: QueryTerm[], keep: number): Map<number, GroupMatches> {
    const result = new Map<number, GroupMatches>();
    const query = this.flexQuery(terms);
    if (!query) return result;
    for (let group = 0; group < this.texts.length; group++) {
      const found = this.searchQuery(group, query, keep);
      if (found.best.length > 0) result.set(group, found);
    }
    return result;
  }

  /** As `search`, for one group. */
  searchGroup(group: number, terms: QueryTerm[], keep: number): GroupMatches {
    const query = this.flexQuery(terms);
    return query ? this.searchQuery(group, query, keep) : { best: [], more: false };
  }

  /** The query's terms for FlexSearch, a typed Latin prefix as the words it may be; undefined when nothing can match. */
  private flexQuery(terms: QueryTerm[]): FlexQuery | undefined {
    if (terms.length === 0 || this.numberOf.size === 0) return undefined;
    const query: FlexQuery = { exact: [], anyOf: [] };
    for (const { term, prefix } of terms) {
      // A single CJK character is indexed on its own (see encode): a prefix only for Latin words.
      if (!prefix || isCjkTerm(term)) {
        query.exact.push(term);
        continue;
      }
      const words = this.vocabulary.expand(term);
      if (words.length === 0) return undefined;
      if (words.length === 1) query.exact.push(words[0]!);
      else query.anyOf.push(words);
    }
    return query;
  }

  private searchQuery(group: number, query: FlexQuery, keep: number): GroupMatches {
    // Ask for a few more than wanted, in case some are hidden; ask again for all when that was not enough.
    for (let ask = Math.min(keep + 8, this.keys.length); ; ask = this.keys.length) {
      const best: string[] = [];
      const seen = new Set<number>();
      const take = (ids: number[]) => {
        for (const id of ids) {
          if (best.length >= keep) return;
          if (seen.has(id) || !this.visible(id)) continue;
          seen.add(id);
          best.push(this.keys[id]!);
        }
      };
      take(run(this.titles[group]!, query, ask));
      const titled = best.length;
      const all = run(this.texts[group]!, query, ask);
      take(all);
      const full = all.length >= ask;
      if (best.length >= keep || !full || ask >= this.keys.length) return { best, more: best.length >= keep, titled };
    }
  }

  private visible(doc: number): boolean {
    if (this.keys[doc] === undefined) return false;
    if (!this.anyHidden) return true;
    const trip = this.tripOf[doc]!;
    return trip < 0 || !this.hiddenTrips[trip];
  }

  private tripNumber(trip: string): number {
    let n = this.tripNumbers.get(trip);
    if (n === undefined) {
      n = this.tripNumbers.size;
      this.tripNumbers.set(trip, n);
    }
    return n;
  }
}

interface Chain {
  and(options: object): Chain;
  or(options: object[]): Chain;
  resolve(options: { limit: number; offset: number }): number[];
}

/**
 * Runs a query on one FlexSearch index, at most `limit` document numbers back. Whole terms only: FlexSearch ANDs them
 * and stops as soon as it has enough. With a typed prefix standing for several words, FlexSearch's resolver ANDs the
 * whole terms with the union (OR) of those words.
 */
function run(index: Index, { exact, anyOf }: FlexQuery, limit: number): number[] {
  if (anyOf.length === 0) return index.search(queryText(exact), { limit }) as number[];
  if (exact.length === 0 && anyOf.length === 1) {
    // Only a word being typed: look its words up one by one, the closest first, until there are enough.
    const ids = new Set<number>();
    for (const word of anyOf[0]!) {
      for (const id of index.search(queryText([word]), { limit }) as number[]) ids.add(id);
      if (ids.size >= limit) break;
    }
    return [...ids].slice(0, limit);
  }
  const lookups = (words: string[]) => words.map((word) => ({ index, query: queryText([word]) }));
  // The shipped typings of the resolver's chain are for Document indexes; this is the part used here.
  const start = (query: string) => new Resolver({ index, query }) as unknown as Chain;
  let chain: Chain;
  let rest = anyOf;
  if (exact.length > 0) {
    chain = start(queryText(exact));
  } else {
    const [first, ...others] = anyOf as [string[], ...string[][]];
    chain = start(queryText([first[0]!])).or(lookups(first.slice(1)));
    rest = others;
  }
  for (const words of rest) chain = chain.and({ or: lookups(words) });
  return chain.resolve({ limit, offset: 0 }); // offset given: without it FlexSearch 0.8.212 cuts a long result to nothing
}
