// Every collection the registry (shared/model/collections.ts) declares is stored, reopened, backed up, restored and
// merged like the others: each test runs once per entry or per declared reference, so a new collection is tested by
// being declared. The last block checks that the lists the store and backup use are the registry's, whole.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/backend';
import { collectAll } from '../../../../electron/backend/backup/collect';
import { BACKUP_COLLECTIONS, decodeBackup, encodeBackup } from '../../../../electron/backend/backup/format';
import { applyInBatches, restoreMutations } from '../../../../electron/backend/backup/restore';
import { validateBackup } from '../../../../electron/backend/backup/validate';
import { checkLinks } from '../../../../electron/backend/handlers/references';
import { openStore } from '../../../../electron/backend/store';
import { TripFileDoc } from '../../../../electron/backend/store/documents';
import { DIRECTORY_COLLECTIONS, TRIP_COLLECTIONS, tripFile } from '../../../../electron/backend/store/layout';
import { recordSchemas } from '../../../../electron/backend/store/plan';
import type { Store } from '../../../../electron/backend/store/types';
import { COLLECTION_NAMES, Collection, REFERENCES, collections, collectionsIn, referencedIds } from '../../../../shared/model';
import { makeDataDir, removeDataDir, testClock } from './store/fixtures';
import { TRIP, buildWorld, dupId, goneId, keepId, recordsOf, referenceValue } from './registry-world';

let dir: string;
let clock: ReturnType<typeof testClock>;
const open = (dataDir = dir): Promise<Store> => openStore({ dataDir, clock, deviceId: 'desk1' });
const withoutUpdatedAt = (records: Record<string, unknown>[]) => records.map(({ updatedAt: _u, ...r }) => r);

beforeEach(async () => {
  dir = await makeDataDir();
  clock = testClock();
});
afterEach(() => removeDataDir(dir));

describe.each(COLLECTION_NAMES)('the %s collection', (c) => {
  it('keeps every record, tombstones included, when the store is reopened', async () => {
    const store = await open();
    await buildWorld(store);
    const before = await recordsOf(store, c);
    await store.close();
    const again = await open();
    const after = await recordsOf(again, c);
    expect(after.map((r) => r.id)).toEqual([dupId(c), goneId(c), keepId(c)]);
    expect(after).toEqual(before);
    await again.close();
  });

  it('comes back whole from a backup restored into an empty data folder', async () => {
    const store = await open();
    await buildWorld(store);
    const original = await recordsOf(store, c);
    const bytes = await encodeBackup(await collectAll(store), { exportedAt: '2025-06-01T00:00:00.000Z', deviceId: 'desk1', appVersion: '0.0.0' });
    await store.close();

    const { header, data } = await decodeBackup(bytes);
    expect(header.counts[c]).toBe(3);
    const target = validateBackup(header, data);
    const otherDir = await makeDataDir();
    try {
      const fresh = await open(otherDir);
      await applyInBatches(fresh, restoreMutations(await collectAll(fresh), target));
      const restored = await recordsOf(fresh, c);
      expect(restored.find((r) => r.id === goneId(c))?.deleted).toBe(true);
      expect(withoutUpdatedAt(restored)).toEqual(withoutUpdatedAt(original));
      await fresh.close();
    } finally {
      await removeDataDir(otherDir);
    }
  });
});

const mergeable = REFERENCES.filter((r) => collections[r.to].home === 'directory');

describe('directory merges', () => {
  it('can merge every collection that a reference points at, except trip-scoped ones (no merge for those)', () => {
    expect(mergeable.length).toBeGreaterThan(0);
    for (const r of REFERENCES.filter((x) => !mergeable.includes(x))) expect(collections[r.to].home).toBe('trip');
  });

  it.each(mergeable.map((r) => [`${r.source}.${r.field}`, r.to, r] as const))('re-point %s when two %s are merged', async (_name, to, ref) => {
    const store = await open();
    await buildWorld(store);
    await store.close();

    const backend = await createBackend({ dataDir: dir, clock });
    const reply = await backend.dispatch(`${to}.merge`, { keepId: keepId(to), mergeIds: [dupId(to)] });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    await backend.close();

    const again = await open();
    const sources = (await recordsOf(again, ref.source)).filter((r) => !r.deleted && r.id !== dupId(to));
    expect(sources.length).toBeGreaterThan(0);
    for (const record of sources) {
      // Before the merge every one of these pointed at the duplicate; now each points at the record kept.
      expect(referencedIds(record, ref), `${ref.source} ${String(record.id)}`).toEqual([keepId(to)]);
    }
    // A tombstone is history: the merge leaves it as it was.
    expect(referencedIds((await recordsOf(again, ref.source)).find((r) => r.id === goneId(ref.source))!, ref)).toEqual([dupId(to)]);
    await again.close();
  });
});

