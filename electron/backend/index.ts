// Creates the backend both hosts serve: handlers for every contract method behind one validating dispatch.
// Electron-only abilities (printing to PDF, dialogs) arrive as ports, so this file never imports electron.
import type { Reply } from '../../shared/contract';
import { closeActivityIndex } from './activity';
import { ChangePushes } from './change-pushes';
import { createDispatch } from './dispatch';
import { HeldFiles, type MadeFile } from './files/held-files';
import { createHandlers } from './handlers';
import { History } from './history';
import { openStore } from './store';
import type { Ports } from './ports';
import type { PushListener } from './push';
import type { Clock } from './store/types';
import type { SyncSeams } from './sync/engine';
import { SyncEngine } from './sync/engine';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  version?: string;
  /** What only the host can do: print to PDF, show a save dialog, seal the sync password. */
  ports?: Ports;
  /** Test seams for sync (file operations of the folder transport, transport wrappers). */
  syncSeams?: SyncSeams;
}

export type { PushListener } from './push';
/** For browser mode's idle warm-up of Chromium (web/main.ts): printed once on the warm page. */
export { warmUpDocument } from './export/pdf/warm-up';

export interface Backend {
  /** Validates `input` against the contract, runs the method, and never throws: failures come back typed. */
  dispatch(method: string, input: unknown): Promise<Reply<unknown>>;
  /** Subscribes to pushed events (data changed, a notice); returns the unsubscribe function. */
  onPush(listener: PushListener): () => void;
  /** Flushes pending writes and releases the data directory. */
  close(): Promise<void>;
}

/** The backend in this process, which can also hand over its held exports (browser mode's web server streams them). */
export interface LocalBackend extends Backend {
  /** A held export by id, or a not-found BackendError that says to export again (unknown, expired, already sent). */
  heldFile(id: string): MadeFile;
  /** Forgets a held export once it has been sent. */
  releaseFile(id: string): void;
  /** Writes now what waits for a background checkpoint (saves are durable in the change log before that). */
  settle(): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now() };

export async function createBackend(options: BackendOptions): Promise<LocalBackend> {
  const clock = options.clock ?? systemClock;
  const store = await openStore({ dataDir: options.dataDir, clock });
  const listeners = new Set<PushListener>();
  const push: PushListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  // Notices raised at open arrive with app.info; later ones (a trip's file repaired on first use) are pushed at once.
  store.onNotice((notice) => push('notice', notice));
  const history = new History(store, clock);
  const ports = options.ports ?? {};
  // Cheap to create: it reads <dataDir>/sync/ on first use and does nothing until a folder or server is configured.
  const sync = new SyncEngine(store, clock, push, options.dataDir, options.syncSeams, ports.secrets);
  sync.holdLog().catch((error: unknown) => console.error('[sync] could not tell the store what of its change log sync needs:', error));
  const files = new HeldFiles(clock);
  // data.changed comes from the store's announcements, one push per call that wrote (see change-pushes.ts).
  const changes = new ChangePushes(store, push);
  const closing: (() => Promise<void>)[] = [];
  const beforeClose = (work: () => Promise<void>) => void closing.push(work);
  const handlers = createHandlers({ store, clock, version: options.version ?? '0.0.0', dataDir: options.dataDir, push, history, ports, sync, files, beforeClose });
  const dispatch = createDispatch(changes.around(handlers));
  return {
    dispatch,
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    heldFile: (id) => files.get(id),
    releaseFile: (id) => files.release(id),
    settle: () => store.flush(),
    async close() {
      changes.dispose();
      listeners.clear();
      files.clear();
      await closeActivityIndex(store); // its saved file is what the next start reads instead of every trip
      for (const work of closing) await work();
      await store.close();
      await ports.pdf?.close?.();
    },
  };
}
