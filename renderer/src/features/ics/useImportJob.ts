// A long import the dialog can follow and stop: each call gets a job id, `import.progress` pushes for that id are
// kept, and cancel asks the backend to stop it (the call then fails with details.reason 'cancelled').
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../../shared/contract';
import { PlannerError } from '../../../../shared/contract';
import { useClient, usePush } from '../../api/context';

export function isCancelled(error: unknown): boolean {
  return error instanceof PlannerError && (error.details as { reason?: unknown } | undefined)?.reason === 'cancelled';
}

export function useImportJob() {
  const client = useClient();
  const current = useRef<string | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress>();

  usePush('import.progress', (p) => {
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

  const cancel = useCallback(async () => {
    const id = current.current;
    if (id) await client.call('import.cancel', { jobId: id }).catch(() => undefined);
  }, [client]);

  // A dialog closed while its import runs stops it: nobody is left to see the result.
  useEffect(
    () => () => {
      const id = current.current;
      if (id) void client.call('import.cancel', { jobId: id }).catch(() => undefined);
    },
    [client],
  );

  return { progress, start, finish, cancel };
}
