// Runs one piece of parsing (a calendar file, a contacts CSV, a backup) in its own worker thread, with a ceiling on
// memory and on time: a hostile or merely huge file can fail, but it cannot freeze or kill the thread that answers
// calls. Each run gets a fresh worker that is terminated when it answers, overruns, or is cancelled.
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/contract';
import { BackendError } from '../errors';
import type { Progress, TaskInput, TaskName, TaskOutput } from './tasks';
import { workerEntry } from './worker-entry';

export interface Bounds {
  /** Wall-clock limit; the worker is terminated when it is reached. */
  timeoutMs: number;
  /** V8 old-generation heap of the worker: the parse fails with a clear error rather than the app running out of memory. */
  maxOldGenerationSizeMb: number;
}

export interface RunOptions {
  bounds?: Partial<Bounds>;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** The file in words for messages: "This calendar file", "This contacts file". */
  what: string;
  /** What to do when a bound is hit; by default, split the file. */
  advice?: string;
}

const splitAdvice = 'Split it into smaller files and import them one by one.';

export const defaultBounds: Bounds = { timeoutMs: 60_000, maxOldGenerationSizeMb: 768 };

/** Messages the worker sends back (see import-worker.ts). */
export type WorkerMessage = { type: 'progress'; progress: Progress } | { type: 'result'; result: unknown } | { type: 'error'; error: ApiError };

export function cancelledError(what: string): BackendError {
  // 'conflict' with a reason rather than a code of its own: the hosts map every code to an HTTP status.
  return new BackendError('conflict', `${what} was not imported: you cancelled it. Nothing was changed.`, { reason: 'cancelled' });
}

function tooSlow(what: string, ms: number, advice: string): BackendError {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return new BackendError(
    'invalid-input',
    `${what} took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'} to read, so reading it was stopped. Nothing was changed. ${advice}`,
    { reason: 'time-limit', limitMs: ms },
  );
}

function tooBig(what: string, mb: number, advice: string): BackendError {
  return new BackendError(
    'invalid-input',
    `${what} needs more than ${mb} MB of memory to read, so reading it was stopped. Nothing was changed. ${advice}`,
    { reason: 'memory-limit', limitMb: mb },
  );
}

export async function runBounded<T extends TaskName>(task: T, input: TaskInput<T>, options: RunOptions): Promise<TaskOutput<T>> {
  const bounds = { ...defaultBounds, ...options.bounds };
  const { signal, what } = options;
  const advice = options.advice ?? splitAdvice;
  if (signal?.aborted) throw cancelledError(what);
  const entry = await workerEntry();
  if (signal?.aborted) throw cancelledError(what);
  return new Promise<TaskOutput<T>>((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { task, input },
      resourceLimits: { maxOldGenerationSizeMb: bounds.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
      // The worker's console is the app's: a parser's warnings are not worth a pipe.
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(tooSlow(what, bounds.timeoutMs, advice))), bounds.timeoutMs);
    const onAbort = (): void => finish(() => reject(cancelledError(what)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        if (!settled) options.onProgress?.(message.progress);
      } else if (message.type === 'result') {
        finish(() => resolve(message.result as TaskOutput<T>));
      } else {
        finish(() => reject(new BackendError(message.error.code, message.error.message, message.error.details)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(tooBig(what, bounds.maxOldGenerationSizeMb, advice)));
      else finish(() => reject(new BackendError('internal', `${what} could not be read: ${error.message}. Nothing was changed.`, { reason: 'worker' })));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new BackendError('internal', `${what} could not be read (the reader stopped with code ${code}). Nothing was changed.`, { reason: 'worker' })));
    });
  });
}
