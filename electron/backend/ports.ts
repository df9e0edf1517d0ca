// Abilities only a host has, passed into createBackend so the backend never imports electron (docs/architecture.md):
// printing HTML to PDF, asking where the user wants a file saved, and sealing secrets with the OS keychain.
export interface PdfOptions {
  /** The running header and footer are in the document itself (CSS page-margin boxes, export/pdf/templates.ts). */
  paper: 'A4' | 'Letter';
}

/** Renders one self-contained HTML document to PDF bytes: Electron's printToPDF, or Chromium via playwright-core. */
export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  /**
   * Gets the engine ready ahead of a render, in the background (browser mode launches Chromium; Electron's printToPDF
   * has nothing to start and leaves it out). Never throws: a failure shows when the render asks for the engine.
   * `warmUp`, when given, is printed once and thrown away, so the first real render does not load fonts and print
   * code for the first time either.
   */
  prepare?(warmUp?: { html: string; options: PdfOptions }): void;
  close?(): Promise<void>;
}

/**
 * Electron's save dialog: where the user wants a made file, or null when they cancelled. The backend writes the
 * file there itself, so the bytes never travel to main. Browser mode has none (the browser downloads instead).
 */
export interface FileSaver {
  choosePath(file: { fileName: string }): Promise<string | null>;
}

/**
 * Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet): what it seals only this user on this computer can
 * open. Browser mode has none: a Node server has no OS keychain to ask. In Electron the keychain is the main
 * process's and the backend runs in its own process, so sealing and opening may answer asynchronously.
 */
export interface SecretBox {
  /** False until the app is ready, and on a Linux desktop without a secret store. */
  available(): boolean;
  /** Returns base64; throws (or rejects) if encryption fails. */
  encrypt(text: string): string | Promise<string>;
  /** Takes what encrypt returned; throws (or rejects) if it cannot be opened here (another computer or user, a reset keychain). */
  decrypt(base64: string): string | Promise<string>;
}

export interface Ports {
  pdf?: PdfRenderer;
  files?: FileSaver;
  secrets?: SecretBox;
}
