// Property: three devices editing offline with skewed clocks, syncing through faulty delivery, end up identical with
// nothing lost. Checked against an oracle (the highest-stamped write of every field) and every inserted note word; the
// device simulator and the oracle are in simulator.ts, shared with the server property.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../../../../shared/domain/sync/replica';
import type { SyncReport } from '../../../../../shared/domain/sync/replica';
import { MemorySyncTarget } from '../../../../../shared/domain/sync/transport';
import type { SyncTransport } from '../../../../../shared/domain/sync/transport';
import { FolderTransport } from '../../../../../electron/backend/sync/folder';
import { DEVICES, act, actionArbitrary, checkConverged, dev, makeWorld, skews } from './simulator';

const action = actionArbitrary({
  createWeight: 1,
  device: [
    fc.record({ kind: fc.constant('sync' as const), dev, seed: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), dev }),
  ],
});

/** Deterministic shuffling, duplicating and holding back of what a pull delivers. */
function faultyDelivery(seed: number): (candidates: unknown[]) => unknown[] {
  let s = seed || 1;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return (candidates) => {
    const out = candidates.filter(() => rand() > 0.2);
    for (const c of candidates) if (rand() < 0.3) out.push(c);
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}

/** What the runs exercised, so a generator that stopped producing work cannot pass quietly. */
const exercised = { changes: 0, words: 0, reviews: 0, capped: 0, problems: 0, deletedRecords: 0 };

function tally(report: SyncReport): void {
  exercised.reviews += report.review.length;
  exercised.capped += report.future.length;
  exercised.problems += report.problems.filter((p) => p.device !== 'ghost' && p.device !== 'other').length;
}

describe('sync convergence', () => {
  afterAll(() => {
    // Over 560 runs each of these happens many times; zero means the generators broke.
    for (const [what, count] of Object.entries(exercised)) expect(count, what).toBeGreaterThan(10);
  });

  it('three devices converge through the memory transport, whatever the delivery faults', async () => {
    await fc.assert(
      fc.asyncProperty(skews, fc.array(action, { minLength: 15, maxLength: 40 }), async (skew, actions) => {
        const world = makeWorld(skew);
        const target = new MemorySyncTarget();
        target.putRaw('ghost', 1, '{"not a batch": tr');
        target.putRaw('other', 1, '{"device":"other","seq":1}');
        for (const a of actions) {
          if (a.kind === 'sync') tally(await syncOnce(world.replicas[a.dev]!, target.transport(DEVICES[a.dev]!, { deliver: faultyDelivery(a.seed) })));
          else if (a.kind === 'truncate') {
            const r = world.replicas[a.dev]!;
            const batch = r.seal() ?? r.log.at(-1);
            // A copy still arriving: only for a batch this device has not pushed yet (pushed batches are final).
            if (batch && batch.seq > (r.pushed.memory ?? 0)) target.putRaw(r.device, batch.seq, JSON.stringify(batch).slice(0, 30));
          } else act(world, a);
        }
        for (let pass = 0; pass < 2; pass++) for (const r of world.replicas) tally(await syncOnce(r, target.transport(r.device)));
        checkConverged(world, exercised);
      }),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 500) },
    );
  });

  it('three devices converge through a real sync folder with junk and truncated files', async () => {
    await fc.assert(
      fc.asyncProperty(skews, fc.array(action, { minLength: 8, maxLength: 20 }), async (skew, actions) => {
        const root = await mkdtemp(path.join(os.tmpdir(), 'sync-prop-'));
        try {
          const world = makeWorld(skew);
          const transports: SyncTransport[] = DEVICES.map((d) => new FolderTransport(root, d));
          const devicesDir = path.join(root, 'DelegationSync', 'devices');
          for (const a of actions) {
            if (a.kind === 'sync') tally(await syncOnce(world.replicas[a.dev]!, transports[a.dev]!));
            else if (a.kind === 'truncate') {
              const r = world.replicas[a.dev]!;
              const batch = r.seal() ?? r.log.at(-1);
              const dir = path.join(devicesDir, r.device);
              await mkdir(dir, { recursive: true });
              await writeFile(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');
              await writeFile(path.join(dir, `${String(r.log.length + 1).padStart(12, '0')} (conflicted copy).json`), '{"device":');
              await writeFile(path.join(dir, '.000000000001.json.1.tmp'), '{');
              if (batch && batch.seq > (r.pushed.folder ?? 0)) {
                await writeFile(path.join(dir, `${String(batch.seq).padStart(12, '0')}.json`), JSON.stringify(batch).slice(0, 50));
              }
            } else act(world, a);
          }
          for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) tally(await syncOnce(r, transports[i]!));
          checkConverged(world, exercised);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
