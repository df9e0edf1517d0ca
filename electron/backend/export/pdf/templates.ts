// Chromium's print header and footer, the same in Electron's printToPDF and in playwright's page.pdf: the trip title
// at the top of every page and "Page N of M" at the foot. Chromium fills the pageNumber and totalPages spans itself.
// The templates are separate little documents: they inherit no styles, so fonts and sizes are set inline.
import { html } from './html';
import { FONT_STACK } from './styles';

/** Page margins in millimetres, leaving room for the header and footer; both PDF renderers use them. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 16, left: 15, right: 15 } as const;

const base = `font-family: ${FONT_STACK}; font-size: 8pt; color: #52606d; width: 100%; margin: 0 15mm; display: flex; gap: 8mm;`;

export interface RunningTexts {
  /** Shown on the left of every page's header: the trip's title. */
  title: string;
  /** Shown on the right of the header: what the document is ("Itinerary"). */
  documentName: string;
  /** "Page {page} of {pages}" in the document's language; the placeholders become Chromium's counters. */
  pageOf: string;
}

export function headerTemplate({ title, documentName }: RunningTexts): string {
  return html`<div style="${base} align-items: baseline; border-bottom: 0.5pt solid #cbd2d9; padding-bottom: 2pt;">
<span style="flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-weight: 700; color: #1f2933;">${title}</span>
<span style="white-space: nowrap;">${documentName}</span>
</div>`.value;
}

export function footerTemplate({ pageOf }: RunningTexts): string {
  // Split around the placeholders so the words are escaped and the counters stay Chromium's spans.
  const [before = '', rest = ''] = pageOf.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  return html`<div style="${base} justify-content: flex-end;">
<span>${before}<span class="pageNumber"></span>${middle}<span class="totalPages"></span>${after}</span>
</div>`.value;
}
