// The HTML around the briefing pack and the report, on the shared PDF pipeline (electron/backend/export/pdf): its
// escaping, page frame, print styles and running header and footer, plus the few styles these documents add.
import { renderMarkdown } from '../../../../shared/domain/markdown';
import { escapeHtml, pageDocument, trustedHtml, type PrintSetup } from '../pdf';
import type { ExportLanguage } from '../../../../shared/contract';

/** User text into HTML text or a quoted attribute value. */
export function esc(text: string | number | undefined): string {
  return escapeHtml(String(text ?? ''));
}

/** A briefing field or note written in markdown, as safe HTML (raw HTML in it is shown as text, never run). */
export function markdown(text: string): string {
  return `<div class="md">${renderMarkdown(text)}</div>`;
}

const css = `
h1 { margin-bottom: 2mm; }
h3 { margin: 5mm 0 1.5mm; color: #102a43; border-bottom: 0.5pt solid #cbd2d9; padding-bottom: 1pt; }
.brief h4, .report h4 { font-size: 10pt; text-transform: none; letter-spacing: 0; color: #1f2933; margin: 2.5mm 0 1mm; }
.subtitle { font-size: 12pt; color: #3e4c59; margin-bottom: 6mm; }
.banner { border: 1pt solid #b42318; color: #b42318; padding: 2mm 3mm; margin: 4mm 0; font-weight: 700; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: 34mm 1fr; gap: 1mm 3mm; margin: 0 0 3mm; break-inside: avoid; }
dl.meta dt { color: #616e7c; }
dl.meta dd { margin: 0; }
ol.contents { padding-left: 7mm; }
ol.contents li { margin-bottom: 2mm; break-inside: avoid; }
ol.contents .when { color: #616e7c; }
ul.plain { margin: 0 0 2mm; padding-left: 5mm; }
.md-image { color: #616e7c; }
`;

/** One self-contained HTML document; `lang` picks the right CJK glyphs. */
export function pageFrame(language: ExportLanguage, title: string, body: string): string {
  return pageDocument({ lang: language, title, css, body: trustedHtml(body) });
}

/** The paper, and the running header (trip title, document name) and footer ("Page 3 of 9") of every page. */
export function runningTexts(tripTitle: string, documentName: string, pageOf: string, paper: 'A4' | 'Letter'): PrintSetup {
  return { paper, running: { title: tripTitle, documentName, pageOf } };
}
