// Sync set up for the first time on a device whose change log already compacted (decision 010): with no sync place,
// nothing holds the log back, so the first seal cannot read every change ever made here. It seals every current
// record instead, and the other device receives all of it; from then on compaction keeps what sync has not sealed.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../electron/backend';
import { meeting, syncTestKit, trip } from './engine-helpers';

const { device, folder } = syncTestKit();
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('sync set up after the change log compacted', () => {
  it('seals the current records in place of the compacted changes, and the other device gets everything', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sync-compacted-'));
    dirs.push(dir);
    let now = Date.parse('2026-01-05T02:00:00Z');
    const clock = { now: () => (now += 1000) };
    const call = async (backend: Awaited<ReturnType<typeof createBackend>>, method: string, input: unknown) => {
      const reply = await backend.dispatch(method as never, input as never);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
      return reply.result as never;
    };
    let a = await createBackend({ dataDir: dir, clock });
    const t = await call(a, 'trips.create', trip) as { id: string };
    const ev = await call(a, 'events.create', meeting(t.id)) as { id: string };
    // Enough edits (~5 KB each) to fill several change-log segments; closing checkpoints and compacts them away.
    for (let i = 0; i < 60; i++) await call(a, 'trips.update', { id: t.id, patch: { purpose: `Draft ${i} `.repeat(450) } });
    await call(a, 'trips.update', { id: t.id, patch: { title: 'Final title', purpose: 'Final purpose' } });
    await a.close();
    const deviceId = (await readdir(path.join(dir, 'changes')))[0]!;
    expect((await readdir(path.join(dir, 'changes', deviceId))).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);

    a = await createBackend({ dataDir: dir, clock });
    try {
      const place = await folder();
      await call(a, 'sync.configure', { folder: place });
      await call(a, 'sync.now', {});
      const b = await device();
      await b.call('sync.configure', { folder: place });
      await b.call('sync.now', {});
      const got = await b.call('trips.get', { id: t.id });
      expect(got.trip).toMatchObject({ title: 'Final title', purpose: 'Final purpose' });
      expect(got.events.map((e) => e.id)).toEqual([ev.id]);

      // Later edits travel as changes again.
      await call(a, 'trips.update', { id: t.id, patch: { title: 'After sync' } });
      await call(a, 'sync.now', {});
      await b.call('sync.now', {});
      expect((await b.call('trips.get', { id: t.id })).trip.title).toBe('After sync');
    } finally {
      await a.close();
    }
  });
});
