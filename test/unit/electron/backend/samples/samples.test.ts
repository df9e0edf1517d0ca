// Checks the sample trips: valid records, events inside their trip and legs, resolvable references, idempotent loading.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COLLECTION_NAMES, Trip, collections, collectionsIn } from '../../../../../shared/model';
import type { Change, Collection } from '../../../../../shared/model';
import { buildSample, instantToLocalDate, localToInstant } from '../../../../../electron/backend/samples/build';
import { listSamples, loadSamples, sampleKeysLoaded, samples } from '../../../../../electron/backend/samples';
import type { SampleTrip } from '../../../../../electron/backend/samples/types';
import type { IndexCollection, Mutation, PurgeReport, RecordTypes, Store, StoreMeta, TripCollection } from '../../../../../electron/backend/store/types';

// The shared schemas of every collection the registry declares (not the store's own code, which this must not rely on).
const schemas = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, collections[c].schema])) as unknown as Record<Collection, z.ZodObject>;
const tripCollections: readonly string[] = collectionsIn('trip');

type Row = Record<string, unknown> & { id: string };

/**
 * A small in-memory Store that behaves like the contract says apply does: validates every resulting record against the
 * shared schema (rejecting unknown fields too, to catch typos the real store might silently drop), stamps the meta
 * fields, and applies a batch all or nothing. The real store is written elsewhere; these tests must not depend on it.
 */
class FakeStore implements Store {
  readonly deviceId = 'test-device';
  readonly data = new Map<Collection, Map<string, Row>>(Object.keys(schemas).map((c) => [c as Collection, new Map()]));
  readonly log: Change[] = [];
  applyCalls = 0;
  private tick = Date.parse('2025-06-01T00:00:00Z');

  notices() {
    return [];
  }
  dismissNotice(): boolean {
    return false;
  }
  onNotice(): () => void {
    return () => undefined;
  }
  meta(): StoreMeta {
    return { schemaVersion: 1, deviceId: this.deviceId, createdAt: '2025-06-01T00:00:00.000Z', samplesAnswered: false };
  }
  async setMeta(): Promise<void> {}
  async applyRemote(): Promise<{ applied: never[]; held: never[] }> {
    return { applied: [], held: [] };
  }
  async purgeNoteText(): Promise<PurgeReport> {
    return { logEntries: 0, keptForSync: 0, backupsRewritten: 0, backupsRemoved: 0, unreadable: [] };
  }

  onChanges(): () => void {
    return () => undefined;
  }
  async all<C extends IndexCollection>(collection: C): Promise<RecordTypes[C][]> {
    return [...this.data.get(collection)!.values()] as unknown as RecordTypes[C][];
  }
  async ofTrip<C extends TripCollection>(collection: C, tripId: string): Promise<RecordTypes[C][]> {
    return [...this.data.get(collection)!.values()].filter((r) => r.tripId === tripId) as unknown as RecordTypes[C][];
  }
  async get<C extends Collection>(collection: C, id: string): Promise<RecordTypes[C] | undefined> {
    return this.data.get(collection)!.get(id) as unknown as RecordTypes[C] | undefined;
  }
  async apply(mutations: Mutation[]): Promise<Change[]> {
    this.applyCalls++;
    const staged = new Map<Collection, Map<string, Row>>([...this.data].map(([c, rows]) => [c, new Map(rows)]));
    const changes: Change[] = [];
    for (const m of mutations) {
      const at = new Date(this.tick++).toISOString();
      const fields = m.fields as Record<string, unknown>;
      for (const stamped of ['createdAt', 'updatedAt']) {
        if (stamped in fields) throw new Error(`${m.collection}/${m.id}: ${stamped} is the store's to set`);
      }
      if (fields.id !== undefined && fields.id !== m.id) throw new Error(`${m.collection}/${m.id}: fields.id differs from the mutation id`);
      if (tripCollections.includes(m.collection)) {
        if (!m.tripId || fields.tripId !== m.tripId) throw new Error(`${m.collection}/${m.id}: needs a matching tripId`);
        if (!staged.get('trips')!.has(m.tripId)) throw new Error(`${m.collection}/${m.id}: trip ${m.tripId} does not exist`);
      }
      const rows = staged.get(m.collection)!;
      const previous = rows.get(m.id);
      const merged = previous
        ? { ...previous, ...fields, updatedAt: at }
        : { deleted: false, ...fields, id: m.id, createdAt: at, updatedAt: at };
      const schema = schemas[m.collection];
      const unknown = Object.keys(merged).filter((k) => !(k in schema.shape));
      if (unknown.length > 0) throw new Error(`${m.collection}/${m.id}: unknown fields ${unknown.join(', ')}`);
      const parsed = schema.safeParse(merged);
      if (!parsed.success) throw new Error(`${m.collection}/${m.id} is invalid: ${parsed.error.message}`);
      rows.set(m.id, parsed.data as Row);
      const change: Change = { collection: m.collection, id: m.id, fields, hlc: `${this.tick}`, device: this.deviceId, at };
      if (m.tripId !== undefined) change.tripId = m.tripId;
      changes.push(change);
    }
    for (const [c, rows] of staged) this.data.set(c, rows);
    this.log.push(...changes);
    return changes;
  }
  async changes(): Promise<Change[]> {
    return [...this.log];
  }
  async flush(): Promise<void> {}
  oldestSeq(): number {
    return 1;
  }
  lastSeq(): number {
    return 0;
  }
  async keepChangesAfter(): Promise<void> {}
  async compact(): Promise<void> {}
  async changesFromRecords(): Promise<{ changes: Change[]; throughSeq: number }> {
    return { changes: [], throughSeq: 0 };
  }
  async close(): Promise<void> {}

