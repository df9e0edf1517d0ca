// The Electron FileSaver against the electron mock: the save dialog with the suggested name over the focused window;
// it only answers where (the backend writes the file, see save-export.test.ts), or null when the user cancels.
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetElectronMock } from '../electron-mock';
import { createFileSaver } from '../../../../electron/main/files';

vi.mock('electron', () => import('../electron-mock'));

const file = { fileName: 'Itinerary – Beijing.pdf' };

beforeEach(() => {
  resetElectronMock();
  app.paths.set('downloads', '/home/me/Downloads');
});

describe('createFileSaver', () => {
  it('offers the suggested name in Downloads with a PDF filter, over the focused window', async () => {
    const win = new BrowserWindow({});
    await createFileSaver(() => win as unknown as Electron.BrowserWindow).choosePath(file);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        defaultPath: path.join('/home/me/Downloads', 'Itinerary – Beijing.pdf'),
        filters: expect.arrayContaining([{ name: 'PDF', extensions: ['pdf'] }]),
      }),
    );
  });

  it('answers null when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await createFileSaver().choosePath(file)).toBeNull();
  });

  it('answers the chosen path', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/me/Desktop/chosen.pdf' });
    expect(await createFileSaver().choosePath(file)).toBe('/home/me/Desktop/chosen.pdf');
  });
});
