// Runs one piece of long work in its own worker thread, with a ceiling on memory and on time: parsing a file given to
// the app (a calendar, a contacts CSV, a backup), or making a file (a table, a backup). A hostile or merely huge file
// can fail, but it cannot freeze or kill the thread that answers calls. Each run gets a fresh worker that is
// terminated when it answers, overruns, or is cancelled.
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
  /** 'make' for a file the app writes (an export): the words say "make" rather than "read". */
  doing?: Doing;
  /**
   * Input handed over piece by piece after the worker starts (the task reads them as `parts`): each is copied to the
   * worker on its own, with a turn for other calls in between, so a large history is never one long copy.
   */
  parts?: AsyncIterable<unknown> | Iterable<unknown>;
}

export type Doing = 'read' | 'make';

/** Lets calls that arrived meanwhile run: I/O callbacks come before setImmediate's. */
export const yieldToCalls = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const splitAdvice = 'Split it into smaller files and import them one by one.';

export const defaultBounds: Bounds = { timeoutMs: 60_000, maxOldGenerationSizeMb: 768 };

/** Messages the worker sends back (see import-worker.ts). */
export type WorkerMessage = { type: 'progress'; progress: Progress } | { type: 'result'; result: unknown } | { type: 'error'; error: ApiError };

/** Messages the worker is sent: the pieces of its input (RunOptions.parts), then the end of them. */
export type PartMessage = { type: 'part'; part: unknown } | { type: 'end'; failed?: string };

export function cancelledError(what: string): BackendError {
  // 'conflict' with a reason rather than a code of its own: the hosts map every code to an HTTP status.
  return new BackendError('conflict', `${what} was not imported: you cancelled it. Nothing was changed.`, { reason: 'cancelled' });
}

const gerund: Record<Doing, string> = { read: 'reading', make: 'making' };

function tooSlow(what: string, ms: number, advice: string, doing: Doing): BackendError {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return new BackendError(
    'invalid-input',
    `${what} took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'} to ${doing}, so ${gerund[doing]} it was stopped. Nothing was changed. ${advice}`,
    { reason: 'time-limit', limitMs: ms },
  );
}

function tooBig(what: string, mb: number, advice: string, doing: Doing): BackendError {
  return new BackendError(
    'invalid-input',
    `${what} needs more than ${mb} MB of memory to ${doing}, so ${gerund[doing]} it was stopped. Nothing was changed. ${advice}`,
    { reason: 'memory-limit', limitMb: mb },
  );
}

export async function runBounded<T extends TaskName>(task: T, input: TaskInput<T>, options: RunOptions): Promise<TaskOutput<T>> {
  const bounds = { ...defaultBounds, ...options.bounds };
  const { signal, what, parts } = options;
  const advice = options.advice ?? splitAdvice;
  const doing = options.doing ?? 'read';
  if (signal?.aborted) throw cancelledError(what);
  const entry = await workerEntry();
  if (signal?.aborted) throw cancelledError(what);
  return new Promise<TaskOutput<T>>((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { task, input, doing },
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
    const timer = setTimeout(() => finish(() => reject(tooSlow(what, bounds.timeoutMs, advice, doing))), bounds.timeoutMs);
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
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(tooBig(what, bounds.maxOldGenerationSizeMb, advice, doing)));
      else finish(() => reject(new BackendError('internal', `${what} could not be ${doing === 'read' ? 'read' : 'made'}: ${error.message}. Nothing was changed.`, { reason: 'worker' })));
    });
    worker.on('exit', (code) => {
      const stopped =
        doing === 'read'
          ? `could not be read (the reader stopped with code ${code}). Nothing was changed.`
          : `could not be made (the worker making it stopped with code ${code}). Nothing was changed. Try again; if it fails again, restart the app.`;
      finish(() => reject(new BackendError('internal', `${what} ${stopped}`, { reason: 'worker' })));
    });
    if (parts) void feed(worker, parts, () => settled);
  });
}

/** Hands the parts to the worker one by one, each its own copy, with other calls answered in between. */
async function feed(worker: Worker, parts: AsyncIterable<unknown> | Iterable<unknown>, stopped: () => boolean): Promise<void> {
  try {
    for await (const part of parts) {
      if (stopped()) return;
      worker.postMessage({ type: 'part', part } satisfies PartMessage);
      await yieldToCalls();
    }
    if (!stopped()) worker.postMessage({ type: 'end' } satisfies PartMessage);
  } catch (error) {
    // Gathering the input failed (a store read): the worker is ended by the error it gets from its missing input.
    if (!stopped()) worker.postMessage({ type: 'end', failed: error instanceof Error ? error.message : String(error) } satisfies PartMessage);
  }
}
