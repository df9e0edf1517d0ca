// The Electron FileSaver against the electron mock: the save dialog with the suggested name; cancelling saves
// nothing; a chosen path gets the bytes, written through a temporary file that does not stay behind.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetElectronMock } from '../electron-mock';
import { createFileSaver, writeFileAtomically } from '../../../../electron/main/files';
import { tempDir } from '../../helpers/tmp';

vi.mock('electron', () => import('../electron-mock'));

let dir: string;
let cleanup: () => Promise<void>;
const file = { fileName: 'Itinerary – Beijing.pdf', mime: 'application/pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7 test')) };

beforeEach(async () => {
  resetElectronMock();
  ({ dir, cleanup } = await tempDir());
  app.paths.set('downloads', '/home/me/Downloads');
});
afterEach(() => cleanup());

describe('createFileSaver', () => {
  it('offers the suggested name in Downloads with a PDF filter, over the focused window', async () => {
    const win = new BrowserWindow({});
    await createFileSaver(() => win as unknown as Electron.BrowserWindow).saveAs(file);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        defaultPath: path.join('/home/me/Downloads', 'Itinerary – Beijing.pdf'),
        filters: expect.arrayContaining([{ name: 'PDF', extensions: ['pdf'] }]),
      }),
    );
  });

  it('saves nothing and answers saved: false when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await createFileSaver().saveAs(file)).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the bytes to the chosen path and returns it, leaving no temporary file', async () => {
    const target = path.join(dir, 'chosen.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await createFileSaver().saveAs(file)).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(await readdir(dir)).toEqual(['chosen.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'old.pdf');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomically(target, new Uint8Array(Buffer.from('new')));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('fails without leaving a temporary file when the folder cannot be written', async () => {
    await expect(writeFileAtomically(path.join(dir, 'missing', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
