// A backup is unpacked and parsed off the thread that answers calls, within bounds (issue 9, item 3): a small file
// that unpacks to hundreds of megabytes of records (a "gzip bomb") is refused within 5 s in words, nothing changes,
// and the backend answers other calls meanwhile.
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../helpers/tmp';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';
import { workerEntry } from '../../../../../electron/backend/workers/worker-entry';

let t: TestBackend;
// Run from the sources, the worker is bundled on first use; the built app ships it ready, so timings start after.
beforeAll(() => workerEntry(), 60_000);
beforeEach(async () => {
  t = await openTestBackend();
  await t.call('trips.create', { title: 'Kept', startDate: '2026-05-01', endDate: '2026-05-03', homeTimeZone: 'Asia/Hong_Kong', memberIds: [], legs: [] });
});
afterEach(async () => {
  await t.close();
});

/**
 * About `megabytes` MB of `{},` in a backup's trips, made of gzip members (a reader unpacks them as one stream), so the
 * file itself is a few hundred KB and costs the test no memory to make.
 */
function gzipBomb(megabytes: number): string {
  const chunk = gzipSync(Buffer.alloc(1024 * 1024 - 1, '{},'), { level: 9 });
  const parts = [gzipSync('{"header":{"format":"delegation-planner-backup","schemaVersion":1},"data":{"trips":[')];
  for (let i = 0; i < megabytes; i++) parts.push(chunk);
  parts.push(gzipSync('{}]}}'));
  return Buffer.concat(parts).toString('base64');
}

describe('backup.restore of a gzip bomb', () => {
  it('is refused when it unpacks past 256 MB, however well it packs', async () => {
    // 257 MB of varied text packs about 4 times, so only the size bound stops it.
    const noise = Buffer.alloc(257 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = 97 + ((i * 2654435761) >>> 28);
    const base64 = gzipSync(noise, { level: 1 }).toString('base64');
    const reply = await t.backend.dispatch('backup.restore', { base64, replace: true });
    expect(reply).toMatchObject({ ok: false, error: { details: { reason: 'damaged', why: 'it unpacks to more than 256 MB, which no backup of this app reaches' } } });
  }, 120_000);

  it('is refused within 5 s without unpacking it all, and other calls are answered meanwhile', async () => {
    const base64 = gzipBomb(400);
    expect(base64.length).toBeLessThan(5_000_000);
    await t.backend.settle();
    const before = await snapshot(t.dir);
    const started = performance.now();
    const restore = t.backend.dispatch('backup.restore', { base64, replace: true });
    const other = await t.backend.dispatch('trips.list', {});
    const otherMs = performance.now() - started;
    const reply = await restore;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(other).toMatchObject({ ok: true, result: [{ title: 'Kept' }] });
    expect(otherMs).toBeLessThan(5000);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { reason: 'damaged' } } });
    if (!reply.ok) {
      expect(reply.error.message).toBe('This backup file is damaged (it unpacks to more than 200 times its size, which no backup of this app does). Nothing was changed; your data is as it was.');
    }
    expect(await snapshot(t.dir)).toEqual(before);
  });
});
