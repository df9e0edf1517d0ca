// Progress of one long call this screen started (an import, an export): each call gets a job id of its own, and only
// that job's pushes are kept, so another screen's job, or one this screen started earlier, never shows here.
import { useCallback, useRef, useState } from 'react';
import type { PushEvents } from '../../../shared/contract';
import { usePush } from './context';

type JobEvent = 'import.progress' | 'export.progress';

export function useJobProgress<E extends JobEvent>(event: E) {
  const current = useRef<string | undefined>(undefined);
  const [progress, setProgress] = useState<PushEvents[E]>();

  usePush(event, (p) => {
    if (p.jobId === current.current) setProgress(p);
  });

  /** A new job id for the next call; progress starts over. */
  const start = useCallback((): string => {
    const id = crypto.randomUUID();
    current.current = id;
    setProgress(undefined);
    return id;
  }, []);

  const finish = useCallback(() => {
    current.current = undefined;
    setProgress(undefined);
  }, []);

  /** The id of the job under way, if any (for cancelling it). */
  const currentJob = useCallback(() => current.current, []);

  return { progress, start, finish, currentJob };
}
