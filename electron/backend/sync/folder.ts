// The folder transport: batches as files in a folder every device can reach (network share, USB stick, cloud drive).
// Layout: <folder>/DelegationSync/devices/<deviceId>/<seq, 12 digits>.json. A device writes only its own directory,
// each file once, with the one atomic write (temp, fsync, rename, folder fsync); readers skip every name they do not
// expect (desktop.ini, "conflicted copy" files, temp files) and never take a missing folder for deleted data. No lock
// files: nothing is ever rewritten.
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import type { Applied, Batch, BatchProblem } from '../../../shared/domain/sync/batch';
import type { PullResult, SyncTransport } from '../../../shared/domain/sync/transport';
import { writeFileAtomically } from '../files/atomic-write';

/** The file operations the transport uses, so tests can make a rename fail or the folder vanish. */
export type FolderFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'rename' | 'readdir' | 'readFile' | 'stat' | 'rm'>;

export const SYNC_DIR = 'DelegationSync';
const BATCH_NAME = /^(\d{12})\.json$/;
const DEVICE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * A batch file larger than this is not read: reading it would hold the thread that answers calls for seconds and take
 * gigabytes (a string cannot even exceed about 512 MB). It is far above what a sync batch of this app holds.
 */
export const MAX_BATCH_MB = 256;

export class SyncFolderMissingError extends Error {
  constructor(readonly folder: string) {
    super(`The sync folder ${folder} cannot be found (is the drive or USB stick connected?). Nothing was sent; your changes are kept and will be sent at the next sync.`);
    this.name = 'SyncFolderMissingError';
  }
}

export function batchFileName(seq: number): string {
  return `${String(seq).padStart(12, '0')}.json`;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? '';
}

export class FolderTransport implements SyncTransport {
  readonly name = 'folder';
  readonly destination: string;

  constructor(
    /** The folder the user chose; DelegationSync/ is created inside it. */
    private readonly folder: string,
    private readonly device: string,
    private readonly fs: FolderFs = nodeFs,
  ) {
    if (!DEVICE_NAME.test(device)) throw new Error(`not a device id: ${device}`);
    this.destination = `folder:${path.resolve(folder)}`;
  }

  private devicesDir(): string {
    return path.join(this.folder, SYNC_DIR, 'devices');
  }

  async push(batch: Batch): Promise<void> {
    if (batch.device !== this.device) throw new Error(`device ${this.device} may only write its own directory, not ${batch.device}'s`);
    // The chosen folder itself is never created: if it is missing, the drive is not there.
    try {
      await this.fs.stat(this.folder);
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') throw new SyncFolderMissingError(this.folder);
      throw error;
    }
    const dir = path.join(this.devicesDir(), this.device);
    await this.fs.mkdir(dir, { recursive: true });
    // Written once and never rewritten; the temp file is a dot file that readers skip.
    await writeFileAtomically(path.join(dir, batchFileName(batch.seq)), JSON.stringify(batch), { fs: this.fs });
  }

  async published(): Promise<number> {
    let names: string[];
    try {
      names = await this.fs.readdir(path.join(this.devicesDir(), this.device));
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return 0; // a fresh folder: everything is to be sent
      throw error;
    }
    const seqs = new Set(names.flatMap((name) => (BATCH_NAME.test(name) ? [Number(BATCH_NAME.exec(name)![1])] : [])));
    let held = 0;
    while (seqs.has(held + 1)) held++;
    return held;
  }

  async pull(applied: Applied): Promise<PullResult> {
    const candidates: unknown[] = [];
    const problems: BatchProblem[] = [];
    let devices: string[];
    try {
      devices = await this.fs.readdir(this.devicesDir());
    } catch (error) {
      if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw error;
      // Nothing there means nothing new, never that everything was deleted.
      problems.push({ kind: 'folder-missing', message: `The sync folder ${this.folder} has no ${SYNC_DIR} data (or cannot be reached); nothing new was read and nothing was changed.` });
      return { candidates, problems };
    }
    for (const device of devices.sort()) {
      if (device === this.device || !DEVICE_NAME.test(device)) continue;
      await this.pullDevice(device, applied[device] ?? 0, candidates, problems);
    }
    return { candidates, problems };
  }

  private async pullDevice(device: string, after: number, candidates: unknown[], problems: BatchProblem[]): Promise<void> {
    const dir = path.join(this.devicesDir(), device);
    let names: string[];
    try {
      names = await this.fs.readdir(dir);
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return; // a stray file named like a device, or gone
      throw error;
    }
    const seqs = new Set<number>();
    for (const name of names) {
      const m = BATCH_NAME.exec(name);
      if (m) seqs.add(Number(m[1]));
    }
    let seq = after + 1;
    for (; seqs.has(seq); seq++) {
      const file = path.join(dir, batchFileName(seq));
      let parsed: unknown;
      try {
        const { size } = await this.fs.stat(file);
        if (size > MAX_BATCH_MB * 1024 * 1024) {
          const mb = Math.round(size / (1024 * 1024));
          problems.push({
            kind: 'unreadable',
            device,
            seq,
            message: `The file ${file} is ${mb} MB, larger than any sync batch (at most ${MAX_BATCH_MB} MB), so it was not read and nothing from it was applied; device ${device}'s later batches wait for it. Ask whoever uses that device to sync again into a fresh folder, or remove the file if it does not belong there.`,
          });
          return;
        }
        parsed = JSON.parse(await this.fs.readFile(file, 'utf8'));
      } catch (error) {
        if (code(error) === 'ENOENT') break; // vanished between listing and reading: next time
        problems.push({ kind: 'unreadable', device, seq, message: `The file ${file} cannot be read yet (still copying, or damaged); device ${device}'s later batches wait for it and it will be read again at the next sync.` });
        return;
      }
      const named = parsed as { device?: unknown; seq?: unknown } | null;
      if (named?.device !== device || named.seq !== seq) {
        problems.push({ kind: 'wrong-place', device, seq, message: `The file ${file} holds a batch that belongs elsewhere; device ${device}'s later batches wait until it is put right.` });
        return;
      }
      candidates.push(parsed);
    }
    if ([...seqs].some((s) => s > seq)) {
      problems.push({ kind: 'gap', device, seq, message: `Batch ${seq} from device ${device} is not in the sync folder yet, so its later batches wait; they will be read once it arrives.` });
    }
  }
}
