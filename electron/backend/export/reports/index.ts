// The briefing pack, the post-trip report (PDF, Word, Markdown) and the press-release draft: one function per
// contract method, each called from handlers/documents.ts.
import type { ParsedInputOf } from '../../../../shared/contract';
import type { MadeFile } from '../../files/held-files';
import type { DocumentSources } from '../sources';
import { meetingBriefs } from './briefing-data';
import { briefingHtml } from './briefing-html';
import { pdfFile, pdfFileName } from '../pdf';
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

const textFile = (fileName: string, mime: string, text: string): MadeFile => ({ fileName, mime, bytes: Buffer.from(text, 'utf8') });
/** "Post-trip report – OASES to Hangzhou.docx": the PDF pipeline's naming, with the extension of the format. */
const fileName = (prefix: string, tripTitle: string, ext: string) => pdfFileName(prefix, tripTitle).replace(/\.pdf$/, `.${ext}`);

export async function exportBriefingPdf(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const facts = await loadTripFacts(sources, input.tripId);
  const labels = labelsFor(input.language);
  const html = briefingHtml(facts, await meetingBriefs(sources, facts), input, labels);
  const bytes = await renderPdf(sources, html, runningTexts(facts.trip.title, labels.briefingPack, labels.pageOf, input.paper), 'briefing pack');
  return pdfFile(pdfFileName(labels.briefingPack, facts.trip.title), bytes);
}

async function content(sources: DocumentSources, input: Options) {
  const facts = await loadTripFacts(sources, input.tripId);
  return reportContent(facts, input.language, labelsFor(input.language));
}


export async function exportReportPdf(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  const bytes = await renderPdf(sources, reportHtml(c), runningTexts(c.tripTitle, c.title, c.labels.pageOf, input.paper), 'post-trip report');
  return pdfFile(fileName(c.title, c.tripTitle, 'pdf'), bytes);
}

export async function exportReportDocx(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  const bytes = await reportDocx(c);
  return {
    fileName: fileName(c.title, c.tripTitle, 'docx'),
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes,
  };
}

export async function exportReportMarkdown(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  return textFile(fileName(c.title, c.tripTitle, 'md'), 'text/markdown; charset=utf-8', reportMarkdown(c));
}

/** The draft, and as a file to keep: the text as the person edited it when `input.text` is given, else the draft. */
export async function exportPressRelease(sources: DocumentSources, input: ParsedInputOf<'export.pressRelease'>): Promise<{ text: string; file: MadeFile }> {
  const facts = await loadTripFacts(sources, input.tripId);
  const text = pressRelease(facts, input.language);
  const prefix = input.language === 'zh-Hant' ? '新聞稿草稿' : 'Press release draft';
  return { text, file: textFile(fileName(prefix, facts.trip.title, 'txt'), 'text/plain; charset=utf-8', input.text ?? text) };
}
