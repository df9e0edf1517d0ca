// Long imports the window can follow and stop: each call may name a job id of its own choosing; progress is pushed
// as `import.progress` under that id, and `import.cancel` aborts it (the worker is terminated, writes stop between
// batches and are rolled back).
import type { ExportProgress, ImportProgress } from '../../../shared/contract';
import type { PushListener } from '../push';

export interface Job {
  signal: AbortSignal;
  progress(phase: ImportProgress['phase'], done: number, total: number): void;
}

export class ImportJobs {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly push: PushListener) {}

  async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (jobId !== undefined) {
      this.running.get(jobId)?.abort(); // the same id again: the window started over
      this.running.set(jobId, controller);
    }
    const job: Job = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        if (jobId !== undefined && !controller.signal.aborted) this.push('import.progress', { jobId, phase, done, total });
      },
    };
    try {
      return await work(job);
    } finally {
      if (jobId !== undefined && this.running.get(jobId) === controller) this.running.delete(jobId);
    }
  }

  /** True when a job by that id was running and is now told to stop. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    this.running.delete(jobId);
    return true;
  }
}

export type ExportReport = (phase: ExportProgress['phase'], done: number, total: number) => void;

/** Progress of an export the window follows under `jobId` (pushed as `export.progress`); nothing without an id. */
export function exportProgress(push: PushListener, jobId: string | undefined): ExportReport {
  return (phase, done, total) => {
    if (jobId !== undefined) push('export.progress', { jobId, phase, done, total });
  };
}
