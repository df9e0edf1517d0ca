// What the report dialogs decide without React: which backend method makes which format, the language a document
// starts in, and the edited press-release text as a file to keep.
import type { ExportFile, ExportLanguage } from '../../../../shared/contract';

export type ReportFormat = 'pdf' | 'docx' | 'markdown';

export const reportFormats: readonly ReportFormat[] = ['pdf', 'docx', 'markdown'];

export function reportMethod(format: ReportFormat): 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' {
  return format === 'pdf' ? 'export.reportPdf' : format === 'docx' ? 'export.reportDocx' : 'export.reportMarkdown';
}

/** Documents start in the language the user reads the app in. */
export function defaultLanguage(uiLanguage: string): ExportLanguage {
  return uiLanguage === 'zh-Hant' ? 'zh-Hant' : 'en';
}

/** UTF-8 text as base64, in slices so a long draft never overflows the argument list of fromCharCode. */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The draft as the person edited it, under the name the backend chose. */
export function editedFile(original: ExportFile, text: string): ExportFile {
  return { fileName: original.fileName, mime: original.mime, base64: textToBase64(text) };
}
