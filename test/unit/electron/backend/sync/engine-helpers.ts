// Real backends on separate temp data folders that sync through one shared temp folder, with the sync seams open.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../../../../../electron/backend';
import { createBackend } from '../../../../../electron/backend';
import type { SyncSeams } from '../../../../../electron/backend/sync/engine';
import type { InputOf, Method, OutputOf, PushEventName } from '../../../../../shared/contract';

export interface Device {
  dir: string;
  backend: Backend;
  seams: SyncSeams;
  events: { event: PushEventName; payload: unknown }[];
  call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  fail(method: Method, input: unknown): Promise<{ code: string; message: string }>;
  close(): Promise<void>;
}

export async function openDevice(start = Date.parse('2026-01-05T02:00:00Z')): Promise<Device> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sync-device-'));
  let now = start;
  const seams: SyncSeams = {};
  const backend = await createBackend({ dataDir: dir, clock: { now: () => (now += 1000) }, syncSeams: seams });
  const events: Device['events'] = [];
  backend.onPush((event, payload) => events.push({ event, payload }));
  const d: Device = {
    dir,
    backend,
    seams,
    events,
    async call(method, input) {
      const reply = await backend.dispatch(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
      return reply.result as never;
    },
    async fail(method, input) {
      const reply = await backend.dispatch(method, input);
      if (reply.ok) throw new Error(`${method} was expected to fail`);
      return reply.error;
    },
    async close() {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return d;
}

export async function sharedFolder(): Promise<{ folder: string; cleanup(): Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sync-folder-'));
  return { folder, cleanup: () => rm(folder, { recursive: true, force: true }) };
}

export const trip = {
  title: 'OASES to Hangzhou and Shanghai',
  startDate: '2025-05-13',
  endDate: '2025-05-16',
  legs: [{ city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-13', endDate: '2025-05-16' }],
};

export function meeting(tripId: string) {
  return { tripId, title: 'Meeting with Alibaba Cloud', start: '2025-05-13T02:00:00.000Z', end: '2025-05-13T03:00:00.000Z', timeZone: 'Asia/Shanghai' };
}

/**
 * Devices and shared folders for one test file, closed and removed after each test. `team(n)` is n devices
 * configured on one fresh folder.
 */
export function syncTestKit() {
  const open: Device[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((d) => d.close()));
    await Promise.all(cleanups.splice(0).map((c) => c()));
  });
  async function device(start?: number): Promise<Device> {
    const d = await openDevice(start);
    open.push(d);
    return d;
  }
  async function folder(): Promise<string> {
    const made = await sharedFolder();
    cleanups.push(made.cleanup);
    return made.folder;
  }
  async function team(n: number): Promise<{ devices: [Device, Device, Device]; folder: string }> {
    const shared = await folder();
    const devices: Device[] = [];
    for (let i = 0; i < n; i++) {
      const d = await device();
      await d.call('sync.configure', { folder: shared });
      devices.push(d);
    }
    return { devices: devices as [Device, Device, Device], folder: shared };
  }
  return { device, folder, team };
}
