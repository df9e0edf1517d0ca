// The team-passphrase wrapper: round trips, nothing readable at rest, and every envelope that does not open applies
// nothing. scrypt runs at a low cost here (an option meant only for tests) so the file stays fast.
import { afterEach, describe, expect, it } from 'vitest';
import { acceptBatches, sealBatch } from '../../../../../shared/domain/sync/batch';
import type { Batch } from '../../../../../shared/domain/sync/batch';
import { MemorySyncTarget } from '../../../../../shared/domain/sync/transport';
import type { SyncTransport } from '../../../../../shared/domain/sync/transport';
import { DEFAULT_SCRYPT_COST, deriveTeamKey, encryptingTransport, isEncryptedEnvelope } from '../../../../../electron/backend/sync/crypto';
import type { DeriveKey, EncryptionOptions } from '../../../../../electron/backend/sync/crypto';
import { FolderTransport } from '../../../../../electron/backend/sync/folder';
import { change } from '../../../shared/domain/sync/helpers';
import { tempDir } from '../../../helpers/tmp';

const FAST = { N: 1024, r: 8, p: 1 };
const PASS = 'harbour-lantern-42';
const NOTE_WORD = 'Zephyrine';

const batchOf = (device: string, seq: number): Batch =>
  sealBatch(device, seq, [change(device, seq * 100, `n${seq}`, { title: `${NOTE_WORD} meeting ${seq}` }, { collection: 'notes' })]);
const plain = (batch: Batch): unknown => JSON.parse(JSON.stringify(batch));
const enc = (target: MemorySyncTarget, device: string, passphrase = PASS, options: EncryptionOptions = {}): SyncTransport =>
  encryptingTransport(target.transport(device), passphrase, { cost: FAST, ...options });
const stored = (target: MemorySyncTarget, device: string, seq: number) => JSON.parse(target.entries.get(device)!.get(seq)!) as Record<string, unknown>;

