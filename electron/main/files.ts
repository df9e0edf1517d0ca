// Electron's FileSaver: the system save dialog with the suggested name, then the bytes written atomically (a temp
// file beside the target, flushed, renamed over it), so a failed write never leaves half a file under the user's name.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { app, dialog } from 'electron';
import type { FileSaver } from '../backend/ports';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  json: { name: 'Backup', extensions: ['json'] },
};

export function saveDialogOptions(fileName: string): SaveDialogOptions {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const filter = FILTERS[extension] ?? (extension ? { name: extension.toUpperCase(), extensions: [extension] } : undefined);
  return {
    defaultPath: path.join(app.getPath('downloads'), path.basename(fileName)),
    filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Writes `bytes` to `target` so that it holds either its old content or all of the new, never a torn mix. */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** `parent` is the window the dialog belongs to (the focused one), so it opens as a sheet over it. */
export function createFileSaver(parent: () => BrowserWindow | undefined = () => undefined): FileSaver {
  return {
    async saveAs({ fileName, bytes }) {
      const options = saveDialogOptions(fileName);
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFileAtomically(result.filePath, bytes);
      return { saved: true, path: result.filePath };
    },
  };
}
