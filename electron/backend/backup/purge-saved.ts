// Purging a deleted note's text from the backups the app itself saved in the data folder (exports/before-restore-*):
// each is unpacked, the note's body emptied, and packed again under its own header. Backups the user saved
// elsewhere are theirs to keep or delete; the app does not go looking for them.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type BackupData, decodeBackup, encodeBackup } from './format';
import { writeFileAtomically } from '../files/atomic-write';
import { PRIVATE_FILE_MODE } from '../store/private-files';
import { EXPORTS_DIR } from './save-file';

export interface SavedBackupsPurge {
  rewritten: number;
  /** Files that could not be unpacked (damaged, or encrypted): left as they are. */
  unreadable: string[];
}

export async function purgeNoteFromSavedBackups(dataDir: string, note: { tripId: string; noteId: string }): Promise<SavedBackupsPurge> {
  const dir = path.join(dataDir, EXPORTS_DIR);
  const result: SavedBackupsPurge = { rewritten: 0, unreadable: [] };
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.dpbackup'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let decoded: Awaited<ReturnType<typeof decodeBackup>>;
    try {
      decoded = await decodeBackup(await fs.readFile(file));
    } catch {
      result.unreadable.push(`${EXPORTS_DIR}/${name}`);
      continue;
    }
    const { header, data } = decoded;
    const notes = Array.isArray(data.notes) ? (data.notes as { id?: unknown; tripId?: unknown; body?: unknown }[]) : [];
    let changed = false;
    data.notes = notes.map((n) => {
      if (n?.id !== note.noteId || n.tripId !== note.tripId || typeof n.body !== 'string' || n.body === '') return n;
      changed = true;
      return { ...n, body: '' };
    });
    if (!changed) continue;
    const bytes = await encodeBackup(data as unknown as BackupData, { exportedAt: header.exportedAt, deviceId: header.deviceId, appVersion: header.appVersion });
    await writeFileAtomically(file, bytes, { mode: PRIVATE_FILE_MODE });
    result.rewritten++;
  }
  return result;
}
