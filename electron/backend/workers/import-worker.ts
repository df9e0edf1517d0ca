// The import worker's entry (bundled as dist-electron/import-worker.mjs): runs the one task it was started with and
// posts progress, then the result or a typed error. run-bounded.ts owns its limits and ends it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiError } from '../../../shared/contract';
import { BackupProblem } from '../backup/problems';
import { BackendError } from '../errors';
import type { WorkerMessage } from './run-bounded';
import { tasks, type TaskName } from './tasks';

const { task, input } = workerData as { task: TaskName; input: never };
const send = (message: WorkerMessage): void => parentPort!.postMessage(message);

/** The typed error the backend thread rethrows; a backup's problems keep their reason as handlers/backup.ts expects. */
function asApiError(error: unknown): ApiError {
  if (error instanceof BackendError) return error.toApiError();
  if (error instanceof BackupProblem) return { code: 'invalid-input', message: error.message, details: { reason: error.reason, why: error.why } };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `The file could not be read: ${message}. Nothing was imported.` };
}

async function run(): Promise<void> {
  try {
    const result = await tasks[task](input, (progress) => send({ type: 'progress', progress }));
    send({ type: 'result', result });
  } catch (error) {
    send({ type: 'error', error: asApiError(error) });
  }
}

void run();
