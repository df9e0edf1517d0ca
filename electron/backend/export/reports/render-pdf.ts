// Hands finished HTML to the host's PdfRenderer port (Electron's printToPDF, or Chromium in browser mode and tests).
import { BackendError } from '../../errors';
import type { DocumentSources } from '../sources';
import { withRunningHead, type PrintSetup } from '../pdf';

export async function renderPdf({ pdf }: Pick<DocumentSources, 'pdf'>, html: string, setup: PrintSetup, what: string): Promise<Uint8Array> {
  if (!pdf) {
    throw new BackendError(
      'internal',
      `The ${what} cannot be made as a PDF here: this copy of the app has no PDF printer (Chromium) available. Nothing was changed. ` +
        'Export the report as Word or Markdown instead, or ask your administrator to install Chromium (or set PLANNER_CHROMIUM).',
    );
  }
  try {
    return await pdf.render(withRunningHead(html, setup.running), { paper: setup.paper });
  } catch (error) {
    throw new BackendError(
      'internal',
      `The ${what} could not be printed to PDF (${error instanceof Error ? error.message : String(error)}). Nothing was changed; try again, or export as Word or Markdown.`,
    );
  }
}
