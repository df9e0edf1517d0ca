// The messages between the Electron main process and the backend's own process (a utilityProcess; plain Node in
// tests). Main sends calls and a close; the backend answers them, pushes events, and asks main for what only
// Electron can do (print to PDF, the save dialog, the OS keychain) with host calls that main answers.
import type { PushEventName, Reply } from '../../../shared/contract';
import type { PdfOptions } from '../ports';

export interface ProcessOpenOptions {
  dataDir: string;
  version: string;
  /** Whether main's safeStorage can seal secrets; the process is started after app ready, when this is known. */
  secretsAvailable: boolean;
}

/** What each host call asks for and what main answers. */
export interface HostCalls {
  'pdf.render': { input: { html: string; options: PdfOptions }; output: Uint8Array };
  /** The save dialog: the chosen path, or null when cancelled (the backend then writes the file itself). */
  'files.choosePath': { input: { fileName: string }; output: string | null };
  'secrets.encrypt': { input: { text: string }; output: string };
  'secrets.decrypt': { input: { base64: string }; output: string };
}
export type HostCallName = keyof HostCalls;

export type ToBackend =
  | { type: 'open'; options: ProcessOpenOptions }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'close' }
  | { type: 'host-reply'; id: number; ok: true; value: unknown }
  | { type: 'host-reply'; id: number; ok: false; message: string };

export type FromBackend =
  | { type: 'opened' }
  | { type: 'open-failed'; message: string }
  | { type: 'reply'; id: number; reply: Reply<unknown> }
  | { type: 'push'; event: PushEventName; payload: unknown }
  | { type: 'closed' }
  | { type: 'host-call'; id: number; name: HostCallName; input: unknown };

/**
 * The one thing the process needs from its parent: Electron's process.parentPort in a utilityProcess, Node's IPC
 * channel when forked by child_process (tests), or an in-memory double.
 */
export interface ParentChannel {
  onMessage(listener: (message: ToBackend) => void): void;
  postMessage(message: FromBackend): void;
}
