// The CouchDB transport against a real stand-in server (pouchdb-server --in-memory on 127.0.0.1), with a small TCP
// proxy between them to cut connections the way a server that stops mid-push does.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptBatches, sealBatch } from '../../../../../shared/domain/sync/batch';
import type { Batch } from '../../../../../shared/domain/sync/batch';
import { batchDocId, createCouchTransport, CouchSyncError, DESIGN_ID } from '../../../../../electron/backend/sync/couch';
import type { CouchOptions } from '../../../../../electron/backend/sync/couch';
import { change } from '../../../shared/domain/sync/helpers';
import { freePort, startPouchServer } from '../../../helpers/pouchdb-server';
import type { PouchServer } from '../../../helpers/pouchdb-server';

let server: PouchServer;
beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => {
  await server?.stop();
});

let dbCount = 0;
const freshDb = () => `team-${++dbCount}`;
const batchOf = (device: string, seq: number, title = `t${seq}`): Batch => sealBatch(device, seq, [change(device, seq * 100, `e${seq}`, { title })]);
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const transport = (database: string, device: string, extra: Partial<CouchOptions> = {}) => createCouchTransport({ url: server.url, database, device, fetchTimeoutMs: 3_000, ...extra });

async function couch(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Forwards to the server; `mode` decides what happens to connections opened from now on. */
function proxy(target: number) {
  let mode: 'pass' | 'refuse' | 'drop-response' = 'pass';
  const sockets = new Set<net.Socket>();
  const box = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (mode === 'refuse') return void client.destroy();
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    // The request reaches the server and is stored; the answer never comes back.
    if (mode === 'drop-response') upstream.once('data', () => (client.destroy(), upstream.destroy()));
    else upstream.pipe(client);
  });
  return {
    listen: () => new Promise<number>((resolve) => box.listen(0, '127.0.0.1', () => resolve((box.address() as net.AddressInfo).port))),
    async set(next: typeof mode) {
      mode = next;
      for (const s of sockets) s.destroy(); // kept-alive connections would otherwise carry on as before
      await new Promise((resolve) => setTimeout(resolve, 50)); // lets the client notice they are closed
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        box.close(() => resolve());
      }),
  };
}

