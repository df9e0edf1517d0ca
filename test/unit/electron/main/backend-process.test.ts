// The backend in its own utilityProcess, seen from main: the mocked fork is wired to the real backend message loop
// and a real backend on a temporary data folder, so calls, pushes, host calls, a crash and a close are all real.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { RESTARTED_MESSAGE, startBackendProcess, type BackendProcessOptions } from '../../../../electron/main/backend-process';
import type { PushEvents, Reply } from '../../../../shared/contract';
import { tempDir } from '../../helpers/tmp';
import { resetElectronMock, utilityProcess, type FakeUtilityProcess } from '../electron-mock';
import { linkToBackendLoop, type BackendLink } from './backend-link';

vi.mock('electron', () => import('../electron-mock'));

const trip = { title: 'Hangzhou AI visit', startDate: '2026-04-01', endDate: '2026-04-04' };
let dir: string;
let cleanup: () => Promise<void>;
let links: BackendLink[];
let ports: BackendProcessOptions['ports'];

function ok<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as T;
}

async function start(extra: Partial<BackendProcessOptions> = {}): Promise<Backend> {
  return startBackendProcess({ modulePath: '/app/dist-electron/backend.cjs', dataDir: dir, version: '9.9.9', ports, restartDelaysMs: [0], ...extra });
}

// Taken before any test fakes the timers, so waiting still works in the test that does.
const realSetTimeout = globalThis.setTimeout;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => realSetTimeout(r, 10));
  expect(check()).toBe(true);
};

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  ({ dir, cleanup } = await tempDir());
  links = [];
  utilityProcess.onFork = (child) => links.push(linkToBackendLoop(child));
  ports = {
    pdf: { render: vi.fn(async (html: string) => new TextEncoder().encode(`%PDF ${html.length}`)) },
    files: { choosePath: vi.fn(async () => '/home/me/itinerary.pdf') },
    secrets: { available: () => true, encrypt: (text: string) => Buffer.from(`sealed:${text}`).toString('base64'), decrypt: () => 'x' },
  };
});
afterEach(async () => cleanup());

