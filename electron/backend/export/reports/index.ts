// The briefing pack, the post-trip report (PDF, Word, Markdown) and the press-release draft: one function per
// contract method, each called from handlers/documents.ts. A 简体 document is built as its 繁體 twin and its finished
// text passed through OpenCC once (../simplified.ts).
import type { Paper, ParsedInputOf } from '../../../../shared/contract';
import type { MadeFile } from '../../files/held-files';
import type { DocumentSources } from '../sources';
import { meetingBriefs } from './briefing-data';
import { briefingHtml } from './briefing-html';
import { pdfFile, pdfFileName } from '../pdf';
import { finishingPass, mapStrings } from '../simplified';
import { runningTexts } from './html';
import { labelsFor } from './labels';
import { pressReleaseDocx } from './press-docx';
import { pressRelease } from './press-release';
import { reportContent } from './report-content';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import { renderPdf } from './render-pdf';
import { loadTripFacts } from './trip-facts';

/** The handler has put in this device's paper when the call named none. */
type Options = ParsedInputOf<'export.briefingPdf'> & { paper: Paper };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const textFile = (fileName: string, mime: string, text: string): MadeFile => ({ fileName, mime, bytes: Buffer.from(text, 'utf8') });
/** "Post-trip report – OASES to Hangzhou.docx": the PDF pipeline's naming, with the extension of the format. */
const fileName = (prefix: string, tripTitle: string, ext: string) => pdfFileName(prefix, tripTitle).replace(/\.pdf$/, `.${ext}`);

export async function exportBriefingPdf(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const facts = await loadTripFacts(sources, input.tripId);
  const labels = labelsFor(input.language);
  const html = pass(briefingHtml(facts, await meetingBriefs(sources, facts), input, labels));
  const title = pass(facts.trip.title);
  const bytes = await renderPdf(sources, html, runningTexts(title, labels.briefingPack, labels.pageOf, input.paper), 'briefing pack');
  return pdfFile(pdfFileName(labels.briefingPack, title), bytes);
}

/** The report's rows, worded once; the three formats lay out the same (already converted) text. */
async function content(sources: DocumentSources, input: Options) {
  const pass = await finishingPass(input.language);
  const facts = await loadTripFacts(sources, input.tripId);
  return mapStrings(reportContent(facts, input.language, labelsFor(input.language)), pass);
}

export async function exportReportPdf(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  const bytes = await renderPdf(sources, reportHtml(c), runningTexts(c.tripTitle, c.title, c.labels.pageOf, input.paper), 'post-trip report');
  return pdfFile(fileName(c.title, c.tripTitle, 'pdf'), bytes);
}

export async function exportReportDocx(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  const bytes = await reportDocx(c);
  return { fileName: fileName(c.title, c.tripTitle, 'docx'), mime: DOCX_MIME, bytes };
}

export async function exportReportMarkdown(sources: DocumentSources, input: Options): Promise<MadeFile> {
  const c = await content(sources, input);
  return textFile(fileName(c.title, c.tripTitle, 'md'), 'text/markdown; charset=utf-8', reportMarkdown(c));
}

const pressPrefix = { en: 'Press release draft', 'zh-Hant': '新聞稿草稿', 'zh-Hans': '新闻稿草稿' } as const;

/**
 * The draft, and as a file to keep (plain text or Word): the text as the person edited it when `input.text` is
 * given, else the draft.
 */
export async function exportPressRelease(sources: DocumentSources, input: ParsedInputOf<'export.pressRelease'>): Promise<{ text: string; file: MadeFile }> {
  const pass = await finishingPass(input.language);
  const facts = await loadTripFacts(sources, input.tripId);
  const text = pass(pressRelease(facts, input.language));
  const kept = input.text ?? text;
  const name = (ext: string) => fileName(pressPrefix[input.language], pass(facts.trip.title), ext);
  if (input.format === 'docx') {
    return { text, file: { fileName: name('docx'), mime: DOCX_MIME, bytes: await pressReleaseDocx(kept, `${pressPrefix[input.language]} — ${pass(facts.trip.title)}`, input.language) } };
  }
  return { text, file: textFile(name('txt'), 'text/plain; charset=utf-8', kept) };
}
