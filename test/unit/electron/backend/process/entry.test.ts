// The backend process's entry run in plain Node (forked with tsx, talking over Node's IPC channel instead of
// Electron's parentPort): open a data folder, make real calls, answer a host call, and close with a flush.
import { fork, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FromBackend, ToBackend } from '../../../../../electron/backend/process/protocol';
import { tempDir } from '../../../helpers/tmp';

const entry = path.resolve('electron/backend/process/entry.ts');
let dir: string;
let cleanup: () => Promise<void>;
let child: ChildProcess;
let received: FromBackend[];

// Generous: tsx compiles the whole backend at start, which takes a while on a busy machine.
function next(predicate: (m: FromBackend) => boolean, timeoutMs = 120_000): Promise<FromBackend> {
  const found = received.find(predicate);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the backend process did not answer')), timeoutMs);
    const listener = (message: FromBackend) => {
      if (!predicate(message)) return;
      clearTimeout(timer);
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
  });
}
const send = (message: ToBackend) => child.send(message);
async function call(id: number, method: string, input: unknown) {
  send({ type: 'call', id, method, input });
  const reply = await next((m) => m.type === 'reply' && m.id === id);
  return (reply as Extract<FromBackend, { type: 'reply' }>).reply;
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  received = [];
  // 'advanced' serialization carries Uint8Array as Electron's structured clone does.
  child = fork(entry, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  child.on('message', (message: FromBackend) => received.push(message));
});
afterEach(async () => {
  if (child.exitCode === null) child.kill();
  await cleanup();
});

describe('the backend process entry in plain Node', () => {
  it('opens the data folder, answers calls, and flushes and exits on close', async () => {
    send({ type: 'open', options: { dataDir: dir, version: '1.2.3', secretsAvailable: false } });
    await next((m) => m.type === 'opened');
    const created = await call(1, 'trips.create', { title: 'Hangzhou AI visit', startDate: '2026-04-01', endDate: '2026-04-04' });
    expect(created).toMatchObject({ ok: true, result: { title: 'Hangzhou AI visit' } });
    const listed = await call(2, 'trips.list', {});
    expect(listed).toMatchObject({ ok: true, result: [{ title: 'Hangzhou AI visit' }] });
    expect(received.some((m) => m.type === 'push' && m.event === 'data.changed')).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    send({ type: 'close' });
    await next((m) => m.type === 'closed');
    expect(await exited).toBe(0);
    // What was saved is there for the next process.
    const files = await fs.readdir(dir);
    expect(files.length).toBeGreaterThan(0);
  }, 240_000);

  it('asks its parent to seal the sync password and uses the answer', async () => {
    send({ type: 'open', options: { dataDir: dir, version: '1.2.3', secretsAvailable: true } });
    await next((m) => m.type === 'opened');
    await fs.mkdir(path.join(dir, 'share'));
    // Plays main's keychain: seals as "sealed:<text>" in base64 and opens only that.
    const asked: string[] = [];
    child.on('message', (m: FromBackend) => {
      if (m.type !== 'host-call') return;
      asked.push(m.name);
      const input = m.input as { text?: string; base64?: string };
      const value = m.name === 'secrets.encrypt' ? Buffer.from(`sealed:${input.text}`).toString('base64') : Buffer.from(input.base64 ?? '', 'base64').toString().replace(/^sealed:/, '');
      send({ type: 'host-reply', id: m.id, ok: true, value });
    });
    const reply = await call(1, 'sync.configure', { folder: path.join(dir, 'share'), password: 'hunter22' });
    expect(reply).toMatchObject({ ok: true, result: { folder: path.join(dir, 'share') } });
    expect(asked).toContain('secrets.encrypt');
    const secrets = JSON.parse(await fs.readFile(path.join(dir, 'sync', 'secrets.json'), 'utf8')) as Record<string, unknown>;
    expect(secrets).toMatchObject({ sealed: true, password: Buffer.from('sealed:hunter22').toString('base64') });
    send({ type: 'close' });
    await next((m) => m.type === 'closed');
  }, 240_000);

  it('reports a data folder it cannot open', async () => {
    const file = path.join(dir, 'not-a-folder');
    await fs.writeFile(file, 'x');
    send({ type: 'open', options: { dataDir: file, version: '1.2.3', secretsAvailable: false } });
    const failed = await next((m) => m.type === 'open-failed' || m.type === 'opened');
    expect(failed.type).toBe('open-failed');
  }, 240_000);
});