  rows<C extends Collection>(collection: C): RecordTypes[C][] {
    return [...this.data.get(collection)!.values()] as unknown as RecordTypes[C][];
  }
  count(): number {
    return [...this.data.values()].reduce((n, rows) => n + rows.size, 0);
  }
}

async function loadedStore(): Promise<{ store: FakeStore; trips: Trip[] }> {
  const store = new FakeStore();
  const trips = await loadSamples(store);
  return { store, trips };
}

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

describe('listSamples', () => {
  it('lists every sample once, with dates matching the trip it loads', () => {
    const list = listSamples();
    expect(list.map((s) => s.key)).toEqual(samples.map((s) => s.key));
    expect(new Set(list.map((s) => s.key)).size).toBe(list.length);
    expect(list.map((s) => s.key)).toEqual(
      expect.arrayContaining(['oases-hangzhou-shanghai-2025', 'hkstp-beijing-2025', 'cyberport-beijing-symposium-2024', 'oases-signing-ceremony']),
    );
    for (const s of list) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.summary.length).toBeGreaterThan(0);
      expect(s.startDate <= s.endDate).toBe(true);
    }
    expect(list.find((s) => s.key === 'oases-signing-ceremony')).toBeDefined();
    expect(samples.find((s) => s.key === 'oases-signing-ceremony')!.purpose).toMatch(/date illustrative/i);
  });
});

