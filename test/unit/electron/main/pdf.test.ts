// The Electron printToPDF adapter against the electron mock: a hidden window that can only lay out the page,
// printToPDF with the paper and margins (the header and footer are in the document), and the window destroyed afterwards even when printing fails.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../electron-mock';
import { DATA_URL_LIMIT, createElectronPdfRenderer } from '../../../../electron/main/pdf';

vi.mock('electron', () => import('../electron-mock'));

const options = { paper: 'Letter' as const };

beforeEach(() => resetElectronMock());

describe('createElectronPdfRenderer', () => {
  it('prints in a hidden, sandboxed window with JavaScript off and no preload', async () => {
    const bytes = await createElectronPdfRenderer().render('<p>Hello</p>', options);
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    const win = BrowserWindow.instances[0]!;
    expect(win.options.show).toBe(false);
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBeUndefined();
  });

  it('loads the HTML as a data: URL and prints with the paper size and margins, and no Chromium header or footer templates', async () => {
    await createElectronPdfRenderer().render('<p>北京大學 &amp; <b>bold</b></p>', options);
    const win = BrowserWindow.instances[0]!;
    const url = win.webContents.loadURL.mock.calls[0]![0];
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>北京大學 &amp; <b>bold</b></p>');
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'Letter',
        // The running header and footer are page-margin boxes in the document, not Chromium's templates.
        displayHeaderFooter: false,
        printBackground: true,
        margins: expect.objectContaining({ top: expect.any(Number), bottom: expect.any(Number) }),
      }),
    );
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when printing fails, and passes the failure on', async () => {
    const renderer = createElectronPdfRenderer();
    const pending = renderer.render('<p>x</p>', { paper: 'A4' });
    const win = BrowserWindow.instances[0]!;
    win.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(pending).rejects.toThrow('printing failed');
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when the page cannot load', async () => {
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockRejectedValueOnce(new Error('ERR_FAILED'));
    await expect(createElectronPdfRenderer().render('<p>y</p>', { paper: 'A4' })).rejects.toThrow('ERR_FAILED');
    const win = BrowserWindow.instances[0]!;
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('goes through a temporary file, removed afterwards, when the document is too big for a URL', async () => {
    const big = `<p>${'x'.repeat(DATA_URL_LIMIT)}</p>`;
    await createElectronPdfRenderer().render(big, { paper: 'A4' });
    const win = BrowserWindow.instances[0]!;
    const url = win.webContents.loadURL.mock.calls[0]![0];
    expect(url.startsWith('file://')).toBe(true);
    const { existsSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    expect(existsSync(fileURLToPath(url))).toBe(false);
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });
});
