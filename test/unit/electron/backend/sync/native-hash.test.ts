// The engine checks pulled batches with Node's SHA-256 (native-hash.ts) instead of the portable one in shared/: the
// same hex for every text, so every batch is accepted or refused exactly as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nativeHash } from '../../../../../electron/backend/sync/native-hash';
import { acceptBatches, batchHash, portableHash, sealBatch } from '../../../../../shared/domain/sync/batch';
import type { Change } from '../../../../../shared/model';

const change = (k: number, title: string): Change => ({
  collection: 'events',
  id: `e${k}`,
  tripId: 't1',
  fields: { title, n: k },
  hlc: `${String(1_700_000_000_000 + k).padStart(15, '0')}-000000-dev-a`,
  device: 'dev-a',
  at: '2025-02-09T05:00:00.000Z',
});

describe('the native batch hash', () => {
  it('gives the portable hash for any text, non-ASCII and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(nativeHash(text)).toBe(portableHash(text));
      }),
      { numRuns: 2000 },
    );
    expect(nativeHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('accepts and refuses the same batches as the portable hash', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 12 }), fc.nat(), (titles, pick) => {
        const batches = titles.map((title, i) => sealBatch('dev-a', i + 1, [change(i, title)]));
        const wire = batches.map((b) => JSON.parse(JSON.stringify(b)) as { ops: { fields: { title: string } }[] });
        wire[pick % wire.length]!.ops[0]!.fields.title += ' (altered)';
        const portable = acceptBatches({}, wire, 'dev-b');
        const native = acceptBatches({}, wire, 'dev-b', nativeHash);
        expect(native).toEqual(portable);
        expect(native.problems.map((p) => p.kind)).toContain('bad-hash');
        expect(batchHash(batches[0]!, nativeHash)).toBe(batches[0]!.sha256);
      }),
      { numRuns: 200 },
    );
  });
});
