// Data files carry a seal (sealed-text.ts): a file whose seal matches is read without validating each record, and is
// read to the same records as a full validation gives; any edit that breaks the seal sends the file through full
// validation, so a damaged file is still set aside and reported. Records come out frozen however they were read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import { shardReader, tripFileReader, tripIndexReader } from '../../../../../electron/backend/store/documents';
import { shardFile, shardOf } from '../../../../../electron/backend/store/layout';
import { hasValidSeal, sealText } from '../../../../../electron/backend/store/sealed-text';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createOrganisation, createTrip, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
const open = (): Promise<Store> => openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
const file = (rel: string) => path.join(dir, ...rel.split('/'));
const contact = (id: string, email: string) => ({ collection: 'contacts' as const, id, fields: { name: { en: `Person ${id}`, zhHant: '', zhHans: '' }, organisationId: 'o1', email } });

beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(() => removeDataDir(dir));

async function seed(): Promise<void> {
  const store = await open();
  await store.apply([createTrip('t1'), createEvent('e1', 't1'), createNote('n1', 't1', 'e1', 'Met the **bureau**.'), createOrganisation('o1', 'Acme')]);
  await store.apply([contact('c1', 'c1@example.org'), contact('c2', 'c2@example.org')]);
  await store.close();
}

describe('sealText', () => {
  it('seals a JSON object so that it still parses, and any change to the text or the fingerprint breaks the seal', () => {
    const sealed = sealText('{"schemaVersion":1,"contacts":[{"id":"c1"}]}', 'shape-a');
    expect(JSON.parse(sealed)).toMatchObject({ schemaVersion: 1, contacts: [{ id: 'c1' }] });
    expect(hasValidSeal(sealed, 'shape-a')).toBe(true);
    expect(hasValidSeal(sealed, 'shape-b')).toBe(false);
    expect(hasValidSeal(sealed.replace('"c1"', '"c2"'), 'shape-a')).toBe(false);
    expect(hasValidSeal('{"schemaVersion":1,"contacts":[]}', 'shape-a')).toBe(false);
    expect(hasValidSeal(sealed.slice(0, -5), 'shape-a')).toBe(false);
  });
});

describe('sealed data files', () => {
  it('are written sealed, and a sealed file reads to exactly the records a full validation gives', async () => {
    await seed();
    const files = {
      'trips/index-2025.json': tripIndexReader,
      'trips/t1.json': tripFileReader,
      [shardFile('contacts', shardOf('c1'))]: shardReader('contacts'),
      [shardFile('organisations', shardOf('o1'))]: shardReader('organisations'),
    };
    for (const [rel, reader] of Object.entries(files)) {
      const text = await fs.readFile(file(rel), 'utf8');
      expect(hasValidSeal(text, reader.seal.fingerprint()), rel).toBe(true);
      expect(reader.seal.trusted(JSON.parse(text), rel), rel).toEqual(reader.parse(JSON.parse(text), rel));
    }
    const store = await open();
    expect((await store.get('contacts', 'c1'))?.email).toBe('c1@example.org');
    expect((await store.ofTrip('notes', 't1'))[0]?.body).toBe('Met the **bureau**.');
    await store.close();
  });

  it('trusts a file whose seal matches without validating each record (the seal is what stands for the check)', async () => {
    await seed();
    const rel = shardFile('contacts', shardOf('c1'));
    const reader = shardReader('contacts');
    const doc = JSON.parse(await fs.readFile(file(rel), 'utf8')) as { contacts: { id: string; email: unknown }[]; sealed?: string };
    delete doc.sealed;
    doc.contacts.find((c) => c.id === 'c1')!.email = 42;
    expect(() => reader.parse(doc, rel)).toThrow(/does not hold valid data/); // a full validation would refuse it
    // Sealed as this app would seal it: read as trusted, so the record comes back as written.
    await fs.writeFile(file(rel), sealText(JSON.stringify(doc), reader.seal.fingerprint()));
    const store = await open();
    expect((await store.get('contacts', 'c1'))?.email).toBe(42);
    expect(store.notices()).toEqual([]);
    await store.close();
  });

  it('validates in full a sealed file edited afterwards: an invalid record is still set aside and reported', async () => {
    await seed();
    const rel = shardFile('contacts', shardOf('c1'));
    const good = await fs.readFile(file(rel), 'utf8');
    await fs.writeFile(file(rel), good.replace('"c1@example.org"', '42'));
    const store = await open();
    expect((await store.get('contacts', 'c1'))?.email).toBe('c1@example.org'); // rebuilt from the change log
    const [notice] = store.notices();
    expect(notice?.message).toContain(`The file ${rel} (part of the contacts list) could not be read`);
    expect(notice?.message).toMatch(/It was moved to corrupt\//);
    await store.close();
  });

  it('validates in full a file without a seal (written before seals), and seals it when it is next written', async () => {
    await seed();
    const rel = shardFile('contacts', shardOf('c1'));
    const doc = JSON.parse(await fs.readFile(file(rel), 'utf8')) as { sealed?: string };
    delete doc.sealed;
    await fs.writeFile(file(rel), JSON.stringify(doc));
    let store = await open();
    expect((await store.get('contacts', 'c1'))?.email).toBe('c1@example.org');
    await store.apply([{ collection: 'contacts', id: 'c1', fields: { phone: '+852 1234 5678' } }]);
    await store.close();
    expect(hasValidSeal(await fs.readFile(file(rel), 'utf8'), shardReader('contacts').seal.fingerprint())).toBe(true);

    await fs.writeFile(file(rel), JSON.stringify({ schemaVersion: 1, contacts: [{ id: 'c1' }] }));
    store = await open();
    await store.get('contacts', 'c1');
    expect(store.notices()[0]?.message).toContain(`The file ${rel} (part of the contacts list) could not be read`);
    await store.close();
  });

  it('hands out records deep-frozen, however they were read', async () => {
    await seed();
    const store = await open();
    const got = [await store.get('contacts', 'c1'), ...(await store.all('organisations')), ...(await store.ofTrip('events', 't1')), ...(await store.all('trips'))];
    expect(got).toHaveLength(4);
    for (const record of got) {
      expect(Object.isFrozen(record)).toBe(true);
      expect(Object.isFrozen((record as { name?: object }).name ?? (record as { legs?: object }).legs ?? (record as { venue?: object }).venue ?? {})).toBe(true);
    }
    await store.close();
  });
});
