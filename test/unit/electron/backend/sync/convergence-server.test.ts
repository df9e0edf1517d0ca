// Property: three devices editing offline with skewed clocks converge through a real server (pouchdb-server standing
// in for CouchDB), and through a folder and the server at once. The simulator and oracle are those of
// test/unit/shared/domain/sync/convergence.test.ts (in simulator.ts there); fewer actions, as every sync is HTTP.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptBatches } from '../../../../../shared/domain/sync/batch';
import { syncOnce } from '../../../../../shared/domain/sync/replica';
import type { Replica } from '../../../../../shared/domain/sync/replica';
import type { SyncTransport } from '../../../../../shared/domain/sync/transport';
import { createCouchTransport } from '../../../../../electron/backend/sync/couch';
import { FolderTransport } from '../../../../../electron/backend/sync/folder';
import { startPouchServer } from '../../../helpers/pouchdb-server';
import type { PouchServer } from '../../../helpers/pouchdb-server';
import { DEVICES, act, actionArbitrary, checkConverged, dev, makeWorld, skews } from '../../../shared/domain/sync/simulator';

const action = actionArbitrary({
  createWeight: 2,
  device: [
    // `route` (both-mode only): 0 folder alone, 1 server alone, 2 both, as when one of them is unreachable.
    fc.record({ kind: fc.constant('sync' as const), dev, route: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('junk' as const), dev }),
  ],
});
const actions = fc.array(action, { minLength: 12, maxLength: 32 });

/** What the runs exercised, so a generator that stopped producing work cannot pass quietly. */
const exercised = { changes: 0, words: 0, deletedRecords: 0, duplicates: 0 };

/** One round through several transports the way the engine does it: push to each, pull from all, accept once. */
async function syncThrough(replica: Replica, transports: SyncTransport[]): Promise<void> {
  replica.seal();
  for (const t of transports) {
    for (const batch of replica.log.slice(replica.pushed[t.name] ?? 0)) {
      await t.push(batch);
      replica.pushed[t.name] = batch.seq;
    }
  }
  const candidates: unknown[] = [];
  for (const t of transports) candidates.push(...(await t.pull(replica.applied)).candidates);
  const ids = candidates.map((c) => JSON.stringify([(c as { device?: unknown }).device, (c as { seq?: unknown }).seq]));
  exercised.duplicates += ids.length - new Set(ids).size;
  replica.receive(acceptBatches(replica.applied, candidates, replica.device).ready);
}

/** Files a sync folder collects that are not batches (the folder property also truncates; write-once servers cannot). */
async function folderJunk(root: string, r: Replica): Promise<void> {
  const dir = path.join(root, 'DelegationSync', 'devices', r.device);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');
  await writeFile(path.join(dir, `${String(r.log.length + 1).padStart(12, '0')} (conflicted copy).json`), '{"device":');
  await writeFile(path.join(dir, '.000000000001.json.1.tmp'), '{');
}

let server: PouchServer;
let runs = 0;
beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A fresh team database holding a document that is not a batch, as an admin's note might be. */
async function freshDatabase(): Promise<string> {
  const database = `team-${++runs}`;
  expect((await fetch(`${server.url}/${database}`, { method: 'PUT' })).status).toBe(201);
  const stray = await fetch(`${server.url}/${database}/readme`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"text":"team sync"}' });
  expect(stray.status).toBe(201);
  return database;
}

const couch = (database: string, device: string) => createCouchTransport({ url: server.url, database, device, fetchTimeoutMs: 5_000 });

describe('sync convergence through the server', () => {
  afterAll(() => {
    // Over 50 runs each of these happens many times; zero means the generators broke.
    for (const [what, count] of Object.entries(exercised)) expect(count, what).toBeGreaterThan(10);
  });

  it('three devices converge through a real CouchDB transport', async () => {
    await fc.assert(
      fc.asyncProperty(skews, actions, async (skew, list) => {
        const world = makeWorld(skew);
        const database = await freshDatabase();
        const transports = DEVICES.map((d) => couch(database, d));
        for (const a of list) {
          if (a.kind === 'sync') await syncOnce(world.replicas[a.dev]!, transports[a.dev]!);
          else act(world, a);
        }
        for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) await syncOnce(r, transports[i]!);
        checkConverged(world, exercised);
      }),
      { numRuns: Number(process.env.SYNC_SERVER_RUNS ?? 30) },
    );
  });

  it('three devices converge through a folder and the server at once, batches arriving twice', async () => {
    await fc.assert(
      fc.asyncProperty(skews, actions, async (skew, list) => {
        const root = await mkdtemp(path.join(os.tmpdir(), 'sync-both-'));
        try {
          const world = makeWorld(skew);
          const database = await freshDatabase();
          const transports = DEVICES.map((d) => ({ folder: new FolderTransport(root, d), server: couch(database, d) }));
          for (const a of list) {
            const t = 'dev' in a ? transports[a.dev]! : undefined;
            if (a.kind === 'sync') await syncThrough(world.replicas[a.dev]!, [[t!.folder], [t!.server], [t!.folder, t!.server]][a.route]!);
            else if (a.kind === 'junk') await folderJunk(root, world.replicas[a.dev]!);
            else act(world, a);
          }
          for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) await syncThrough(r, [transports[i]!.folder, transports[i]!.server]);
          checkConverged(world, exercised);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.SYNC_BOTH_RUNS ?? 20) },
    );
  });
});
