// The briefing pack, the post-trip report (PDF, Word, Markdown) and the press-release draft: one function per
// contract method, each called from handlers/documents.ts.
import type { ExportFile, OutputOf, ParsedInputOf } from '../../../../shared/contract';
import type { DocumentSources } from '../sources';
import { meetingBriefs } from './briefing-data';
import { briefingHtml } from './briefing-html';
import { pdfFileName, toExportFile } from '../pdf';
import { runningTexts } from './html';
import { labelsFor } from './labels';
import { pressRelease } from './press-release';
import { reportContent } from './report-content';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import { renderPdf } from './render-pdf';
import { loadTripFacts } from './trip-facts';

type Options = ParsedInputOf<'export.briefingPdf'>;

const textFile = (fileName: string, mime: string, text: string): ExportFile => ({ fileName, mime, base64: Buffer.from(text, 'utf8').toString('base64') });
/** "Post-trip report – OASES to Hangzhou.docx": the PDF pipeline's naming, with the extension of the format. */
const fileName = (prefix: string, tripTitle: string, ext: string) => pdfFileName(prefix, tripTitle).replace(/\.pdf$/, `.${ext}`);

export async function exportBriefingPdf(sources: DocumentSources, input: Options): Promise<ExportFile> {
  const facts = await loadTripFacts(sources, input.tripId);
  const labels = labelsFor(input.language);
  const html = briefingHtml(facts, await meetingBriefs(sources, facts), input, labels);
  const bytes = await renderPdf(sources, html, runningTexts(facts.trip.title, labels.briefingPack, labels.pageOf, input.paper), 'briefing pack');
  return toExportFile(pdfFileName(labels.briefingPack, facts.trip.title), bytes);
}

async function content(sources: DocumentSources, input: Options) {
  const facts = await loadTripFacts(sources, input.tripId);
  return reportContent(facts, input.language, labelsFor(input.language));
}


export async function exportReportPdf(sources: DocumentSources, input: Options): Promise<ExportFile> {
  const c = await content(sources, input);
  const bytes = await renderPdf(sources, reportHtml(c), runningTexts(c.tripTitle, c.title, c.labels.pageOf, input.paper), 'post-trip report');
  return toExportFile(fileName(c.title, c.tripTitle, 'pdf'), bytes);
}

export async function exportReportDocx(sources: DocumentSources, input: Options): Promise<ExportFile> {
  const c = await content(sources, input);
  const bytes = await reportDocx(c);
  return {
    fileName: fileName(c.title, c.tripTitle, 'docx'),
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: Buffer.from(bytes).toString('base64'),
  };
}

export async function exportReportMarkdown(sources: DocumentSources, input: Options): Promise<ExportFile> {
  const c = await content(sources, input);
  return textFile(fileName(c.title, c.tripTitle, 'md'), 'text/markdown; charset=utf-8', reportMarkdown(c));
}

export async function exportPressRelease(sources: DocumentSources, input: ParsedInputOf<'export.pressRelease'>): Promise<OutputOf<'export.pressRelease'>> {
  const facts = await loadTripFacts(sources, input.tripId);
  const text = pressRelease(facts, input.language);
  const prefix = input.language === 'zh-Hant' ? '新聞稿草稿' : 'Press release draft';
  return { text, file: textFile(fileName(prefix, facts.trip.title, 'txt'), 'text/plain; charset=utf-8', text) };
}
