// The worker's entry (bundled as dist-electron/import-worker.mjs): runs the one task it was started with and posts
// progress, then the result or a typed error. run-bounded.ts owns its limits and ends it. A task that takes its
// input in pieces reads them from `parts` as the backend thread sends them.
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiError } from '../../../shared/contract';
import { BackupProblem } from '../backup/problems';
import { BackendError } from '../errors';
import type { Doing, PartMessage, WorkerMessage } from './run-bounded';
import { tasks, type TaskName } from './tasks';

const { task, input, doing } = workerData as { task: TaskName; input: never; doing: Doing };
const send = (message: WorkerMessage, transfer?: ArrayBuffer[]): void => parentPort!.postMessage(message, transfer);

/** The typed error the backend thread rethrows; a backup's problems keep their reason as handlers/backup.ts expects. */
function asApiError(error: unknown): ApiError {
  if (error instanceof BackendError) return error.toApiError();
  if (error instanceof BackupProblem) return { code: 'invalid-input', message: error.message, details: { reason: error.reason, why: error.why } };
  const message = error instanceof Error ? error.message : String(error);
  if (doing === 'make') return { code: 'internal', message: `The file could not be made: ${message}. Nothing was changed. Try again; if it fails again, restart the app.`, details: { reason: 'worker' } };
  return { code: 'internal', message: `The file could not be read: ${message}. Nothing was imported.` };
}

// Listening from the start, so no piece sent before the task asks for it is missed.
const queue: PartMessage[] = [];
let wake: (() => void) | undefined;
parentPort!.on('message', (message: PartMessage) => {
  queue.push(message);
  wake?.();
});

/** The pieces of input as they arrive, in order; ends when the backend thread says so. */
async function* parts(): AsyncGenerator<unknown> {
  for (;;) {
    const message = queue.shift();
    if (!message) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    if (message.type === 'end') {
      if (message.failed !== undefined) throw new Error(message.failed);
      return;
    }
    yield message.part;
  }
}

async function run(): Promise<void> {
  try {
    const result = await tasks[task](input, (progress) => send({ type: 'progress', progress }), parts());
    // Made bytes move to the backend thread rather than being copied.
    const transfer = result instanceof Uint8Array && result.byteOffset === 0 && result.byteLength === result.buffer.byteLength ? [result.buffer as ArrayBuffer] : undefined;
    send({ type: 'result', result }, transfer);
  } catch (error) {
    send({ type: 'error', error: asApiError(error) });
  }
}

void run();