describe('links to other records', () => {
  it.each(REFERENCES.map((r) => [`${r.source}.${r.field}`, r] as const))('%s must point at a live record', async (_name, ref) => {
    const store = await open();
    await buildWorld(store);
    const tripId = collections[ref.source].home === 'trip' ? TRIP : undefined;
    // A list of ids holds a live one beside the one tested; ids held inside a field are tested one at a time.
    const fields = (id: string) => ({ [ref.field]: ref.many && !ref.within ? [keepId(ref.to), id] : referenceValue(ref.source, ref.field, id) });
    await expect(checkLinks(store, ref.source, tripId, fields(keepId(ref.to)))).resolves.toBeUndefined();
    for (const dead of [goneId(ref.to), 'never-there']) {
      const refused = checkLinks(store, ref.source, tripId, fields(dead));
      await expect(refused).rejects.toMatchObject({ code: 'invalid-input', details: { issues: [{ path: ref.field }] } });
      await expect(refused).rejects.toThrow(`${ref.field}: the ${collections[ref.to].noun}`);
    }
    await store.close();
  });
});

describe('the lists derived from the registry', () => {
  it('route every collection to exactly one home, and the store, file shapes and backup cover every one', () => {
    const homes = [...collectionsIn('index'), ...collectionsIn('trip'), ...collectionsIn('directory')];
    expect([...homes].sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(Collection.options).toEqual(COLLECTION_NAMES);
    expect([...TRIP_COLLECTIONS, ...DIRECTORY_COLLECTIONS, ...collectionsIn('index')].sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(Object.keys(recordSchemas).sort()).toEqual([...COLLECTION_NAMES].sort());
    expect([...BACKUP_COLLECTIONS].sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(Object.keys(TripFileDoc.shape).filter((k) => k !== 'schemaVersion')).toEqual([...TRIP_COLLECTIONS]);
  });

  it('declare references to fields the schemas keep (the store drops unknown fields)', async () => {
    const store = await open();
    await buildWorld(store);
    for (const r of REFERENCES) {
      const [record] = (await recordsOf(store, r.source)).filter((x) => x.id === keepId(r.source));
      expect(record && referencedIds(record, r), `${r.source}.${r.field}`).toEqual([dupId(r.to)]);
    }
    await store.close();
  });

  it("loads a trip's file that lacks a section (written before that collection existed) without a migration", async () => {
    const store = await open();
    await buildWorld(store);
    await store.close();
    const file = path.join(dir, ...tripFile(TRIP).split('/'));
    const doc = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    const [dropped, ...kept] = TRIP_COLLECTIONS;
    delete doc[dropped!];
    await fs.writeFile(file, JSON.stringify(doc));

    const again = await open();
    expect(again.notices()).toEqual([]);
    expect(await again.ofTrip(dropped!, TRIP)).toEqual([]);
    for (const c of kept) expect((await again.ofTrip(c, TRIP)).map((r) => r.id)).toContain(keepId(c));
    await again.close();
  });

  it('restores a backup made before a collection existed: it held none of them', async () => {
    const store = await open();
    await buildWorld(store);
    const [newest] = TRIP_COLLECTIONS.slice(-1);
    const bytes = await encodeBackup(await collectAll(store), { exportedAt: '2025-06-01T00:00:00.000Z', deviceId: 'desk1', appVersion: '0.0.0' });
    await store.close();
    const { header, data: raw } = await decodeBackup(bytes);
    const [oneOfThem] = raw[newest!] as unknown[];
    delete raw[newest!];
    delete header.counts[newest!];
    const target = validateBackup(header, raw);
    expect(target[newest!]).toEqual([]);
    expect(target.trips.length).toBe(3);
    // One the header counts but the records lack is still damage.
    expect(() => validateBackup({ ...header, counts: { ...header.counts, [newest!]: 1 } }, raw)).toThrow(/damaged/);
    // And records of a collection the header does not count are too.
    const { [newest!]: _uncounted, ...counts } = header.counts;
    expect(() => validateBackup({ ...header, counts }, { ...raw, [newest!]: [oneOfThem] })).toThrow(/damaged/);
  });
});
