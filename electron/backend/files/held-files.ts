// Files the backend made for the user (PDFs, documents, calendars, tables, backups) wait here until they are saved:
// the client gets a small handle ({ id, fileName, mime, size }) and asks to save or download that id, so the bytes
// never cross to the window (in Electron the backend writes the path main's save dialog chose; in browser mode the
// web server streams a download).
//
// Held in memory, not in temp files under the data folder: the bytes are already in memory when a file is made, the
// wait is seconds (export, then the save dialog), and nothing is left on disk by a crash — a temp file would keep a
// full unencrypted backup or a restricted briefing lying in the data folder until someone cleaned it up. A restarted
// backend has simply forgotten them (the client is told to export again). Memory stays bounded: files expire after
// HELD_TTL_MS, and past HELD_MAX_BYTES in all the oldest go first.
import { randomBytes } from 'node:crypto';
import type { ExportFile } from '../../../shared/contract';
import { BackendError } from '../errors';
import type { Clock } from '../store/types';

/** What an export builder makes: the file's name, type and content, before it is held. */
export interface MadeFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** A made file waits this long for its save; the dialog follows the export at once, so this is generous. */
export const HELD_TTL_MS = 15 * 60_000;
/** All held files together; a single larger file (a big backup) is still held, alone. */
export const HELD_MAX_BYTES = 256 * 1024 * 1024;

interface Held extends MadeFile {
  id: string;
  heldAt: number;
}

export interface HeldFilesOptions {
  ttlMs?: number;
  maxBytes?: number;
}

export class HeldFiles {
  /** In the order they were made (Map keeps insertion order), so the oldest is evicted first. */
  private readonly files = new Map<string, Held>();
  private total = 0;
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly clock: Clock,
    options: HeldFilesOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? HELD_TTL_MS;
    this.maxBytes = options.maxBytes ?? HELD_MAX_BYTES;
  }

  /** Keeps a made file and answers the handle the client gets instead of its bytes. */
  hold(file: MadeFile): ExportFile {
    this.sweep();
    const size = file.bytes.byteLength;
    for (const [id, held] of this.files) {
      if (this.total + size <= this.maxBytes) break;
      this.drop(id, held);
    }
    // Unguessable: in browser mode the id is part of a download address.
    const id = randomBytes(16).toString('base64url');
    this.files.set(id, { ...file, id, heldAt: this.clock.now() });
    this.total += size;
    this.scheduleSweep();
    return { id, fileName: file.fileName, mime: file.mime, size };
  }

  /** The held file, or a not-found error that tells the user to export again. */
  get(id: string): MadeFile & { id: string } {
    this.sweep();
    const held = this.files.get(id);
    if (!held) {
      throw new BackendError(
        'not-found',
        'This exported file is no longer available (files wait 15 minutes to be saved, and are forgotten when the app restarts). Nothing was saved; export it again.',
        { reason: 'file-expired', id },
      );
    }
    return { id: held.id, fileName: held.fileName, mime: held.mime, bytes: held.bytes };
  }

  /** Forgets a file once it has been saved or downloaded. */
  release(id: string): void {
    const held = this.files.get(id);
    if (held) this.drop(id, held);
  }

  /** Bytes held now (for tests and the bound). */
  heldBytes(): number {
    return this.total;
  }

  /** Forgets everything (the backend is closing). */
  clear(): void {
    this.files.clear();
    this.total = 0;
    clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
  }

  private drop(id: string, held: Held): void {
    this.files.delete(id);
    this.total -= held.bytes.byteLength;
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [id, held] of this.files) {
      if (now - held.heldAt < this.ttlMs) break; // the rest are younger
      this.drop(id, held);
    }
  }

  /** Expired files are also let go when nobody asks: one timer while anything is held, never keeping the process alive. */
  private scheduleSweep(): void {
    if (this.sweepTimer) return;
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = undefined;
      this.sweep();
      if (this.files.size > 0) this.scheduleSweep();
    }, this.ttlMs);
    this.sweepTimer.unref();
  }
}
