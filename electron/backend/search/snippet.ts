// A short plain-text piece of a record around what matched (±40 characters), cut from the record itself when a query
// returns: the index stores no text. Matching happens on folded text (text.ts), which keeps every position, so the
// piece shown is the original as written (Traditional stays Traditional even when Simplified was typed).
import { fold } from './text';

export const SNIPPET_RADIUS = 40;
/** How far a cut may move to land between words rather than inside one. */
const WORD_SLACK = 12;

/** Markdown (notes) read as plain text: the words without the marks, links as their text, no HTML. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/^[ \t]*(?:```|~~~).*$/gm, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:!?])/gm, '$1');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isCjk = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);

/** Where `needle` first occurs in `haystack`; a Latin needle only at the start of a word ("port" not in "support"). */
function findNeedle(haystack: string, needle: string): number {
  if (isCjk(needle[0]!)) return haystack.indexOf(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1])) return at;
  }
  return -1;
}

/** Moves a cut off the middle of a surrogate pair, and onto a space when one is near. */
function cutStart(text: string, at: number, limit: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  if (space >= 0 && space < Math.min(at + WORD_SLACK, limit)) return space + 1;
  return /[\udc00-\udfff]/.test(text[at]!) ? at + 1 : at;
}

function cutEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  if (space > Math.max(at - WORD_SLACK, limit)) return space;
  return /[\ud800-\udbff]/.test(text[at - 1]!) ? at - 1 : at;
}

function around(text: string, at: number, length: number): string {
  const start = cutStart(text, at - SNIPPET_RADIUS, at);
  const end = cutEnd(text, at + length + SNIPPET_RADIUS, at + length);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * The piece of the first text that holds the first needle found (needles are folded, best first: the whole query,
 * then its phrases and words, then the index terms that matched). When none is found (the match was in the title),
 * the start of the texts.
 */
export function makeSnippet(texts: string[], needles: string[]): string {
  const pieces = texts.map(collapse).filter(Boolean);
  const folded: (string | undefined)[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let i = 0; i < pieces.length; i++) {
      const haystack = (folded[i] ??= fold(pieces[i]!));
      const at = findNeedle(haystack, needle);
      if (at >= 0) return around(pieces[i]!, at, needle.length);
    }
  }
  const start = pieces.join(' · ');
  return start.length <= 2 * SNIPPET_RADIUS ? start : around(start, 0, SNIPPET_RADIUS);
}
