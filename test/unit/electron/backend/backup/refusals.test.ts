// A restore that cannot be trusted changes nothing: damaged, truncated, foreign, newer or invalid files, and a data
// folder that already holds data when replacing was not confirmed. Each leaves the data folder byte for byte as it was.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../../helpers/tmp';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';
import { pack, seededBackend, unpack } from './backup-helpers';

let source: TestBackend;
let good: string;
let full: TestBackend;
let empty: TestBackend;

beforeAll(async () => {
  source = await seededBackend();
  good = source.base64Of(await source.call('backup.export', {}));
  full = await openTestBackend();
  await full.call('samples.load', { keys: undefined });
  empty = await openTestBackend();
});
afterAll(async () => {
  await Promise.all([source, full, empty].map((t) => t.close()));
});

function bytesOf(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

const damaged: [string, () => string, RegExp][] = [
  [
    'a flipped byte',
    () => {
      const bytes = bytesOf(good);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      return bytes.toString('base64');
    },
    /This backup file is damaged \(.+\)\. Nothing was changed; your data is as it was\./,
  ],
  ['a file cut short', () => bytesOf(good).subarray(0, Math.floor(bytesOf(good).length * 0.6)).toString('base64'), /This backup file is damaged \(it is cut short\)/],
  [
    'a changed record under the old checksum',
    () => {
      const doc = unpack(good);
      doc.data.trips[0]!.title = 'Tampered';
      return pack(doc, false);
    },
    /This backup file is damaged \(its checksum does not match\)\. Nothing was changed; your data is as it was\./,
  ],
  [
    'counts that do not match',
    () => {
      const doc = unpack(good);
      doc.data.contacts.pop();
      const base64 = pack(doc);
      const resealed = unpack(base64);
      resealed.header.counts.contacts = (resealed.header.counts.contacts ?? 0) + 1;
      return pack(resealed, false);
    },
    /damaged \(it holds a different number of records than its header lists\)/,
  ],
  [
    'another format',
    () => gzipSync(JSON.stringify({ header: { format: 'something-else' }, data: {} })).toString('base64'),
    /This file is not a Delegation Planner backup \(it does not say it is one\)\. Nothing was changed/,
  ],
  ['a plain text file', () => Buffer.from('name,email\nAda,ada@example.org\n').toString('base64'), /not a Delegation Planner backup \(it is not a compressed backup\)/],
  ['an empty file', () => '', /not a Delegation Planner backup \(it is empty\)/],
  [
    'a newer data version',
    () => {
      const doc = unpack(good);
      doc.header.schemaVersion = 2;
      return pack(doc);
    },
    /made by a newer version of Delegation Planner \(data version 2; this version reads up to 1\)\. Nothing was changed; your data is as it was\. Update the app/,
  ],
  [
    'a record that is not valid',
    () => {
      const doc = unpack(good);
      doc.data.events[0]!.timeZone = 'Mars/Olympus_Mons';
      doc.data.trips[1]!.endDate = '2001-01-01';
      return pack(doc);
    },
    /holds records this version cannot accept \(trips [\w-]+ \(endDate\): the trip cannot end before it starts; events [\w-]+ \(timeZone\): not a known IANA time zone.*\)\. Nothing was changed/,
  ],
];

describe('a backup that cannot be trusted', () => {
  for (const [what, make, message] of damaged) {
    it(`refuses ${what}, with replacing confirmed, and changes nothing`, async () => {
      await full.backend.settle();
      const before = await snapshot(full.dir);
      const error = await full.fail('backup.restore', { base64: make(), replace: true });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
      expect(await snapshot(full.dir)).toEqual(before);
    });
  }

  it('refuses into an empty folder too, without writing anything', async () => {
    await empty.backend.settle();
    const before = await snapshot(empty.dir);
    const error = await empty.fail('backup.restore', { base64: damaged[0]![1]() });
    expect(error.code).toBe('invalid-input');
    expect(await snapshot(empty.dir)).toEqual(before);
    expect(await empty.call('trips.list', {})).toEqual([]);
  });
});

describe('a data folder that already holds data', () => {
  it('is not replaced unless the user confirmed it: a conflict, and nothing changes', async () => {
    await full.backend.settle();
    const before = await snapshot(full.dir);
    const error = await full.fail('backup.restore', { base64: good });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already holds data \(\d+ trips, .*\), which restoring would replace\. Nothing was changed; your data is as it was\. To replace it, confirm/);
    expect(error.details).toMatchObject({ reason: 'has-data' });
    expect(await snapshot(full.dir)).toEqual(before);
  });
});