async function pushAll(transport: SyncTransport, batches: Batch[]): Promise<void> {
  for (const batch of batches) await transport.push(batch);
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('encrypting transport', () => {
  it('round-trips batches through the memory transport, applied as sealed', async () => {
    const target = new MemorySyncTarget();
    const batches = [batchOf('devA', 1), batchOf('devA', 2)];
    await pushAll(enc(target, 'devA'), batches);
    const pulled = await enc(target, 'devB').pull({});
    expect(pulled.problems).toEqual([]);
    expect(pulled.candidates).toEqual(batches.map(plain));
    const accepted = acceptBatches({}, pulled.candidates, 'devB');
    expect(accepted.ready.map((b) => b.seq)).toEqual([1, 2]);
    expect(accepted.problems).toEqual([]);
    // Pulling after what was applied reads nothing again.
    expect((await enc(target, 'devB').pull({ devA: 2 })).candidates).toEqual([]);
  });

  it('stores no plaintext: only format, device and seq are readable', async () => {
    const target = new MemorySyncTarget();
    const a = enc(target, 'devA');
    await a.push(batchOf('devA', 1));
    const first = stored(target, 'devA', 1);
    const text = target.entries.get('devA')!.get(1)!;
    expect(text).not.toContain(NOTE_WORD);
    expect(text).not.toContain('"ops"');
    expect(first).toMatchObject({ format: 'dp-encrypted-batch', v: 1, device: 'devA', seq: 1 });
    expect(Object.keys(first).sort()).toEqual(['data', 'device', 'format', 'iv', 'salt', 'seq', 'tag', 'v']);
    expect(Buffer.from(first.iv as string, 'base64')).toHaveLength(12);
    expect(Buffer.from(first.tag as string, 'base64')).toHaveLength(16);
    expect(isEncryptedEnvelope(first)).toBe(true);
    expect(isEncryptedEnvelope(plain(batchOf('devA', 1)))).toBe(false);
  });

  it('the same batch pushed again, even after a restart, stores the identical envelope; another batch gets another iv', async () => {
    // Write-once stores (CouchDB) accept a repeated push only if it is byte-for-byte the same.
    const target = new MemorySyncTarget();
    await enc(target, 'devA').push(batchOf('devA', 1));
    const first = target.entries.get('devA')!.get(1)!;
    await enc(target, 'devA').push(batchOf('devA', 1)); // a new transport: as after a restart
    expect(target.entries.get('devA')!.get(1)).toBe(first);
    await enc(target, 'devA').push(batchOf('devA', 2));
    expect(stored(target, 'devA', 2).iv).not.toEqual(stored(target, 'devA', 1).iv);
    expect(stored(target, 'devA', 2).salt).toEqual(stored(target, 'devA', 1).salt); // one salt per device
    await enc(target, 'devC').push(batchOf('devC', 1));
    expect(stored(target, 'devC', 1).salt).not.toEqual(stored(target, 'devA', 1).salt);
  });

  it('a wrong passphrase applies nothing from that device and says so; other devices still come through', async () => {
    const target = new MemorySyncTarget();
    await pushAll(enc(target, 'devA', 'another passphrase'), [batchOf('devA', 1), batchOf('devA', 2)]);
    await pushAll(enc(target, 'devC'), [batchOf('devC', 1)]);
    const pulled = await enc(target, 'devB').pull({});
    expect(pulled.candidates).toEqual([plain(batchOf('devC', 1))]);
    expect(pulled.problems).toEqual([
      {
        kind: 'wrong-passphrase',
        device: 'devA',
        seq: 1,
        message: 'These changes from device devA were encrypted with a different team passphrase. Nothing was applied; check the passphrase on the Sync page.',
      },
    ]);
  });

  it('a flipped byte of data is reported as damage; the batches before it still apply, none after it', async () => {
    const target = new MemorySyncTarget();
    await pushAll(enc(target, 'devA'), [batchOf('devA', 1), batchOf('devA', 2), batchOf('devA', 3)]);
    const envelope = stored(target, 'devA', 2);
    const data = Buffer.from(envelope.data as string, 'base64');
    data[5] = data[5]! ^ 0x01;
    target.putRaw('devA', 2, JSON.stringify({ ...envelope, data: data.toString('base64') }));
    const pulled = await enc(target, 'devB').pull({});
    expect(pulled.candidates).toEqual([plain(batchOf('devA', 1))]);
    expect(pulled.problems).toMatchObject([{ kind: 'bad-hash', device: 'devA', seq: 2, message: expect.stringMatching(/damaged or altered.*not applied/) }]);
  });

  it('an envelope moved to another seq (its clear seq changed) fails authentication and applies nothing', async () => {
    const target = new MemorySyncTarget();
    await pushAll(enc(target, 'devA'), [batchOf('devA', 1), batchOf('devA', 2)]);
    target.putRaw('devA', 1, JSON.stringify({ ...stored(target, 'devA', 2), seq: 1 }));
    // Delivered in reverse, so the good envelope is not tried first: damage is still told from a wrong passphrase.
    const transport = encryptingTransport(target.transport('devB', { deliver: (c) => [...c].reverse() }), PASS, { cost: FAST });
    const pulled = await transport.pull({});
    expect(pulled.candidates).toEqual([]);
    expect(pulled.problems).toMatchObject([{ kind: 'bad-hash', device: 'devA', seq: 1 }]);
  });

  it('refuses unencrypted batches rather than mixing them in', async () => {
    const target = new MemorySyncTarget();
    await target.transport('devA').push(batchOf('devA', 1));
    const pulled = await enc(target, 'devB').pull({});
    expect(pulled.candidates).toEqual([]);
    expect(pulled.problems).toMatchObject([{ kind: 'not-encrypted', device: 'devA', seq: 1, message: expect.stringMatching(/is not encrypted.*Nothing from device devA was applied/) }]);
  });

  it('refuses an envelope of a newer format version, asking for an update', async () => {
    const target = new MemorySyncTarget();
    await enc(target, 'devA').push(batchOf('devA', 1));
    target.putRaw('devA', 1, JSON.stringify({ ...stored(target, 'devA', 1), v: 2 }));
    const pulled = await enc(target, 'devB').pull({});
    expect(pulled.candidates).toEqual([]);
    expect(pulled.problems).toMatchObject([{ kind: 'invalid', device: 'devA', message: expect.stringMatching(/newer version/) }]);
  });

  it('derives each key once per transport and salt, even for concurrent pushes and repeated pulls', async () => {
    let derivations = 0;
    const counting: DeriveKey = (passphrase, salt, cost) => {
      derivations++;
      return deriveTeamKey(passphrase, salt, cost);
    };
    const target = new MemorySyncTarget();
    const a = enc(target, 'devA', PASS, { deriveKey: counting });
    await Promise.all([a.push(batchOf('devA', 1)), a.push(batchOf('devA', 2))]);
    await a.push(batchOf('devA', 3));
    expect(derivations).toBe(1);
    const b = enc(target, 'devB', PASS, { deriveKey: counting });
    await b.pull({});
    await b.pull({ devA: 1 });
    expect(derivations).toBe(2); // devA's salt, once, for all three envelopes and both pulls
  });

  it('derives at most 8 new keys in one pull; the rest wait for the next sync', async () => {
    const target = new MemorySyncTarget();
    const devices = Array.from({ length: 9 }, (_, i) => `dev${i}`);
    for (const device of devices) await enc(target, device).push(batchOf(device, 1));
    const b = enc(target, 'devB');
    const first = await b.pull({});
    expect(first.candidates).toHaveLength(8);
    expect(first.problems).toMatchObject([{ kind: 'unreadable', device: 'dev8', message: expect.stringMatching(/next sync/) }]);
    const second = await b.pull(Object.fromEntries(devices.slice(0, 8).map((d) => [d, 1])));
    expect(second).toEqual({ candidates: [plain(batchOf('dev8', 1))], problems: [] });
  });

  it('normalises the passphrase, so one typed through another input method opens the same batches', async () => {
    const target = new MemorySyncTarget();
    await enc(target, 'devA', 'caf\u00e9 港').push(batchOf('devA', 1));
    const pulled = await enc(target, 'devB', 'cafe\u0301 港').pull({});
    expect(pulled.problems).toEqual([]);
    expect(pulled.candidates).toHaveLength(1);
  });

  it('works over the folder transport, whose clear device and seq checks the envelope passes', async () => {
    const { dir, cleanup } = await tempDir('sync-crypto-');
    cleanups.push(cleanup);
    await pushAll(encryptingTransport(new FolderTransport(dir, 'devA'), PASS, { cost: FAST }), [batchOf('devA', 1), batchOf('devA', 2)]);
    const pulled = await encryptingTransport(new FolderTransport(dir, 'devB'), PASS, { cost: FAST }).pull({});
    expect(pulled.problems).toEqual([]);
    expect(pulled.candidates).toEqual([plain(batchOf('devA', 1)), plain(batchOf('devA', 2))]);
  });

  it('the default cost runs within Node limits and keeps derivation short', async () => {
    const started = performance.now();
    const key = await deriveTeamKey(PASS, Buffer.alloc(16, 7), DEFAULT_SCRYPT_COST);
    expect(key).toHaveLength(64);
    // ~60 ms measured; the bound is loose because other test files share the two cores.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('refuses an empty passphrase', () => {
    expect(() => encryptingTransport(new MemorySyncTarget().transport('devA'), '')).toThrow(/empty/);
  });
});
