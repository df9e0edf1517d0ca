// A new place to sync through gets this device's whole history: switching to another folder or database, a fresh
// folder for a new team passphrase, a batch file someone deleted. Real backends, real folders, a real stand-in server.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPouchServer } from '../../../helpers/pouchdb-server';
import type { PouchServer } from '../../../helpers/pouchdb-server';
import type { Device } from './engine-helpers';
import { meeting, syncTestKit, trip } from './engine-helpers';

const { device, folder } = syncTestKit();

/** A's history in three batches: a trip, a meeting in it, a note on the meeting. */
async function history(a: Device): Promise<{ tripId: string }> {
  const t = await a.call('trips.create', trip);
  await a.call('sync.now', {});
  const ev = await a.call('events.create', meeting(t.id));
  await a.call('sync.now', {});
  await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'The bureau wants a joint AI lab.' });
  expect((await a.call('sync.now', {})).sent).toBe(1);
  return { tripId: t.id };
}

async function expectWholeHistory(b: Device, tripId: string): Promise<void> {
  const detail = await b.call('trips.get', { id: tripId });
  expect(detail.trip.title).toBe(trip.title);
  expect(detail.events.map((e) => e.title)).toEqual(['Meeting with Alibaba Cloud']);
  expect(detail.notes.map((n) => n.body)).toEqual(['The bureau wants a joint AI lab.']);
}

const idOf = async (d: Device) => (await d.call('sync.status', {})).deviceId;
const batchFiles = async (root: string, deviceId: string) => (await fs.readdir(path.join(root, 'DelegationSync', 'devices', deviceId))).filter((n) => n.endsWith('.json')).sort();

describe('sync to a new place', () => {
  it('a device that switches to an empty folder publishes its whole history there; a device joining it gets everything', async () => {
    const [f1, f2] = [await folder(), await folder()];
    const a = await device();
    await a.call('sync.configure', { folder: f1 });
    const { tripId } = await history(a);

    await a.call('sync.configure', { folder: f2 });
    expect((await a.call('sync.now', {})).sent).toBe(3);
    expect(await batchFiles(f2, (await idOf(a)))).toEqual(['000000000001.json', '000000000002.json', '000000000003.json']);

    const b = await device();
    await b.call('sync.configure', { folder: f2 });
    const report = await b.call('sync.now', {});
    expect(report.problems).toEqual([]);
    await expectWholeHistory(b, tripId);
    // Back to the first folder: it already holds everything, so nothing is sent twice.
    await a.call('sync.configure', { folder: f1 });
    expect((await a.call('sync.now', {})).sent).toBe(0);
  });

  it('sends again a batch file that was deleted from the folder, so the devices waiting for it continue', async () => {
    const f = await folder();
    const a = await device();
    await a.call('sync.configure', { folder: f });
    const { tripId } = await history(a);
    await fs.rm(path.join(f, 'DelegationSync', 'devices', (await idOf(a)), '000000000001.json'));

    const b = await device();
    await b.call('sync.configure', { folder: f });
    expect((await b.call('sync.now', {})).problems.join(' ')).toMatch(/Batch 1 from device .* is not in the sync folder yet/);
    expect((await a.call('sync.now', {})).sent).toBe(3);
    expect((await b.call('sync.now', {})).problems).toEqual([]);
    await expectWholeHistory(b, tripId);
  });

  it('turning a team passphrase on with a fresh folder: the whole history goes there encrypted and a new device reads it', async () => {
    const [plain, fresh] = [await folder(), await folder()];
    const a = await device();
    await a.call('sync.configure', { folder: plain });
    const { tripId } = await history(a);

    await a.call('sync.configure', { folder: fresh, passphrase: 'harbour lights 2026' });
    expect((await a.call('sync.now', {})).sent).toBe(3);
    for (const name of await batchFiles(fresh, (await idOf(a)))) {
      const text = await fs.readFile(path.join(fresh, 'DelegationSync', 'devices', (await idOf(a)), name), 'utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'dp-encrypted-batch' });
      expect(text).not.toContain('Alibaba');
    }

    const b = await device();
    await b.call('sync.configure', { folder: fresh, passphrase: 'harbour lights 2026' });
    expect((await b.call('sync.now', {})).problems).toEqual([]);
    await expectWholeHistory(b, tripId);
  });
});

describe('sync to a new server database', () => {
  let server: PouchServer;
  beforeAll(async () => {
    server = await startPouchServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a device that switches to another database publishes its whole history there', async () => {
    const a = await device();
    await a.call('sync.configure', { server: { url: server.url, database: 'team-old' } });
    const { tripId } = await history(a);

    await a.call('sync.configure', { server: { url: server.url, database: 'team-new' } });
    expect((await a.call('sync.now', {})).sent).toBe(3);
    const b = await device();
    await b.call('sync.configure', { server: { url: server.url, database: 'team-new' } });
    expect((await b.call('sync.now', {})).problems).toEqual([]);
    await expectWholeHistory(b, tripId);
  });
});
