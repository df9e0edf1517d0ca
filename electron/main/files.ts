// Electron's FileSaver: the system save dialog with the suggested name. Main only asks where; the backend's process
// holds the file and writes it there (files/atomic-write.ts), so an export's bytes never pass through main.
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

/** `parent` is the window the dialog belongs to (the focused one), so it opens as a sheet over it. */
export function createFileSaver(parent: () => BrowserWindow | undefined = () => undefined): FileSaver {
  return {
    async choosePath({ fileName }) {
      const options = saveDialogOptions(fileName);
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
