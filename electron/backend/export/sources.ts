// What the document builders read from: the store, and the host's PDF engine for the documents printed to PDF.
// Only these, not the handlers' whole context, so export code depends on the store and the ports and nothing above.
import type { PdfRenderer } from '../ports';
import type { Store } from '../store/types';

export interface DocumentSources {
  store: Store;
  /** Absent where the host has no PDF engine; a PDF export then says so. */
  pdf?: PdfRenderer;
}
