// What every group of handlers is given: the store, the clock, and a way to push events (progress, sync) to open
// windows. data.changed is not pushed by handlers: it is derived from the store's changes (see ../change-pushes.ts).
import type { HeldFiles } from '../files/held-files';
import type { History } from '../history';
import type { PushListener } from '../push';
import type { Ports } from '../ports';
import type { Clock, Store } from '../store/types';
import type { SyncEngine } from '../sync/engine';

export interface HandlerContext {
  store: Store;
  clock: Clock;
  version: string;
  dataDir: string;
  push: PushListener;
  /** Every user step goes through here so it can be undone. */
  history: History;
  ports: Ports;
  /** Sync with other devices (idle until a folder or server is configured). */
  sync: SyncEngine;
  /** Exported files waiting to be saved or downloaded by id. */
  files: HeldFiles;
  /** Work to finish when the backend closes, before the store does (the search index saves itself). */
  beforeClose?: (work: () => Promise<void>) => void;
}

