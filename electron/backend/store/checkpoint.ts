// The checkpoint marker (decision 010): which logged changes the data files hold. Written after a checkpoint's data
// files and their folders are fsynced, so on open every group after `seq` is redone and nothing before it need be.
// It also keeps what compaction must leave for sync (`keepAfter`), so that holds across restarts.
import { z } from 'zod';
import { readTextIfExists, replaceFile } from './durable-file';
import { absolute, checkpointFile } from './layout';

const Marker = z.object({
  schemaVersion: z.literal(1),
  /** Every logged change up to this seq is in the data files. */
  seq: z.number().int().min(0),
  /** The clock's high-water mark when it was written (the log may be compacted to nothing before the next save). */
  lastHlc: z.string().optional(),
  /** Sync has sealed the changes up to this seq and needs the ones after it; absent when no sync place holds it back. */
  keepAfter: z.number().int().min(0).optional(),
});
export type Marker = z.infer<typeof Marker>;

export class CheckpointMarker {
  private written: Marker | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly deviceId: string,
  ) {}

  private get file(): string {
    return absolute(this.dataDir, checkpointFile(this.deviceId));
  }

  /** The marker on disk; undefined when there is none or it cannot be read (then the whole log is redone: safe). */
  async read(): Promise<Marker | undefined> {
    const text = await readTextIfExists(this.file);
    if (text === null) return undefined;
    try {
      const checked = Marker.safeParse(JSON.parse(text));
      this.written = checked.success ? checked.data : undefined;
    } catch {
      this.written = undefined;
    }
    return this.written;
  }

  current(): Marker | undefined {
    return this.written;
  }

  /** Writes the marker (atomically, folder fsynced) unless it already says this. */
  async write(next: Marker): Promise<void> {
    const w = this.written;
    if (w && w.seq === next.seq && w.keepAfter === next.keepAfter && w.lastHlc === next.lastHlc) return;
    await replaceFile(this.file, JSON.stringify(next));
    this.written = next;
  }
}