describe('CouchDB transport', () => {
  it('creates the database, round-trips batches between two devices and never reads a device its own batches', async () => {
    const db = freshDb();
    const a = transport(db, 'devA');
    const b = transport(db, 'devB');
    await a.push(batchOf('devA', 1));
    await a.push(batchOf('devA', 2));
    await a.push(batchOf('devA', 2)); // again: harmless
    await b.push(batchOf('devB', 1));

    const atB = await b.pull({});
    expect(atB.candidates).toEqual([json(batchOf('devA', 1)), json(batchOf('devA', 2))]);
    expect(acceptBatches({}, atB.candidates, 'devB').applied).toEqual({ devA: 2 });
    expect((await a.pull({})).candidates).toEqual([json(batchOf('devB', 1))]);
    expect((await a.pull({ devB: 1 })).candidates).toEqual([]);
    // A second transport on the existing database (another device joining) works too.
    expect((await transport(db, 'devC').pull({ devA: 1 })).candidates).toEqual([json(batchOf('devA', 2)), json(batchOf('devB', 1))]);
  });

  it('the server refuses any update or deletion of a batch (validate_doc_update)', async () => {
    const db = freshDb();
    await transport(db, 'devA').push(batchOf('devA', 1));
    const id = encodeURIComponent(batchDocId('devA', 1));
    const stored = await couch('GET', `${db}/${id}`);
    const update = await couch('PUT', `${db}/${id}`, { ...stored.body, batch: batchOf('devA', 1, 'rewritten') });
    expect(update.status).toBe(403);
    const remove = await couch('DELETE', `${db}/${id}?rev=${String(stored.body._rev)}`);
    expect(remove.status).toBe(403);
    const deletedNew = await couch('PUT', `${db}/${encodeURIComponent(batchDocId('devA', 2))}`, { _deleted: true });
    expect(deletedNew.status).toBe(403);
    expect((await couch('GET', `${db}/${id}`)).body.batch).toEqual(json(batchOf('devA', 1)));
    expect((await couch('GET', `${db}/${DESIGN_ID}`)).body.validate_doc_update).toMatch(/write-once/);
  });

  it('reports a different batch under a taken id and overwrites nothing', async () => {
    const db = freshDb();
    const a = transport(db, 'devA');
    await a.push(batchOf('devA', 1));
    const error = await a.push(batchOf('devA', 1, 'other')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CouchSyncError);
    expect((error as Error).message).toMatch(/already holds a different batch 1 .*Nothing was overwritten/);
    expect((await transport(db, 'devB').pull({})).candidates).toEqual([json(batchOf('devA', 1))]);
  });

  it('resumes from a checkpoint with only new batches, and rereads a device held at a gap', async () => {
    const db = freshDb();
    const a = transport(db, 'devA');
    await a.push(batchOf('devA', 1));
    const b = transport(db, 'devB');
    expect((await b.pull({})).candidates).toHaveLength(1);
    const saved = json(b.checkpoint()) as ReturnType<typeof b.checkpoint>;

    await a.push(batchOf('devA', 2));
    await a.push(batchOf('devA', 4)); // 3 is still on its way
    const resumed = transport(db, 'devB');
    resumed.restore(saved);
    const first = await resumed.pull({ devA: 1 });
    expect(first.candidates).toEqual([json(batchOf('devA', 2))]);
    expect(first.problems).toMatchObject([{ kind: 'gap', device: 'devA', seq: 3 }]);

    // Nothing new in the feed, but devA is read again because it is behind.
    expect((await resumed.pull({ devA: 2 })).problems).toMatchObject([{ kind: 'gap', seq: 3 }]);
    await a.push(batchOf('devA', 3));
    const after = await resumed.pull({ devA: 2 });
    expect(after).toEqual({ candidates: [json(batchOf('devA', 3)), json(batchOf('devA', 4))], problems: [] });
    expect(await resumed.pull({ devA: 4 })).toEqual({ candidates: [], problems: [] });
  });

  it('a server that stops mid-push fails the push clearly; the next push completes with nothing duplicated or lost', async () => {
    const db = freshDb();
    const box = proxy(server.port);
    const port = await box.listen();
    try {
      const a = createCouchTransport({ url: `http://127.0.0.1:${port}`, database: db, device: 'devA', fetchTimeoutMs: 2_000 });
      await a.push(batchOf('devA', 1));

      await box.set('drop-response'); // stored, but the answer is lost
      await expect(a.push(batchOf('devA', 2))).rejects.toThrow(`The server http://127.0.0.1:${port} could not be reached. Nothing was changed; your changes will be sent at the next sync.`);
      expect((await couch('GET', `${db}/${encodeURIComponent(batchDocId('devA', 2))}`)).status).toBe(200); // it did arrive
      await box.set('refuse'); // the server is gone
      await expect(a.push(batchOf('devA', 3))).rejects.toMatchObject({ kind: 'unreachable' });
      await expect(a.pull({})).rejects.toMatchObject({ kind: 'unreachable' });

      await box.set('pass'); // back: the engine pushes what it still holds
      await a.push(batchOf('devA', 2));
      await a.push(batchOf('devA', 3));
      const pulled = await transport(db, 'devB').pull({});
      expect(pulled.candidates).toEqual([1, 2, 3].map((seq) => json(batchOf('devA', seq))));
      const all = await couch('GET', `${db}/_all_docs`);
      expect(all.body.total_rows).toBe(4); // three batches and the design document
    } finally {
      await box.close();
    }
  });

  it('an unreachable server or one that never answers fails quickly with a clear message', async () => {
    const closed = await freePort();
    const start = Date.now();
    await expect(createCouchTransport({ url: `http://127.0.0.1:${closed}`, database: 'x', device: 'devA' }).push(batchOf('devA', 1))).rejects.toThrow(
      `The server http://127.0.0.1:${closed} could not be reached. Nothing was changed; your changes will be sent at the next sync.`,
    );
    const silent = net.createServer(() => undefined); // accepts, never answers
    const port = await new Promise<number>((resolve) => silent.listen(0, '127.0.0.1', () => resolve((silent.address() as net.AddressInfo).port)));
    try {
      const hanging = createCouchTransport({ url: `http://user:secret@127.0.0.1:${port}/`, database: 'x', device: 'devA', fetchTimeoutMs: 300 });
      const error = (await hanging.pull({}).catch((e: unknown) => e)) as CouchSyncError;
      expect(error.kind).toBe('unreachable');
      expect(error.message).toContain(`The server http://127.0.0.1:${port} could not be reached`);
      expect(error.message).not.toContain('secret');
      expect(Date.now() - start).toBeLessThan(3_000);
    } finally {
      silent.close();
    }
  });

  it('says plainly when the user name or password is refused', async () => {
    const refused = transport(freshDb(), 'devA', { username: 'nobody', password: 'wrong' });
    await expect(refused.push(batchOf('devA', 1))).rejects.toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/^The server refused the user name or password\./) as unknown });
    await expect(refused.pull({})).rejects.toThrow(/refused the user name or password/);
  });
});
