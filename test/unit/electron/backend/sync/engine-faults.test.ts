// Sync faults on real backends: the folder vanishing mid-sync, a rename refused once, a damaged batch, a wrong clock.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Device } from './engine-helpers';
import { syncTestKit, trip } from './engine-helpers';

const kit = syncTestKit();

async function pair(startB?: number): Promise<{ a: Device; b: Device; folder: string }> {
  const folder = await kit.folder();
  const a = await kit.device();
  const b = await kit.device(startB);
  await a.call('sync.configure', { folder });
  await b.call('sync.configure', { folder });
  return { a, b, folder };
}

const titles = async (d: Device) => (await d.call('trips.list', {})).map((t) => t.title);

describe('sync engine faults', () => {
  it('the folder disappears between push and pull: a clear problem, nothing changed, a later sync completes', async () => {
    const { a, b, folder } = await pair();
    await a.call('trips.create', trip);
    let vanish = true;
    a.seams.wrap = (t) => ({
      name: t.name,
      push: (batch) => t.push(batch),
      async pull(applied) {
        if (vanish) await fs.rm(folder, { recursive: true, force: true });
        vanish = false;
        return t.pull(applied);
      },
    });
    const report = await a.call('sync.now', {});
    expect(report.problems.join(' ')).toMatch(/nothing was changed/i);
    expect(await titles(a)).toEqual([trip.title]);

    // Still missing: the push says so, and nothing is lost.
    const missing = await a.call('sync.now', {});
    expect(missing.problems[0]).toBe(`The sync folder ${folder} was not found. Nothing was changed; check that the drive is connected, then sync again.`);

    await fs.mkdir(folder);
    expect((await a.call('sync.now', {})).sent).toBe(1);
    await b.call('sync.now', {});
    expect(await titles(b)).toEqual([trip.title]);
  });

  it('retries a rename refused once with EPERM', async () => {
    const { a, b } = await pair();
    let refusals = 0;
    a.seams.folderFs = {
      ...fs,
      rename: async (from, to) => {
        if (refusals++ === 0) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
        return fs.rename(from, to);
      },
    };
    await a.call('trips.create', trip);
    const report = await a.call('sync.now', {});
    expect(report).toMatchObject({ sent: 1, problems: [] });
    expect(refusals).toBe(2);
    await b.call('sync.now', {});
    expect(await titles(b)).toEqual([trip.title]);
  });

  it('reports a batch with a wrong hash, stops that stream, and applies it once repaired', async () => {
    const { a, b, folder } = await pair();
    await a.call('trips.create', trip);
    await a.call('sync.now', {});
    await a.call('trips.create', { ...trip, title: 'Second trip' });
    await a.call('sync.now', {});
    const dir = path.join(folder, 'DelegationSync', 'devices');
    const [device] = await fs.readdir(dir);
    const file = path.join(dir, device!, '000000000001.json');
    const good = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, good.replace(trip.title, 'Tampered title'));

    const report = await b.call('sync.now', {});
    expect(report.problems.join(' ')).toMatch(/does not match its checksum/);
    expect(report.received).toEqual([]);
    expect(await titles(b)).toEqual([]);

    await fs.writeFile(file, good);
    const repaired = await b.call('sync.now', {});
    expect(repaired.problems).toEqual([]);
    expect((await titles(b)).sort()).toEqual([trip.title, 'Second trip'].sort());
  });

  it('caps and reports a far-future clock on another device', async () => {
    const tenDays = 10 * 24 * 3600 * 1000;
    const { a, b } = await pair(Date.parse('2026-01-05T02:00:00Z') + tenDays);
    await b.call('trips.create', trip);
    await b.call('sync.now', {});
    const report = await a.call('sync.now', {});
    expect(report.problems.join(' ')).toMatch(/clock is about 10 day\(s\) ahead/);
    expect(await titles(a)).toEqual([trip.title]);
    // A's own edit afterwards is stamped at most a day ahead, so it loses to the far-future value (decision 004);
    // both devices show the same title and A's lost edit is listed for review, not dropped silently.
    const [t] = await a.call('trips.list', {});
    await a.call('trips.update', { id: t!.id, patch: { title: 'Edited on A' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    expect(await titles(a)).toEqual([trip.title]);
    expect(await titles(b)).toEqual([trip.title]);
    const items = await a.call('sync.review', {});
    expect(items.map((i) => i.other.value)).toContain('Edited on A');
    await a.call('sync.resolve', { id: items.find((i) => i.other.value === 'Edited on A')!.id, keep: 'other' });
  });
});
