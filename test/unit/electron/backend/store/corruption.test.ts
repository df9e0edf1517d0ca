// A file that cannot be read is set aside in corrupt/ (never deleted), the newest good backup takes its place, the
// change log brings it up to date (recovery-replay.test.ts), and the user is told what happened; with no good backup
// and nothing in the log the part starts empty and the notice says where the file went.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createOrganisation, createTrip, filesUnder, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
let clock: ReturnType<typeof testClock>;
// Interval 0: a backup before every replace, so a few saves give a few backups.
const open = (): Promise<Store> => openStore({ dataDir: dir, clock, deviceId: 'desk1', backupIntervalMinutes: 0 });

beforeEach(async () => {
  dir = await makeDataDir();
  clock = testClock();
});
afterEach(() => removeDataDir(dir));

/**
 * Three saves of trip t1 (titles v1, v2, v3) and its event, then a save elsewhere so reopening redoes nothing there.
 * Each is checkpointed (flush), so each writes its data files and backs up the one before, as saves did before 010.
 */
async function history(): Promise<void> {
  const store = await open();
  await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'v1'), createEvent('e1', 't1', 'event v1')]);
  await store.flush();
  await store.apply([{ collection: 'trips', id: 't1', fields: { title: 'v2' } }, { collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'event v2' } }]);
  await store.flush();
  await store.apply([{ collection: 'trips', id: 't1', fields: { title: 'v3' } }, { collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'event v3' } }]);
  await store.flush();
  await store.apply([createOrganisation('o1', 'Acme')]);
  await store.close();
}

const file = (rel: string) => path.join(dir, ...rel.split('/'));

async function corruptFiles(): Promise<Map<string, string>> {
  const all = await filesUnder(dir);
  return new Map([...all].filter(([rel]) => rel.startsWith('corrupt/')));
}

const damage = {
  'garbage bytes': () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0x9f]),
  'valid JSON with an invalid record': (good: string) => Buffer.from(good.replace('"startDate":"2025-05-10"', '"startDate":"10/05/2025"')),
  'a truncated file': (good: string) => Buffer.from(good.slice(0, Math.floor(good.length / 2))),
};

describe('unreadable files', () => {
  for (const [kind, spoil] of Object.entries(damage)) {
    it(`sets aside ${kind}, restores the newest good backup, re-applies the log and says so`, async () => {
      await history();
      const rel = 'trips/index-2025.json';
      const bad = spoil(await fs.readFile(file(rel), 'utf8'));
      await fs.writeFile(file(rel), bad);
      const backupsBefore = [...(await filesUnder(dir)).keys()].filter((r) => r.startsWith('backups/'));

      const store = await open();
      expect((await store.all('trips')).map((t) => t.title)).toEqual(['v3']); // the backup held v2; the log adds v3
      const [notice] = store.notices();
      expect(notice!.level).toBe('warning');
      expect(notice!.message).toMatch(/The file trips\/index-2025\.json \(the list of trips starting in 2025\) could not be read/);
      expect(notice!.message).toMatch(/It was moved to corrupt\/trips\/index-2025\.[-\dTZ]+\.json/);
      expect(notice!.message).toMatch(/rebuilt from the backup of .* UTC and the change log \(1 later change re-applied\), so nothing should be missing/);
      await store.close();

      const aside = [...(await corruptFiles()).keys()];
      expect(aside).toHaveLength(1);
      expect((await fs.readFile(file(aside[0]!))).equals(bad)).toBe(true);
      const after = [...(await filesUnder(dir)).keys()];
      for (const b of backupsBefore) expect(after).toContain(b); // nothing deleted
      expect(store.dismissNotice(notice!.id)).toBe(true);

      const again = await open(); // the restored file now reads cleanly
      expect(again.notices()).toEqual([]);
      expect((await again.all('trips'))[0]!.title).toBe('v3');
      await again.close();
    });
  }

  it('skips a damaged backup and restores an older good one, for a file read lazily', async () => {
    await history();
    const backups = (await fs.readdir(file('backups/trips/t1.json'))).sort();
    expect(backups.length).toBe(2); // before v2 and before v3
    await fs.writeFile(file(`backups/trips/t1.json/${backups[1]}`), '{"schemaVersion":1,"events":');
    await fs.writeFile(file('trips/t1.json'), 'not json at all');
    await fs.rm(file('changes'), { recursive: true }); // without the log, what comes back is exactly the backup chosen

    const store = await open();
    expect(store.notices()).toEqual([]); // not read yet
    expect((await store.ofTrip('events', 't1')).map((e) => e.title)).toEqual(['event v1']);
    // Named by its title from the trip index, not by its file (issue 9, item 8).
    expect(store.notices()[0]!.message).toMatch(/^The itinerary, notes and follow-ups of the trip "v3" could not be read/);
    expect(store.notices()[0]!.message).not.toContain('trips/t1.json');
    await store.close();
    expect([...(await corruptFiles()).values()]).toEqual(['not json at all']);
  });

  it('starts the file empty when no backup is good, and names where the bad file went', async () => {
    await history();
    const later = await open(); // a later save elsewhere, so reopening has no organisation change to redo
    await later.apply([{ collection: 'trips', id: 't1', fields: { purpose: 'Trade' } }]);
    await later.close();
    const shard = (await fs.readdir(file('directory/organisations')))[0]!;
    const rel = `directory/organisations/${shard}`;
    await fs.writeFile(file(rel), '{"schemaVersion":1,"organisations":[{"id":"o1"}]}');
    await fs.rm(file('changes'), { recursive: true }); // nothing in the log to rebuild it from either

    const store = await open();
    expect(await store.all('organisations')).toEqual([]);
    const [notice] = store.notices();
    expect(notice!.level).toBe('error');
    expect(notice!.message).toContain(`The file ${rel} (part of the organisations list) could not be read`);
    expect(notice!.message).toMatch(/moved to corrupt\/directory\/organisations\/[0-9a-f]{2}\..+\.json/);
    expect(notice!.message).toContain('No readable backup of it was found, so it was started empty. Nothing was deleted');
    await store.apply([createOrganisation('o2', 'Beta')]);
    await store.close();
    expect([...(await corruptFiles()).values()]).toEqual(['{"schemaVersion":1,"organisations":[{"id":"o1"}]}']);
  });

  it('keeps the device identity when meta.json is lost', async () => {
    await history();
    await fs.writeFile(file('meta.json'), '');
    await fs.rm(file('backups/meta.json'), { recursive: true });
    const store = await openStore({ dataDir: dir, clock }); // no deviceId passed
    expect(store.deviceId).toBe('desk1');
    expect(store.notices()[0]!.message).toContain('the file is empty');
    await store.close();
  });
});
