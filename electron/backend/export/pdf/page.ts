// The frame around every PDF's body: a complete HTML document that can load nothing (a CSP with no script or network
// source), in the document's language so Chromium picks the right CJK glyphs.
import { html, trustedHtml, type Html } from './html';
import { printCss } from './styles';

export interface PageFrame {
  /** BCP 47: 'en' or 'zh-Hant'. */
  lang: string;
  title: string;
  /** Styles of this document, after the shared print stylesheet. */
  css?: string;
  body: Html;
}

/** Belt and braces beside the renderers' own lock-down (JavaScript off, no network): the page may only style itself. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/**
 * The page is only ever printed: laid out on screen first (when loaded into the printing window) it cost a second full
 * layout of the document, ~0.1–0.4 s for a 200-event itinerary, before print layout did it again for paper.
 */
const PAPER_ONLY = '@media screen { body { display: none; } }';

export function pageDocument({ lang, title, css = '', body }: PageFrame): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(CSP)}">
<title>${title}</title>
<style>${trustedHtml(printCss + css + PAPER_ONLY)}</style>
</head>
<body>
${body}
</body>
</html>`.value;
}
