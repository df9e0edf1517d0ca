// Abilities only a host has, passed into createBackend so the backend never imports electron (ARCHITECTURE.md):
// printing HTML to PDF, and saving a file where the user chooses.
export interface PdfOptions {
  paper: 'A4' | 'Letter';
  /** Chromium print header/footer templates (may use the classes pageNumber, totalPages, title). */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Renders one self-contained HTML document to PDF bytes: Electron's printToPDF, or Chromium via playwright-core. */
export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/** Electron's save dialog; browser mode has none (the browser downloads instead). */
export interface FileSaver {
  saveAs(file: { fileName: string; mime: string; bytes: Uint8Array }): Promise<{ saved: boolean; path?: string }>;
}

export interface Ports {
  pdf?: PdfRenderer;
  files?: FileSaver;
}
