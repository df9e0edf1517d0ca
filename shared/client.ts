// How a call crosses from the renderer to the backend and back: replies, typed errors, pushed events, the client.
// shared/contract.ts re-exports all of it (and holds PlannerClient, typed by its methods).
import type { Notice, SyncReport } from './api-types';
import type { MenuLabels } from './desktop';

/** Every failure crosses the boundary in this shape. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'storage' | 'unknown-method' | 'forbidden' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Events the backend pushes to open windows. */
export interface PushEvents {
  /** Pushed once per call that changed data (or per sync), once the change can be read: what it touched. */
  'data.changed': { collections: string[]; tripIds: string[]; ids: string[] };
  'notice': Notice;
  /** A menu command the renderer carries out (Electron only), e.g. `samples.offer` from File › Load sample trips… (see shared/desktop.ts). */
  'menu': { command: string };
  /** A sync finished: what came in (screens refresh through data.changed). */
  'sync.finished': SyncReport;
  /** How far a long import (`jobId` as the window gave it) has got. */
  'import.progress': ImportProgress;
  /** How far a long export (`jobId` as the window gave it: a backup, a large table) has got. */
  'export.progress': ExportProgress;
}

export interface ImportProgress {
  jobId: string;
  /** Reading the file (in a worker), or writing what was chosen. */
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

export interface ExportProgress {
  jobId: string;
  /** Gathering the records, or making the file from them (in a worker). */
  phase: 'gathering' | 'making';
  done: number;
  /** 0 while the amount is not known yet. */
  total: number;
}

export type PushEventName = keyof PushEvents;

/** How one call is carried; hosts that have no use for an option ignore it. */
export interface CallOptions {
  /** Browser mode: let the request outlive the page (fetch keepalive), for the last save as a window closes. */
  keepalive?: boolean;
}

/** The window's own abilities in Electron, done by the main process rather than the backend. */
export interface DesktopShell {
  /** Rebuilds the application menu in the app's language. */
  setMenuLabels(labels: MenuLabels): Promise<void>;
  /** The system's folder dialog: the chosen path, or null when cancelled. */
  chooseFolder(options: { title?: string; defaultPath?: string }): Promise<string | null>;
}

/** Thrown by clients when a call fails, carrying the typed error. */
export class PlannerError extends Error implements ApiError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}
