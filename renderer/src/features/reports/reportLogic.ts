// What the report dialogs decide without React: which backend method makes which format and the language a document
// starts in.
export type ReportFormat = 'pdf' | 'docx' | 'markdown';
export type DocumentLanguage = 'en' | 'zh-Hant';

export const reportFormats: readonly ReportFormat[] = ['pdf', 'docx', 'markdown'];

export function reportMethod(format: ReportFormat): 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' {
  return format === 'pdf' ? 'export.reportPdf' : format === 'docx' ? 'export.reportDocx' : 'export.reportMarkdown';
}

/** Documents start in the language the user reads the app in. */
export function defaultLanguage(uiLanguage: string): DocumentLanguage {
  return uiLanguage === 'zh-Hant' ? 'zh-Hant' : 'en';
}
