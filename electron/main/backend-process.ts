// Runs the backend in its own utilityProcess, so a slow import or export never freezes windows and menus, and gives
// main a Backend that forwards to it. Main answers the process's host calls (printToPDF, the save dialog, the
// keychain). If the process dies, calls in flight are answered with an error, it is started again with a growing
// delay, and the window is told; saves already answered were durable in the data folder's log (see
// docs/decisions/007-backend-process.md).
import { utilityProcess, type UtilityProcess } from 'electron';
import type { Notice, Reply } from '../../shared/contract';
import { BACKEND_RESTARTED_NOTICE } from '../../shared/desktop';
import type { Backend, PushListener } from '../backend';
import type { FileSaver, PdfRenderer, SecretBox } from '../backend/ports';
import type { FromBackend, HostCallName, HostCalls, ProcessOpenOptions, ToBackend } from '../backend/process/protocol';

export interface BackendProcessOptions {
  /** Absolute path of dist-electron/backend.cjs. */
  modulePath: string;
  dataDir: string;
  version: string;
  ports: { pdf: PdfRenderer; files: FileSaver; secrets: SecretBox };
  /** Waits before each restart after a crash; the last one repeats. */
  restartDelaysMs?: readonly number[];
  /** A process that lived this long has its restart delays start again from the first. */
  stableAfterMs?: number;
  now?: () => number;
}

export const RESTART_DELAYS_MS = [250, 1_000, 5_000, 15_000] as const;
export const RESTARTED_MESSAGE = 'The data service stopped unexpectedly and was restarted; nothing saved was lost.';
const LOST_CALL: Reply<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'The data service stopped before it answered. Everything saved before is kept; this last step may not have been done, so check it and try again.',
  },
};

type Pending = (reply: Reply<unknown>) => void;

/** Starts the process and resolves once it has opened the data folder; rejects if it could not. */
export function startBackendProcess(options: BackendProcessOptions): Promise<Backend> {
  const { restartDelaysMs = RESTART_DELAYS_MS, stableAfterMs = 60_000, now = Date.now } = options;
  const listeners = new Set<PushListener>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let child: UtilityProcess | undefined;
  let ready: Promise<void>;
  let crashes = 0;
  let startedAt = 0;
  let closing: Promise<void> | undefined;
  let closed: (() => void) | undefined;
  let restarts = 0;

  const push: PushListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const send = (message: ToBackend) => child?.postMessage(message);

  async function answerHost(id: number, name: HostCallName, input: unknown): Promise<void> {
    const target = child;
    try {
      const value = await runHostCall(name, input);
      target?.postMessage({ type: 'host-reply', id, ok: true, value } satisfies ToBackend);
    } catch (error) {
      target?.postMessage({ type: 'host-reply', id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ToBackend);
    }
  }

  function runHostCall(name: HostCallName, input: unknown): Promise<unknown> {
    const { pdf, files, secrets } = options.ports;
    switch (name) {
      case 'pdf.render': {
        const { html, options: pdfOptions } = input as HostCalls['pdf.render']['input'];
        return pdf.render(html, pdfOptions);
      }
      case 'files.choosePath':
        return files.choosePath(input as HostCalls['files.choosePath']['input']);
      case 'secrets.encrypt':
        return Promise.resolve().then(() => secrets.encrypt((input as HostCalls['secrets.encrypt']['input']).text));
      case 'secrets.decrypt':
        return Promise.resolve().then(() => secrets.decrypt((input as HostCalls['secrets.decrypt']['input']).base64));
    }
  }

  /** Forks one process; the promise settles when it has opened the data folder (or failed to). */
  function spawn(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const proc = utilityProcess.fork(options.modulePath, [], { serviceName: 'Delegation Planner data', stdio: 'inherit' });
      child = proc;
      startedAt = now();
      let opened = false;
      proc.on('message', (message: FromBackend) => {
        switch (message.type) {
          case 'opened':
            opened = true;
            resolve();
            return;
          case 'open-failed':
            reject(new Error(message.message));
            return;
          case 'reply':
            pending.get(message.id)?.(message.reply);
            pending.delete(message.id);
            return;
          case 'push':
            push(message.event, message.payload as never);
            return;
          case 'host-call':
            void answerHost(message.id, message.name, message.input);
            return;
          case 'closed':
            closed?.();
            return;
        }
      });
      proc.on('exit', (code: number) => {
        if (child === proc) child = undefined;
        for (const answer of pending.values()) answer(LOST_CALL);
        pending.clear();
        if (closing) {
          closed?.();
          return;
        }
        if (!opened) {
          reject(new Error(`the data service ended (code ${code}) before it opened the data folder`));
          return;
        }
        console.error(`[backend] the data service stopped unexpectedly (code ${code}); restarting it`);
        if (now() - startedAt >= stableAfterMs) crashes = 0;
        const delay = restartDelaysMs[Math.min(crashes, restartDelaysMs.length - 1)] ?? 0;
        crashes += 1;
        ready = new Promise<void>((resolveReady) => {
          setTimeout(() => {
            if (closing) return resolveReady();
            spawn().then(
              () => {
                restarts += 1;
                const notice: Notice = { id: `${BACKEND_RESTARTED_NOTICE}.${restarts}`, level: 'warning', message: RESTARTED_MESSAGE, at: new Date(now()).toISOString() };
                push('notice', notice);
                resolveReady();
              },
              (error: unknown) => {
                // The restarted process could not open the data folder: its exit handler has nothing to restart, so
                // calls are refused with this message until the app is started again.
                console.error('[backend] the restarted data service could not open the data folder:', error);
                resolveReady();
              },
            );
          }, delay);
        });
      });
      proc.postMessage({ type: 'open', options: openOptions() } satisfies ToBackend);
    });
  }

  function openOptions(): ProcessOpenOptions {
    return { dataDir: options.dataDir, version: options.version, secretsAvailable: options.ports.secrets.available() };
  }

  const backend: Backend = {
    async dispatch(method, input) {
      // While a crashed process is being restarted, calls wait for the new one rather than fail.
      await ready;
      if (!child || closing) return LOST_CALL;
      const id = nextId++;
      return new Promise<Reply<unknown>>((resolve) => {
        pending.set(id, resolve);
        send({ type: 'call', id, method, input });
      });
    },
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        listeners.clear();
        if (!child) return resolve();
        closed = resolve;
        send({ type: 'close' });
      });
      return closing;
    },
  };

  ready = spawn();
  return ready.then(() => backend);
}
