// A backup encrypted with a passphrase: it restores with that passphrase only; a wrong or missing one, or a file
// changed after it was made, is refused with the data folder byte for byte as it was; the file holds none of the
// text in clear. An unencrypted backup says in its own header that it holds restricted fields.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../../helpers/tmp';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';
import { diskRecords, seededBackend, withoutUpdatedAt } from './backup-helpers';

const SECRET = 'Restricted-7f3a: the minister will raise the Qianhai land swap';
const PASSPHRASE = 'harbour lights 2026';

let source: TestBackend;
let full: TestBackend;
let encrypted: string;
let plain: string;

beforeAll(async () => {
  source = await seededBackend();
  const [trip] = await source.call('trips.list', {});
  const detail = await source.call('trips.get', { id: trip!.id });
  const event = detail.events.find((e) => !e.deleted)!;
  await source.call('events.update', {
    id: event.id,
    tripId: trip!.id,
    patch: { briefing: { ...event.briefing, talkingPoints: { text: SECRET, restricted: true } } },
  });
  encrypted = source.base64Of(await source.call('backup.export', { passphrase: PASSPHRASE }));
  plain = source.base64Of(await source.call('backup.export', {}));
  full = await openTestBackend();
  await full.call('samples.load', {});
}, 60_000);
afterAll(async () => {
  await Promise.all([source, full].map((t) => t.close()));
});

describe('encrypted backups', () => {
  it('restore with their passphrase into a fresh data folder, record for record', async () => {
    const fresh = await openTestBackend(Date.parse('2026-03-01T00:00:00Z'));
    try {
      await fresh.call('backup.restore', { base64: encrypted, passphrase: PASSPHRASE });
      await source.reopen();
      await fresh.reopen();
      expect(withoutUpdatedAt(await diskRecords(fresh.dir))).toEqual(withoutUpdatedAt(await diskRecords(source.dir)));
      const [trip] = await fresh.call('trips.list', {});
      const events = (await fresh.call('trips.get', { id: trip!.id })).events;
      expect(events.some((e) => e.briefing.talkingPoints.text === SECRET && e.briefing.talkingPoints.restricted)).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('hold none of the text in clear, unlike an unencrypted backup', () => {
    const bytes = Buffer.from(encrypted, 'base64');
    expect(bytes.includes(Buffer.from('Restricted-7f3a'))).toBe(false);
    expect(bytes.includes(Buffer.from('Qianhai'))).toBe(false);
    // Not merely compressed: the compressed plain backup, unpacked, does hold it.
    expect(gunzipSync(Buffer.from(plain, 'base64')).includes(Buffer.from('Restricted-7f3a'))).toBe(true);
    // Its first line says what it is, without saying anything of the data.
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'delegation-planner-backup-encrypted', cipher: 'aes-256-gcm', kdf: { name: 'scrypt' } });
  });

  it('are refused with a wrong or missing passphrase, and nothing changes', async () => {
    await full.reopen(); // everything pending on disk first, so only the restore could change a byte
    await full.backend.settle();
    const before = await snapshot(full.dir);
    const wrong = await full.fail('backup.restore', { base64: encrypted, replace: true, passphrase: 'harbour lights 2025' });
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.message).toBe('This passphrase does not open this backup. Nothing was changed; your data is as it was. Check the passphrase (capitals, spaces) and try again.');
    expect(wrong.details).toMatchObject({ reason: 'wrong-passphrase' });
    const missing = await full.fail('backup.restore', { base64: encrypted, replace: true });
    expect(missing.details).toMatchObject({ reason: 'passphrase-needed' });
    expect(missing.message).toContain('This backup is encrypted.');
    await full.reopen();
    expect(await snapshot(full.dir)).toEqual(before);
  });

  it('are refused as damaged when the ciphertext or its header was changed, and nothing changes', async () => {
    const bytes = Buffer.from(encrypted, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0x01;
    const line = bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8');
    // A different note in the header: authenticated with the data, so it fails too.
    const relabelled = Buffer.concat([Buffer.from(line.replace('An encrypted', 'A harmless'), 'utf8'), bytes.subarray(line.length)]);
    await full.reopen();
    await full.backend.settle();
    const before = await snapshot(full.dir);
    for (const tampered of [flipped, relabelled, bytes.subarray(0, bytes.length - 10)]) {
      const error = await full.fail('backup.restore', { base64: tampered.toString('base64'), replace: true, passphrase: PASSPHRASE });
      expect(error.details).toMatchObject({ reason: 'damaged' });
      expect(error.message).toMatch(/^This encrypted backup file is damaged \(.+\)\. Nothing was changed; your data is as it was\./);
    }
    await full.reopen();
    expect(await snapshot(full.dir)).toEqual(before);
  });

  it('need a passphrase of at least 8 characters', async () => {
    const error = await source.fail('backup.export', { passphrase: 'short' });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('at least 8 characters');
  });
});

describe('unencrypted backups', () => {
  it('say in their header that they are not encrypted and hold restricted fields', () => {
    const doc = JSON.parse(gunzipSync(Buffer.from(plain, 'base64')).toString('utf8')) as { header: Record<string, unknown> };
    expect(doc.header.encrypted).toBe(false);
    expect(doc.header.restrictedFields).toBe(1);
    expect(doc.header.notice).toMatch(/not encrypted.*restricted briefing fields included/);
  });
});
