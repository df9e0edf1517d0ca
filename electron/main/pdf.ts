// Electron's PdfRenderer: prints the backend's HTML with webContents.printToPDF in a hidden window that can do nothing
// but lay out the page — sandboxed, JavaScript off, no preload, no Node — and is destroyed afterwards, even on failure.
// The header, footer, paper and margins are the same as browser mode's Chromium (electron/web/pdf.ts).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import { PAGE_MARGINS_MM } from '../backend/export/pdf';
import type { PdfOptions, PdfRenderer } from '../backend/ports';

/** Chromium refuses URLs over 2 MB; bigger documents (long notes) go through a temporary file instead. */
export const DATA_URL_LIMIT = 1_500_000;

export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // Its own in-memory session: nothing the print window loads touches the app's session or the disk cache.
      partition: 'pdf-export',
    },
  };
}

const inches = (mm: number) => mm / 25.4;

async function withHtmlUrl<T>(html: string, use: (url: string) => Promise<T>): Promise<T> {
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (dataUrl.length <= DATA_URL_LIMIT) return use(dataUrl);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-pdf-'));
  const file = path.join(dir, 'document.html');
  try {
    await fs.writeFile(file, html, 'utf8');
    return await use(pathToFileURL(file).href);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function createElectronPdfRenderer(): PdfRenderer {
  return {
    async render(html: string, options: PdfOptions): Promise<Uint8Array> {
      const win = new BrowserWindow(pdfWindowOptions());
      try {
        await withHtmlUrl(html, (url) => win.loadURL(url));
        const pdf = await win.webContents.printToPDF({
          pageSize: options.paper,
          printBackground: true,
          // The document's own page-margin boxes carry the header and footer (export/pdf/templates.ts).
          displayHeaderFooter: false,
          margins: {
            top: inches(PAGE_MARGINS_MM.top),
            bottom: inches(PAGE_MARGINS_MM.bottom),
            left: inches(PAGE_MARGINS_MM.left),
            right: inches(PAGE_MARGINS_MM.right),
          },
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
