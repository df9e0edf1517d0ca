import { describe, expect, it } from 'vitest';
import { acceptBatches, sealBatch, verifyBatch } from '../../../../../shared/domain/sync/batch';
import { change } from './helpers';

const batchOf = (device: string, seq: number) => sealBatch(device, seq, [change(device, seq * 100, `e${seq}`, { title: `t${seq}` })]);

describe('sealed batches', () => {
  it('seals an immutable batch whose hash covers device, seq, ops and seen', () => {
    const batch = sealBatch('devA', 1, [change('devA', 100, 'e1', { title: 'Visit' })], { devB: 'x' });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(batch.ops[0]!.fields)).toBe(true);
    expect(verifyBatch(JSON.parse(JSON.stringify(batch)))).toEqual({ batch });
  });

  it('carries the sealing device\'s chosen person under the hash; a batch without one hashes as before', () => {
    const plain = sealBatch('devA', 1, [], {});
    expect(plain).not.toHaveProperty('member');
    expect(sealBatch('devA', 1, [], {}, undefined).sha256).toBe(plain.sha256);
    const chosen = sealBatch('devA', 2, [], {}, 'member-mei');
    expect(verifyBatch(JSON.parse(JSON.stringify(chosen)))).toEqual({ batch: chosen });
    expect(verifyBatch({ ...JSON.parse(JSON.stringify(chosen)), member: 'member-bob' })).toMatchObject({ problem: { kind: 'bad-hash' } });
    const cleared = sealBatch('devA', 3, [], {}, null);
    expect(verifyBatch(JSON.parse(JSON.stringify(cleared)))).toEqual({ batch: cleared });
  });

  it('refuses an altered batch, a malformed one, and one carrying another device’s changes', () => {
    const batch = JSON.parse(JSON.stringify(batchOf('devA', 1)));
    batch.ops[0].fields.title = 'changed';
    expect(verifyBatch(batch)).toMatchObject({ problem: { kind: 'bad-hash', device: 'devA', seq: 1 } });
    expect(verifyBatch({ device: 'devA', seq: 1 })).toMatchObject({ problem: { kind: 'invalid' } });
    const foreign = sealBatch('devA', 1, [change('devB', 100, 'e1', {})]);
    expect(verifyBatch(foreign)).toMatchObject({ problem: { kind: 'invalid' } });
  });

  it('applies each device’s batches in order, ignoring duplicates and our own', () => {
    const [a1, a2, a3, b1, c1] = [batchOf('devA', 1), batchOf('devA', 2), batchOf('devA', 3), batchOf('devB', 1), batchOf('devC', 1)];
    const accepted = acceptBatches({ devA: 1 }, [a3, b1, a2, a1, a2, c1], 'devC');
    expect(accepted.ready.map((b) => `${b.device}:${b.seq}`)).toEqual(['devA:2', 'devA:3', 'devB:1']);
    expect(accepted.applied).toEqual({ devA: 3, devB: 1 });
    expect(accepted.problems).toEqual([]);
  });

  it('stops a device’s stream at a gap, and reports it', () => {
    const accepted = acceptBatches({}, [batchOf('devA', 1), batchOf('devA', 3), batchOf('devB', 1)]);
    expect(accepted.applied).toEqual({ devA: 1, devB: 1 });
    expect(accepted.problems).toMatchObject([{ kind: 'gap', device: 'devA', seq: 2 }]);
  });

  it('stops a device’s stream at a damaged batch, and takes it once repaired', () => {
    const bad = { ...JSON.parse(JSON.stringify(batchOf('devA', 2))), sha256: '0'.repeat(64) };
    const first = acceptBatches({}, [batchOf('devA', 1), bad, batchOf('devA', 3)]);
    expect(first.applied).toEqual({ devA: 1 });
    expect(first.problems).toMatchObject([{ kind: 'bad-hash', device: 'devA', seq: 2 }]);
    const later = acceptBatches(first.applied, [batchOf('devA', 2), batchOf('devA', 3)]);
    expect(later.applied).toEqual({ devA: 3 });
    // A damaged copy of something already applied does not matter.
    expect(acceptBatches({ devA: 3 }, [bad]).problems).toEqual([]);
  });
});
