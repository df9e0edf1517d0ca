// The search index over a real store with a mixed English/Chinese corpus: CJK substrings, Traditional/Simplified,
// prefixes, grouping, and staying current as records are edited, deleted and restored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../../../shared/contract';
import { SearchIndex } from '../../../../../electron/backend/search/search-index';
import { openStore } from '../../../../../electron/backend/store';
import type { Mutation, Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createTrip, makeDataDir, removeDataDir, testClock } from '../store/fixtures';

let dir: string;
let store: Store;
let index: SearchIndex;

const hangzhouTrip: Mutation = {
  collection: 'trips',
  id: 'hz',
  fields: {
    title: 'OASES delegation to the Yangtze River Delta',
    purpose: 'Meet AI companies and the city bureau',
    organisingBody: 'Office for Attracting Strategic Enterprises',
    startDate: '2025-05-13',
    endDate: '2025-05-16',
    homeTimeZone: 'Asia/Hong_Kong',
    legs: [{ id: 'l1', city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-13', endDate: '2025-05-16' }],
  },
};

const corpus: Mutation[] = [
  hangzhouTrip,
  { ...createEvent('bureau', 'hz', 'Hangzhou Science and Technology Bureau'), fields: { ...createEvent('bureau', 'hz').fields, title: 'Courtesy call on the bureau', venue: { en: 'Bureau HQ', zh: '杭州市科學技術局' }, kind: 'meeting' } },
  createEvent('dinner', 'hz', 'Working dinner with Alibaba Cloud'),
  createNote('n-zh', 'hz', 'bureau', '## 會議紀錄\n我們與**香港科學技術園公司**討論了人工智能孵化計劃，對方同意下月提交建議書。'),
  createNote('n-en', 'hz', 'dinner', 'Alibaba Cloud asked about the Hong Kong data centre incentives and the visa scheme for engineers.'),
  {
    collection: 'organisations',
    id: 'hkstp',
    fields: { name: { en: 'Hong Kong Science and Technology Parks Corporation', zhHant: '香港科技園公司', zhHans: '香港科技园公司' }, sector: 'Innovation', city: 'Hong Kong' },
  },
  { collection: 'contacts', id: 'c1', fields: { name: { en: 'Mei Wong', zhHant: '黃美', zhHans: '黄美' }, title: 'Director of Investment', email: 'mei.wong@example.org', organisationId: 'hkstp' } },
  { collection: 'followups', id: 'f1', tripId: 'hz', fields: { tripId: 'hz', title: 'Send the incubation proposal to HKSTP', details: '提交孵化計劃建議書', status: 'waiting', eventId: 'bureau' } },
];

async function query(text: string, limit = 8): Promise<SearchResults> {
  return index.query(text, limit);
}

/** "kind:id" of every hit, in order. */
async function found(text: string): Promise<string[]> {
  return (await query(text)).groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.id}`));
}

beforeEach(async () => {
  dir = await makeDataDir();
  store = await openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
  await store.apply(corpus);
  index = new SearchIndex(store);
});
afterEach(async () => {
  index.dispose();
  await store.close();
  await removeDataDir(dir);
});

describe('search over mixed English and Chinese', () => {
  it('finds a Chinese substring inside a longer run (科學技術 in 香港科學技術園公司)', async () => {
    const results = await query('科學技術');
    const notes = results.groups.find((g) => g.kind === 'note')!;
    expect(notes.hits.map((h) => h.id)).toEqual(['n-zh']);
    expect(notes.hits[0]).toMatchObject({ tripId: 'hz', eventId: 'bureau', title: 'Courtesy call on the bureau' });
    expect(notes.hits[0]!.snippet).toContain('香港科學技術園公司');
    expect(notes.hits[0]!.snippet).not.toMatch(/[#*]/); // markdown read as plain text
    // The event whose Chinese venue holds the phrase is found too.
    expect(await found('科學技術')).toEqual(['event:bureau', 'note:n-zh']);
  });

  it('finds Traditional text from Simplified and the other way round', async () => {
    expect(await found('科学技术园')).toEqual(['note:n-zh']);
    expect(await found('香港科技園')).toEqual(['organisation:hkstp']);
    expect(await found('黄美')).toEqual(['contact:c1']);
  });

  it('finds one typed Chinese character wherever it stands in a run', async () => {
    expect(await found('杭')).toContain('event:bureau'); // first character of 杭州市…
    expect(await found('局')).toContain('event:bureau'); // last character
  });

  it('matches the English word being typed as a prefix', async () => {
    const results = await query('hangz');
    expect(results.groups.map((g) => g.kind)).toEqual(['trip']);
    expect(results.groups[0]!.hits[0]).toMatchObject({ id: 'hz', tripId: 'hz', snippet: expect.stringContaining('Hangzhou') });
    expect(await found('alibaba clo')).toEqual(['event:dinner', 'note:n-en']);
    expect(await found('alibaba clo ')).toEqual([]); // "clo" is now a whole word, and no record has it
  });

  it('needs every word (AND), across fields', async () => {
    expect(await found('courtesy bureau')).toEqual(['event:bureau']);
    expect(await found('courtesy dinner')).toEqual([]);
  });

  it('groups hits by kind in a fixed order, each with where to open it', async () => {
    const results = await query('hkstp');
    expect(results.groups.map((g) => g.kind)).toEqual(['followup']);
    const all = await query('hong kong');
    expect(all.groups.map((g) => g.kind)).toEqual(['note', 'organisation']);
    const proposal = await query('建議書');
    expect(proposal.groups.map((g) => g.kind)).toEqual(['note', 'followup']);
    expect(proposal.groups[1]!.hits[0]).toMatchObject({ id: 'f1', tripId: 'hz', eventId: 'bureau', status: 'waiting', snippet: '提交孵化計劃建議書' });
    expect((await query('courtesy')).groups[0]!.hits[0]).toMatchObject({ kind: 'event', tripId: 'hz', eventId: 'bureau', eventKind: 'meeting' });
    expect(results.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('searches contacts by title and e-mail, organisations by sector and city', async () => {
    expect(await found('director investment')).toEqual(['contact:c1']);
    expect(await found('mei.wong@example.org')).toEqual(['contact:c1']);
    expect(await found('innovation')).toEqual(['organisation:hkstp']);
  });

  it('keeps to the limit per group', async () => {
    await store.apply(Array.from({ length: 12 }, (_, i) => createNote(`extra${i}`, 'hz', 'dinner', `Visa scheme point ${i}`)));
    const results = await query('visa', 5);
    expect(results.groups.find((g) => g.kind === 'note')!.hits).toHaveLength(5);
  });

  it('gives empty groups for an empty or blank query, and survives a 500-character one', async () => {
    expect((await query('')).groups).toEqual([]);
    expect((await query('   \n\t ')).groups).toEqual([]);
    const chinese = await query('香港科學技術園公司'.repeat(60).slice(0, 500));
    expect(chinese.groups).toEqual([]);
    const mixed = await query(('alibaba 香港 ' + 'x'.repeat(30) + ' ').repeat(20).slice(0, 500));
    expect(Array.isArray(mixed.groups)).toBe(true);
    expect((await query('a'.repeat(500))).groups).toEqual([]);
  });
});

describe('keeping the index current', () => {
  it('finds an edit at once', async () => {
    expect(await found('incubation')).toEqual(['followup:f1']);
    await store.apply([{ collection: 'notes', id: 'n-en', tripId: 'hz', fields: { body: 'Alibaba will open an office at Cyberport 數碼港.' } }]);
    expect(await found('cyberport')).toEqual(['note:n-en']);
    expect(await found('数码港')).toEqual(['note:n-en']);
    expect(await found('engineers')).toEqual([]);
  });

  it('drops a deleted record, and brings it back when restored', async () => {
    expect(await found('alibaba')).toEqual(['event:dinner', 'note:n-en']);
    await store.apply([{ collection: 'notes', id: 'n-en', tripId: 'hz', fields: { deleted: true } }]);
    expect(await found('alibaba')).toEqual(['event:dinner']);
    await store.apply([{ collection: 'notes', id: 'n-en', tripId: 'hz', fields: { deleted: false } }]);
    expect(await found('alibaba')).toEqual(['event:dinner', 'note:n-en']);
  });

  it("leaves out a deleted trip's events, notes and follow-ups until the trip is restored", async () => {
    await store.apply([createTrip('other', '2025-06-01', '2025-06-03', 'Alibaba return visit')]);
    expect(await found('alibaba')).toEqual(['trip:other', 'event:dinner', 'note:n-en']);
    await store.apply([{ collection: 'trips', id: 'hz', fields: { deleted: true } }]);
    expect(await found('alibaba')).toEqual(['trip:other']);
    expect(await found('建議書')).toEqual([]);
    await store.apply([{ collection: 'trips', id: 'hz', fields: { deleted: false } }]);
    expect(await found('alibaba')).toEqual(['trip:other', 'event:dinner', 'note:n-en']);
  });

  it('leaves out tombstones and deleted trips already there when the index is built', async () => {
    await store.apply([
      { collection: 'events', id: 'dinner', tripId: 'hz', fields: { deleted: true } },
      { collection: 'contacts', id: 'c1', fields: { deleted: true } },
    ]);
    const fresh = new SearchIndex(store);
    expect((await fresh.query('alibaba', 8)).groups.map((g) => g.kind)).toEqual([]); // the note's meeting is gone too
    expect((await fresh.query('mei', 8)).groups).toEqual([]);
    fresh.dispose();
  });

  it("still fills the limit when the best matches are notes of a deleted meeting", async () => {
    await store.apply([
      ...Array.from({ length: 12 }, (_, i) => createNote(`gone${i}`, 'hz', 'dinner', `Visa visa visa ${i}`)),
      createNote('kept1', 'hz', 'bureau', 'A long note that mentions the visa question once among many other words here.'),
      createNote('kept2', 'hz', 'bureau', 'Another long note in which the visa scheme comes up once, with other matters.'),
      { collection: 'events', id: 'dinner', tripId: 'hz', fields: { deleted: true } },
    ]);
    const notes = (await query('visa', 2)).groups.find((g) => g.kind === 'note')!;
    expect(notes.hits.map((h) => h.id).sort()).toEqual(['kept1', 'kept2']);
  });

  it('shows a note under its event title as it is now', async () => {
    await query('alibaba'); // built
    await store.apply([{ collection: 'events', id: 'dinner', tripId: 'hz', fields: { title: 'Dinner hosted by Alibaba Cloud' } }]);
    const notes = (await query('incentives')).groups.find((g) => g.kind === 'note')!;
    expect(notes.hits[0]!.title).toBe('Dinner hosted by Alibaba Cloud');
  });

  it('takes in changes made while the index is being built', async () => {
    const first = query('alibaba');
    await store.apply([createNote('late', 'hz', 'dinner', 'Late entry about Alibaba and 大灣區')]);
    expect((await first).groups.length).toBeGreaterThan(0);
    expect(await found('大湾区')).toEqual(['note:late']);
  });

  it('does not re-index what changed before it was ever used', async () => {
    await store.apply([{ collection: 'notes', id: 'n-en', tripId: 'hz', fields: { body: 'Replaced before the first search' } }]);
    expect(await found('replaced')).toEqual(['note:n-en']);
  });
});