describe('loadSamples', () => {
  it('loads every sample as valid records, one apply per trip', async () => {
    const { store, trips } = await loadedStore();
    expect(trips.map((t) => t.sampleKey)).toEqual(samples.map((s) => s.key));
    expect(store.applyCalls).toBe(samples.length);
    for (const trip of trips) {
      expect(Trip.safeParse(trip).success).toBe(true);
      const sample = samples.find((s) => s.key === trip.sampleKey)!;
      expect([trip.title, trip.startDate, trip.endDate]).toEqual([sample.title, sample.startDate, sample.endDate]);
      expect(store.rows('events').some((e) => e.tripId === trip.id)).toBe(true);
    }
    expect(sampleKeysLoaded(store.rows('trips'))).toEqual(new Set(samples.map((s) => s.key)));
  });

  it('puts every event inside its trip, on a day one of its legs covers, in a zone the trip uses', async () => {
    const { store, trips } = await loadedStore();
    for (const trip of trips) {
      const zones = new Set([trip.homeTimeZone, ...trip.legs.map((l) => l.timeZone)]);
      for (const e of store.rows('events').filter((r) => r.tripId === trip.id)) {
        const where = `${trip.sampleKey}: ${e.title}`;
        const startDay = instantToLocalDate(e.start, e.timeZone);
        const endDay = instantToLocalDate(e.end, e.endTimeZone ?? e.timeZone);
        expect(e.start.endsWith('Z') && e.end.endsWith('Z'), where).toBe(true);
        expect(e.start < e.end, where).toBe(true);
        expect(startDay >= trip.startDate && endDay <= trip.endDate, where).toBe(true);
        expect(trip.legs.some((l) => l.startDate <= startDay && startDay <= l.endDate), where).toBe(true);
        expect(zones.has(e.timeZone) && zones.has(e.endTimeZone ?? e.timeZone), where).toBe(true);
      }
    }
  });

  it('keeps events within a trip in time order without overlaps for the same member', async () => {
    const { store, trips } = await loadedStore();
    for (const trip of trips) {
      const events = store.rows('events').filter((r) => r.tripId === trip.id);
      for (const member of trip.memberIds) {
        const mine = events.filter((e) => e.memberIds.includes(member)).sort((a, b) => a.start.localeCompare(b.start));
        for (let i = 1; i < mine.length; i++) expect(mine[i - 1]!.end <= mine[i]!.start, `${trip.sampleKey}: ${mine[i]!.title}`).toBe(true);
      }
    }
  });

  it('resolves every cross-reference', async () => {
    const { store, trips } = await loadedStore();
    const ids = (c: Collection) => new Set(store.rows(c).map((r) => r.id));
    const [members, orgs, contacts] = [ids('members'), ids('organisations'), ids('contacts')];
    for (const c of store.rows('contacts')) if (c.organisationId) expect(orgs.has(c.organisationId)).toBe(true);
    for (const trip of trips) {
      expect(trip.memberIds.every((id) => members.has(id))).toBe(true);
      const ranks = trip.memberIds.map((id) => store.rows('members').find((m) => m.id === id)!.rank);
      expect(ranks, `${trip.sampleKey} lists its leader first`).toEqual([...ranks].sort((a, b) => a - b));
      const events = store.rows('events').filter((e) => e.tripId === trip.id);
      const eventIds = new Set(events.map((e) => e.id));
      for (const e of events) {
        expect(e.memberIds.every((id) => trip.memberIds.includes(id)), e.title).toBe(true);
        expect(e.contactIds.every((id) => contacts.has(id)), e.title).toBe(true);
        expect(e.organisationIds.every((id) => orgs.has(id)), e.title).toBe(true);
      }
      for (const n of store.rows('notes').filter((r) => r.tripId === trip.id)) {
        expect(eventIds.has(n.eventId)).toBe(true);
        if (n.authorId) expect(trip.memberIds).toContain(n.authorId);
      }
      const followUps = store.rows('followups').filter((r) => r.tripId === trip.id);
      expect(followUps.length).toBeGreaterThan(0);
      for (const f of followUps) {
        if (f.ownerId) expect(trip.memberIds).toContain(f.ownerId);
        if (f.organisationId) expect(orgs.has(f.organisationId)).toBe(true);
        if (f.eventId) expect(eventIds.has(f.eventId)).toBe(true);
      }
    }
  });

  it('carries the outcomes and Chinese notes the articles support', async () => {
    const { store } = await loadedStore();
    const outcomes = store.rows('followups').map((f) => f.outcome);
    expect(outcomes.some((o) => o.mou?.date === '2024-09-20' && o.mou.parties.length === 3)).toBe(true);
    expect(outcomes.some((o) => o.investmentHkd === 4_000_000)).toBe(true);
    expect(outcomes.some((o) => o.jobs === 10)).toBe(true);
    expect(store.rows('notes').some((n) => n.body.includes('科學技術'))).toBe(true);
    expect(store.rows('notes').filter((n) => hasHan(n.body)).length).toBeGreaterThanOrEqual(3);
    const statuses = new Set(store.rows('followups').map((f) => f.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('shares directory records between samples instead of duplicating them', async () => {
    const { store } = await loadedStore();
    const named = (c: 'members' | 'organisations' | 'contacts', en: string) => store.rows(c).filter((r) => r.name.en === en);
    expect(named('members', 'Peter Yan')).toHaveLength(1);
    expect(named('organisations', 'Office for Attracting Strategic Enterprises (OASES)')).toHaveLength(1);
    expect(named('organisations', 'Invest Hong Kong (InvestHK)')).toHaveLength(1);
    for (const c of ['members', 'organisations'] as const) {
      const lower = store.rows(c).map((r) => r.name.en.toLowerCase());
      expect(new Set(lower).size, c).toBe(lower.length);
    }
  });

  it('creates nothing new when loaded twice', async () => {
    const { store } = await loadedStore();
    const [count, changes, calls] = [store.count(), store.log.length, store.applyCalls];
    expect(await loadSamples(store)).toEqual([]);
    expect(await loadSamples(store, ['hkstp-beijing-2025'])).toEqual([]);
    expect([store.count(), store.log.length, store.applyCalls]).toEqual([count, changes, calls]);
  });

  it('loads a subset, then only the rest, and reloads a sample the user deleted', async () => {
    const store = new FakeStore();
    const first = await loadSamples(store, ['hkstp-beijing-2025', 'hkstp-beijing-2025']);
    expect(first.map((t) => t.sampleKey)).toEqual(['hkstp-beijing-2025']);
    const rest = await loadSamples(store);
    expect(rest.map((t) => t.sampleKey).sort()).toEqual(samples.map((s) => s.key).filter((k) => k !== 'hkstp-beijing-2025').sort());
    await store.apply([{ collection: 'trips', id: first[0]!.id, fields: { deleted: true } }]);
    const again = await loadSamples(store, ['hkstp-beijing-2025']);
    expect(again).toHaveLength(1);
    expect(again[0]!.id).not.toBe(first[0]!.id);
    // The people were still in the directory, so the reloaded trip reuses them.
    expect(again[0]!.memberIds).toEqual(first[0]!.memberIds);
  });

  it('reuses live directory records by English name, ignoring case, but not deleted ones', async () => {
    const store = new FakeStore();
    await store.apply([
      { collection: 'members', id: 'existing-peter', fields: { id: 'existing-peter', name: { en: 'PETER YAN', zhHant: '', zhHans: '' }, title: 'DG', rank: 1, organisation: 'OASES' } },
      { collection: 'organisations', id: 'old-stcsm', fields: { id: 'old-stcsm', name: { en: 'shanghai municipal commission of science and technology', zhHant: '', zhHans: '' }, kind: 'government', sector: '', city: '', website: '' } },
      { collection: 'organisations', id: 'gone-oases', fields: { id: 'gone-oases', name: { en: 'Office for Attracting Strategic Enterprises (OASES)', zhHant: '', zhHans: '' }, kind: 'government', sector: '', city: '', website: '' } },
    ]);
    await store.apply([{ collection: 'organisations', id: 'gone-oases', fields: { deleted: true } }]);
    const [trip] = await loadSamples(store, ['oases-hangzhou-shanghai-2025']);
    expect(trip!.memberIds).toEqual(['existing-peter']);
    expect(store.rows('members')).toHaveLength(1);
    const events = store.rows('events').filter((e) => e.tripId === trip!.id);
    expect(events.some((e) => e.organisationIds.includes('old-stcsm'))).toBe(true);
    expect(events.some((e) => e.organisationIds.includes('gone-oases'))).toBe(false);
    expect(store.rows('organisations').filter((o) => !o.deleted && o.name.en.startsWith('Office for Attracting'))).toHaveLength(1);
  });

  it('rejects an unknown key, naming it and the known keys, before loading anything', async () => {
    const store = new FakeStore();
    const attempt = loadSamples(store, ['hkstp-beijing-2025', 'no-such-trip']);
    await expect(attempt).rejects.toThrow(/no-such-trip/);
    await expect(loadSamples(store, ['no-such-trip'])).rejects.toThrow(/hkstp-beijing-2025.*oases-signing-ceremony|oases-signing-ceremony.*hkstp-beijing-2025/);
    expect(store.applyCalls).toBe(0);
  });
});

describe('buildSample', () => {
  it('turns wall-clock times into UTC instants in the event zone', () => {
    expect(localToInstant('2025-05-13T09:30', 'Asia/Shanghai')).toBe('2025-05-13T01:30:00.000Z');
    expect(localToInstant('2024-12-09T14:30', 'Asia/Hong_Kong')).toBe('2024-12-09T06:30:00.000Z');
    expect(instantToLocalDate('2025-05-12T16:30:00.000Z', 'Asia/Shanghai')).toBe('2025-05-13');
    expect(() => localToInstant('2025-05-13 09:30', 'Asia/Shanghai')).toThrow(/YYYY-MM-DDTHH:mm/);
  });

  it('fails loudly on a dangling local key in the sample files', () => {
    const base = samples[0]!;
    const broken: SampleTrip = { ...base, events: [{ ...base.events[0]!, members: ['nobody'] }], notes: [], followUps: [] };
    expect(() => buildSample(broken, { members: [], organisations: [], contacts: [] })).toThrow(/unknown member key "nobody"/);
  });

  it('creates directory records before the trip, and the trip before its events, notes and follow-ups', () => {
    for (const sample of samples) {
      const { mutations } = buildSample(sample, { members: [], organisations: [], contacts: [] });
      const order = mutations.map((m) => m.collection);
      const tripAt = order.indexOf('trips');
      expect(order.filter((c) => c === 'trips')).toHaveLength(1);
      expect(order.slice(0, tripAt).every((c) => ['members', 'organisations', 'contacts'].includes(c))).toBe(true);
      expect(order.slice(tripAt + 1).every((c) => tripCollections.includes(c))).toBe(true);
      expect(new Set(mutations.map((m) => m.id)).size).toBe(mutations.length);
    }
  });
});