describe('startBackendProcess', () => {
  it('forks the backend entry as a named utility process and opens the data folder there', async () => {
    const backend = await start();
    expect(utilityProcess.fork).toHaveBeenCalledWith('/app/dist-electron/backend.cjs', [], expect.objectContaining({ serviceName: 'Delegation Planner data' }));
    const [child] = utilityProcess.instances as [FakeUtilityProcess];
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'open', options: { dataDir: dir, version: '9.9.9', secretsAvailable: true } });
    const created = ok<{ id: string }>(await backend.dispatch('trips.create', trip));
    const listed = ok<{ id: string; title: string }[]>(await backend.dispatch('trips.list', {}));
    expect(listed.map((t) => [t.id, t.title])).toEqual([[created.id, 'Hangzhou AI visit']]);
    expect(ok<{ version: string }>(await backend.dispatch('app.info', {})).version).toBe('9.9.9');
    await backend.close();
  });

  it('passes on validation errors from the process as typed replies', async () => {
    const backend = await start();
    const reply = await backend.dispatch('trips.create', { title: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await backend.close();
  });

  it('relays the pushes of the process to its listeners', async () => {
    const backend = await start();
    const pushed: PushEvents['data.changed'][] = [];
    backend.onPush((event, payload) => event === 'data.changed' && pushed.push(payload as PushEvents['data.changed']));
    await backend.dispatch('trips.create', trip);
    await until(() => pushed.length > 0);
    expect(pushed[0]?.collections).toContain('trips');
    await backend.close();
  });

  it('seals the sync password with main’s keychain, asked over the process boundary', async () => {
    const backend = await start();
    await fs.mkdir(path.join(dir, 'share'));
    ok(await backend.dispatch('sync.configure', { folder: path.join(dir, 'share'), password: 'hunter22' }));
    const secrets = JSON.parse(await fs.readFile(path.join(dir, 'sync', 'secrets.json'), 'utf8')) as { sealed: boolean; password: string };
    expect(secrets).toMatchObject({ sealed: true, password: Buffer.from('sealed:hunter22').toString('base64') });
    await backend.close();
  });

  it('answers host calls with main’s ports, and a failing port with its message', async () => {
    await start();
    const [child] = utilityProcess.instances as [FakeUtilityProcess];
    child.emit('message', { type: 'host-call', id: 7, name: 'pdf.render', input: { html: '<p>hi</p>', options: { paper: 'A4' } } });
    await until(() => child.postMessage.mock.calls.some(([m]) => (m as { id?: number }).id === 7));
    expect(ports.pdf.render).toHaveBeenCalledWith('<p>hi</p>', { paper: 'A4' });
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'host-reply', id: 7, ok: true, value: new TextEncoder().encode('%PDF 9') });

    vi.mocked(ports.files.choosePath).mockRejectedValueOnce(new Error('The dialog could not open'));
    child.emit('message', { type: 'host-call', id: 8, name: 'files.choosePath', input: { fileName: 'a.pdf' } });
    await until(() => child.postMessage.mock.calls.some(([m]) => (m as { id?: number }).id === 8));
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'host-reply', id: 8, ok: false, message: 'The dialog could not open' });
  });

  it('restarts a crashed process, answers the call in flight with an error, tells the window and keeps what was saved', async () => {
    const backend = await start();
    const notices: PushEvents['notice'][] = [];
    backend.onPush((event, payload) => event === 'notice' && notices.push(payload as PushEvents['notice']));
    const created = ok<{ id: string }>(await backend.dispatch('trips.create', trip));

    const inFlight = backend.dispatch('trips.list', {});
    await links[0]?.crash();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('stopped before it answered') } });

    await until(() => notices.length === 1);
    expect(utilityProcess.instances).toHaveLength(2);
    expect(notices[0]).toMatchObject({ level: 'warning', message: RESTARTED_MESSAGE });
    const listed = ok<{ id: string }[]>(await backend.dispatch('trips.list', {}));
    expect(listed.map((t) => t.id)).toEqual([created.id]);
    await backend.close();
  });

  it('makes calls during a restart wait for the new process instead of failing', async () => {
    const backend = await start({ restartDelaysMs: [50] });
    await links[0]?.crash();
    const reply = await backend.dispatch('trips.list', {});
    expect(reply).toEqual({ ok: true, result: [] });
    expect(utilityProcess.instances).toHaveLength(2);
    await backend.close();
  });

  it('waits longer after each crash in a row', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let clock = 0;
      const backend = await start({ restartDelaysMs: [100, 1000], now: () => clock });
      utilityProcess.instances[0]?.emit('exit', 1);
      await vi.advanceTimersByTimeAsync(99);
      expect(utilityProcess.instances).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(utilityProcess.instances).toHaveLength(2);
      await until(() => links.length === 2 && links[1]!.sent.some((m) => m.type === 'opened'));
      clock += 10; // crashed again soon after starting
      await links[1]?.crash();
      await vi.advanceTimersByTimeAsync(999);
      expect(utilityProcess.instances).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(utilityProcess.instances).toHaveLength(3);
      await until(() => links[2]?.sent.some((m) => m.type === 'opened') ?? false);
      await backend.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushes on close: the process closes the backend and ends, and is not restarted', async () => {
    const backend = await start();
    await backend.dispatch('trips.create', trip);
    await backend.close();
    expect(links[0]?.sent.at(-1)).toEqual({ type: 'closed' });
    await new Promise((r) => setTimeout(r, 20));
    expect(utilityProcess.instances).toHaveLength(1);
    expect(await backend.dispatch('trips.list', {})).toMatchObject({ ok: false });
  });

  it('rejects when the process cannot open the data folder', async () => {
    utilityProcess.onFork = (child) => links.push(linkToBackendLoop(child, () => Promise.reject(new Error('EACCES: permission denied'))));
    await expect(start()).rejects.toThrow(/EACCES/);
  });
});
