// How recovery reads the change log (replay.ts): once in full per open, shared by every file that needs it, segment by
// segment; a file that joins the read late, or asks after it, re-reads only the earlier segments that mention it.
import { describe, expect, it, vi } from 'vitest';
import type { ChangeLog } from '../../../../../electron/backend/store/change-log';
import { shardFile, shardOf } from '../../../../../electron/backend/store/layout';
import { ChangeReplay } from '../../../../../electron/backend/store/replay';
import type { Change } from '../../../../../shared/model';

const ids = Array.from({ length: 100 }, (_, i) => `org${i}`);
const a = ids[0]!;
const b = ids.find((id) => shardOf(id) !== shardOf(a))!;
const fileOf = (id: string) => shardFile('organisations', shardOf(id));
const rename = (id: string, en: string, at: string): Change => ({ collection: 'organisations', id, fields: { name: { en } }, hlc: at, device: 'd', at });

/** A log of three segments; segment 2 can be held back, and segment 3 cannot be read. */
function fakeLog() {
  const segments: Record<number, Change[]> = {
    1: [rename(a, 'A1', '2025-01-01T00:00:00.000Z'), rename(b, 'B1', '2025-01-01T00:00:00.000Z')],
    2: [rename(a, 'A2', '2025-02-01T00:00:00.000Z'), rename(b, 'B2', '2025-02-01T00:00:00.000Z')],
  };
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const reads: number[] = [];
  const log = {
    segments: () => [1, 2, 3],
    segmentRel: (seq: number) => `changes/d/${seq}.json`,
    async readSegment(seq: number) {
      reads.push(seq);
      if (seq === 2) await held;
      const changes = segments[seq];
      if (!changes) throw new Error('it is not valid JSON');
      return { changes, restored: false };
    },
  };
  return { log: log as unknown as ChangeLog, reads, release };
}

describe('ChangeReplay', () => {
  it('shares one read of the log, folds in log order, and re-reads only what a late joiner missed', async () => {
    const { log, reads, release } = fakeLog();
    const replay = new ChangeReplay(log, Promise.resolve());
    const first = replay.foldFor(fileOf(a));
    await vi.waitFor(() => expect(reads).toEqual([1, 2])); // the read has passed segment 1 and waits on segment 2
    const second = replay.foldFor(fileOf(b));
    release();
    const [fa, fb] = await Promise.all([first, second]);

    expect(fa.fold.get(`organisations/${a}`)).toMatchObject({ fields: { name: { en: 'A2' } }, ats: ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'] });
    expect(fb.fold.get(`organisations/${b}`)).toMatchObject({ fields: { name: { en: 'B2' } }, ats: ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'] });
    expect([...fb.fold.keys()]).toEqual([`organisations/${b}`]); // only its own file's records
    expect(reads).toEqual([1, 2, 3, 1]); // one full read, then segment 1 again for the file that joined after it
    expect(fa.incomplete).toEqual(['changes/d/3.json']); // unreadable: skipped and reported, not fatal

    await replay.foldFor(fileOf(a)); // asked after the full read: only the segments that mention it
    expect(reads).toEqual([1, 2, 3, 1, 1, 2]);
  });
});
