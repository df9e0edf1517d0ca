// Saving an export in the desktop app, seen from main: the mocked utilityProcess is wired to the real backend loop,
// and main's real FileSaver shows the mocked save dialog. Only the file's handle and its name cross to main; the
// backend writes the bytes at the chosen path.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackendProcess } from '../../../../electron/main/backend-process';
import { createFileSaver } from '../../../../electron/main/files';
import type { ExportFile, Reply } from '../../../../shared/contract';
import { tempDir } from '../../helpers/tmp';
import { app, dialog, resetElectronMock, utilityProcess } from '../electron-mock';
import { linkToBackendLoop, type BackendLink } from './backend-link';

vi.mock('electron', () => import('../electron-mock'));

let dir: string;
let cleanup: () => Promise<void>;
let links: BackendLink[];

function ok<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as T;
}

async function start() {
  const ports = {
    pdf: { render: vi.fn(async () => new Uint8Array()) },
    files: createFileSaver(),
    secrets: { available: () => false, encrypt: () => '', decrypt: () => '' },
  };
  return startBackendProcess({ modulePath: '/app/dist-electron/backend.cjs', dataDir: path.join(dir, 'data'), version: '9.9.9', ports, restartDelaysMs: [0] });
}

beforeEach(async () => {
  resetElectronMock();
  ({ dir, cleanup } = await tempDir());
  app.paths.set('downloads', path.join(dir, 'Downloads'));
  links = [];
  utilityProcess.onFork = (child) => links.push(linkToBackendLoop(child));
});
afterEach(async () => cleanup());

describe('saving an export in Electron', () => {
  it('shows the save dialog in main and has the backend write the file there; no bytes pass through main', async () => {
    const backend = await start();
    ok(await backend.dispatch('contacts.create', { name: { en: 'Ada Wong', zhHant: '黃愛達', zhHans: '' }, email: 'ada@example.org' }));
    const fromExport = links[0]!.sent.length;
    const file = ok<ExportFile>(await backend.dispatch('export.table', { table: 'contacts', format: 'csv' }));
    expect(Object.keys(file).sort()).toEqual(['fileName', 'id', 'mime', 'size']);

    const target = path.join(dir, 'chosen.csv');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(ok(await backend.dispatch('files.saveAs', { id: file.id }))).toEqual({ saved: true, path: target });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(dir, 'Downloads', file.fileName) }));
    const written = await fs.readFile(target, 'utf8');
    expect(written.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(written)).toBe(file.size);
    expect(written).toContain('Ada Wong');

    // Everything the backend process sent to main from the export on: the replies hold a handle, the one host call
    // only the name; the file's content never.
    const sent = links[0]!.sent.slice(fromExport);
    expect(sent.map((m) => m.type)).toEqual(['reply', 'host-call', 'reply']);
    expect(JSON.stringify(sent)).not.toContain('Ada Wong');
    expect(sent.filter((m) => m.type === 'host-call')).toEqual([{ type: 'host-call', id: expect.any(Number), name: 'files.choosePath', input: { fileName: file.fileName } }]);
    await backend.close();
  });

  it('writes nothing when the dialog is cancelled, and says to export again for an unknown id', async () => {
    const backend = await start();
    const file = ok<ExportFile>(await backend.dispatch('export.table', { table: 'followups', format: 'xlsx' }));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(ok(await backend.dispatch('files.saveAs', { id: file.id }))).toEqual({ saved: false });
    expect(await fs.readdir(dir)).toEqual(['data']);

    const again = await backend.dispatch('files.saveAs', { id: file.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/export it again/) } });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    await backend.close();
  });
});
