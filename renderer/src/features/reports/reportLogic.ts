// What the report dialogs decide without React: which backend method makes which format and the language a document
// starts in.
import type { ExportLanguage } from '../../../../shared/contract';
import { defaultExportLanguage } from '../exports/documentChoices';

export type ReportFormat = 'pdf' | 'docx' | 'markdown';

export const reportFormats: readonly ReportFormat[] = ['pdf', 'docx', 'markdown'];

export function reportMethod(format: ReportFormat): 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' {
  return format === 'pdf' ? 'export.reportPdf' : format === 'docx' ? 'export.reportDocx' : 'export.reportMarkdown';
}

/** Documents start in the language the user reads the app in (see ../exports/documentChoices.ts). */
export const defaultLanguage: (uiLanguage: string) => ExportLanguage = defaultExportLanguage;
