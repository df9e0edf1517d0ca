// The running header and footer of every PDF: the trip title at the top left of each page, what the document is at the
// top right, and "Page N of M" at the foot. They are CSS page-margin boxes in the document itself, not Chromium's
// header/footer templates: a template is a little document laid out again for every page, which cost ~0.15 s of a
// 60-page itinerary; margin boxes are laid out with the pages (Chromium 131+, so Electron 33+ and browser mode alike).
import { FONT_STACK } from './styles';

/** Page margins in millimetres, leaving room for the header and footer; both PDF renderers use them. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 16, left: 15, right: 15 } as const;

export interface RunningTexts {
  /** Shown on the left of every page's header: the trip's title. */
  title: string;
  /** Shown on the right of the header: what the document is ("Itinerary"). */
  documentName: string;
  /** "Page {page} of {pages}" in the document's language; the placeholders become the page counters. */
  pageOf: string;
}

/**
 * A CSS string literal holding `text` as it reads. Every character that could end the string, the declaration or
 * the <style> element (quote, backslash, angle brackets, line breaks and other controls) is written as a CSS escape,
 * so a trip titled `</style><script>` stays text.
 */
export function cssString(text: string): string {
  const escaped = [...text].map((c) => (c === '\\' || c === '"' || c === '<' || c === '>' || c.charCodeAt(0) < 0x20 || c === '\u007f' ? `\\${c.charCodeAt(0).toString(16)} ` : c));
  return `"${escaped.join('')}"`;
}

/** "Page {page} of {pages}" as CSS content: the words as strings, the placeholders as the page counters. */
function pageCounters(pageOf: string): string {
  return pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '{page}' ? 'counter(page)' : piece === '{pages}' ? 'counter(pages)' : cssString(piece)))
    .join(' ');
}

const box = `font-family: ${FONT_STACK}; font-size: 8pt; line-height: 1.2; color: #52606d;`;
const headBox = `${box} vertical-align: bottom; padding-bottom: 2pt; border-bottom: 0.5pt solid #cbd2d9;`;

/**
 * The page-margin boxes carrying the running texts, for the document's <style>. The title has the wider share of the
 * top margin and wraps there when it is long (a margin box cannot end in an ellipsis); the document's name stays on one
 * line at the right.
 */
export function runningHeadCss({ title, documentName, pageOf }: RunningTexts): string {
  return `@page {
  @top-left { content: ${cssString(title)}; ${headBox} font-weight: 700; color: #1f2933; width: 72%; }
  @top-right { content: ${cssString(documentName)}; ${headBox} white-space: nowrap; width: 28%; }
  @bottom-right { content: ${pageCounters(pageOf)}; ${box} white-space: nowrap; }
}`;
}

/** The finished document with its running header and footer: a <style> added at the end of its <head>. */
export function withRunningHead(document: string, running: RunningTexts): string {
  const end = document.indexOf('</head>');
  if (end < 0) throw new Error('A PDF document without a <head> cannot carry its running header.');
  return `${document.slice(0, end)}<style>${runningHeadCss(running)}</style>\n${document.slice(end)}`;
}

/** What a PDF export hands to the printer besides its HTML: the paper, and the running texts for every page. */
export interface PrintSetup {
  paper: 'A4' | 'Letter';
  running: RunningTexts;
}
