// How text becomes search terms, the same way for what is indexed and what is typed. Text is first folded (lower case,
// accents off, full-width letters to ASCII, Traditional to Simplified) one UTF-16 unit for one, so a position in the
// folded text is the same position in the original: snippets are cut from the original where the folded text matched.
// Then Latin/digit runs become words, and runs of Han/Kana/Hangul become overlapping two-character terms, since
// Chinese has no spaces: 香港科學技術園 → 香港 港科 科學 學技 技術 術園 (+ 園, so a one-character query finds it).
import { TRADITIONAL_TO_SIMPLIFIED } from './variants';

/** A term longer than this is cut: long tokens (a pasted hash, a URL path) would only bloat the index. */
export const MAX_TERM_LENGTH = 60;
/** A word being typed is matched as a prefix from this length: "a" would expand to much of the vocabulary. */
export const MIN_PREFIX_LENGTH = 2;
/** A query is cut to this many distinct terms: enough for any real phrase, and a 500-character paste stays fast. */
export const MAX_QUERY_TERMS = 24;

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc';
/** Letter/digit runs (any script), CJK included; split further below. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const CJK_START = new RegExp(`^[${CJK}]`, 'u');
/** Within a run that holds CJK: CJK runs and the other runs apart. */
const CJK_SPLIT = new RegExp(`([${CJK}]+)|([^${CJK}]+)`, 'gu');
const NON_ASCII = /[\u0080-\uffff]/;

const foldedChars = new Map<string, string>(TRADITIONAL_TO_SIMPLIFIED);

/** One UTF-16 unit folded to one unit: variant table, full-width ASCII, accents, lower case. */
function foldUnit(unit: string): string {
  let folded = foldedChars.get(unit);
  if (folded !== undefined) return folded;
  folded = unit;
  const code = unit.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0); // ＡＢＣ１２３ → ABC123
  const bare = folded.normalize('NFD');
  if (bare.length > 1 && /^\p{L}\p{M}+$/u.test(bare)) folded = bare[0]!; // é → e, ü → u
  const lower = folded.toLowerCase();
  if (lower.length === 1) folded = lower; // İ lower-cases to two units: left as it is
  foldedChars.set(unit, folded);
  return folded;
}

/** The text folded for matching; always the same length as `text`, position for position. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldUnit(text[i]!);
  }
  return out;
}

export interface Token {
  text: string;
  cjk: boolean;
}

/** Splits folded text into words and CJK runs, in order. */
export function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const [run] of folded.matchAll(WORD_RUN)) {
    if (!CJK_CHAR.test(run)) {
      out.push({ text: run, cjk: false });
      continue;
    }
    for (const part of run.matchAll(CJK_SPLIT)) {
      if (part[1]) out.push({ text: part[1], cjk: true });
      else if (part[2]) out.push({ text: part[2], cjk: false });
    }
  }
  return out;
}

/** Overlapping pairs of characters (code points, so rare Han outside the BMP stays whole). */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const ASCII_WORD = /[a-z0-9]+/g;

/** The terms a stored text is indexed under. */
export function indexTerms(text: string): string[] {
  if (!NON_ASCII.test(text)) {
    // Most text is plain ASCII: the same words as below, found much faster.
    const words = text.toLowerCase().match(ASCII_WORD) ?? [];
    for (let i = 0; i < words.length; i++) if (words[i]!.length > MAX_TERM_LENGTH) words[i] = words[i]!.slice(0, MAX_TERM_LENGTH);
    return words;
  }
  const terms: string[] = [];
  for (const token of tokens(fold(text))) {
    if (!token.cjk) {
      terms.push(token.text.slice(0, MAX_TERM_LENGTH));
      continue;
    }
    const chars = Array.from(token.text);
    terms.push(...bigrams(token.text));
    // The last character alone: with a prefix search on bigrams, it lets one typed character find any position.
    if (chars.length > 1) terms.push(chars[chars.length - 1]!);
  }
  return terms;
}

/**
 * The terms a document is stored under: indexTerms plus each CJK pair's first character, so a single typed character
 * is a plain lookup. The in-memory index (flex-index.ts) and the on-disk segment (segment-*.ts) both use this.
 */
export function documentTerms(text: string): string[] {
  const out: string[] = [];
  for (const term of indexTerms(text)) {
    out.push(term);
    if (!isCjkTerm(term)) continue;
    const first = String.fromCodePoint(term.codePointAt(0)!);
    if (first.length < term.length) out.push(first);
  }
  return out;
}

/** True for a CJK term (a pair or a single character), false for a Latin/digit word. */
export function isCjkTerm(term: string): boolean {
  return term.charCodeAt(0) >= 0x1100 && CJK_START.test(term);
}

export interface QueryTerm {
  term: string;
  /** Matches any term that starts with it: the word being typed, or a single CJK character. */
  prefix: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Folded pieces worth looking for whole when cutting a snippet: the whole query, then each CJK run and word. */
  phrases: string[];
}

/** What a typed query searches for: every term must match (AND). */
export function parseQuery(text: string): ParsedQuery {
  const folded = fold(text);
  const found = tokens(folded);
  const last = found[found.length - 1];
  // The last word is still being typed unless a space or punctuation after it closes it.
  const typing = last !== undefined && !last.cjk && folded.endsWith(last.text);
  const terms = new Map<string, QueryTerm>();
  found.forEach((token, i) => {
    if (!token.cjk) {
      const term = token.text.slice(0, MAX_TERM_LENGTH);
      const prefix = (typing && i === found.length - 1 && term.length >= MIN_PREFIX_LENGTH) || (terms.get(term)?.prefix ?? false);
      terms.set(term, { term, prefix });
    } else if (Array.from(token.text).length === 1) {
      terms.set(token.text, { term: token.text, prefix: true });
    } else {
      for (const pair of bigrams(token.text)) if (!terms.has(pair)) terms.set(pair, { term: pair, prefix: false });
    }
  });
  // Chinese phrases before words, longest first: the rarer piece makes the more telling snippet.
  const pieces = [...found].sort((a, b) => Number(b.cjk) - Number(a.cjk) || b.text.length - a.text.length).map((t) => t.text);
  const phrases = [folded.trim(), ...pieces].filter((p, i, all) => p.length > 0 && all.indexOf(p) === i);
  return { terms: [...terms.values()].slice(0, MAX_QUERY_TERMS), phrases };
}
