// export.memberItineraryPdf and export.principalSummaryPdf: read the trip's records, build the document's HTML and
// print it through the host's PdfRenderer, with the trip title on every page and "Page N of M" at the foot.
import type { Paper, ParsedInputOf } from '../../../../shared/contract';
import type { MadeFile } from '../../files/held-files';
import { pdfFile, pdfFileName } from '../pdf';
import { renderPdf } from '../reports/render-pdf';
import { runningTexts } from '../reports/html';
import { finishingPass } from '../simplified';
import type { DocumentSources } from '../sources';
import { memberItineraryHtml, type PeopleDocument } from './member-html';
import { loadLogistics } from './common';
import { principalSummaryHtml } from './principal-summary';

async function print(sources: DocumentSources, document: PeopleDocument, paper: Paper, what: string, pass: (text: string) => string): Promise<MadeFile> {
  const title = pass(document.running.title);
  const bytes = await renderPdf(sources, pass(document.html), runningTexts(title, pass(document.running.documentName), document.running.pageOf, paper), what);
  return pdfFile(pdfFileName(pass(document.fileNamePrefix), title), bytes);
}

export async function exportMemberItineraryPdf(sources: DocumentSources, input: ParsedInputOf<'export.memberItineraryPdf'> & { paper: Paper }): Promise<MadeFile> {
  // 简体: the 繁體 document through OpenCC (../simplified.ts); loaded before the labels are read.
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const document = memberItineraryHtml(source, input.memberId, { language: input.language, includeRestricted: input.includeRestricted });
  return print(sources, document, input.paper, 'member’s itinerary', pass);
}

export async function exportPrincipalSummaryPdf(sources: DocumentSources, input: ParsedInputOf<'export.principalSummaryPdf'> & { paper: Paper }): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const document = principalSummaryHtml(source, { language: input.language, includeRestricted: input.includeRestricted, date: input.date });
  return print(sources, document, input.paper, 'principal’s day summary', pass);
}
