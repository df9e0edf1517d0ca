// A long import the dialog can follow and stop: each call gets a job id, `import.progress` pushes for that id are
// kept, and cancel asks the backend to stop it (the call then fails with details.reason 'cancelled').
import { useCallback, useEffect } from 'react';
import { PlannerError } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useJobProgress } from '../../api/useJobProgress';

export function isCancelled(error: unknown): boolean {
  return error instanceof PlannerError && (error.details as { reason?: unknown } | undefined)?.reason === 'cancelled';
}

export function useImportJob() {
  const client = useClient();
  const { progress, start, finish, currentJob } = useJobProgress('import.progress');

  const cancel = useCallback(async () => {
    const id = currentJob();
    if (id) await client.call('import.cancel', { jobId: id }).catch(() => undefined);
  }, [client, currentJob]);

  // A dialog closed while its import runs stops it: nobody is left to see the result.
  useEffect(
    () => () => {
      const id = currentJob();
      if (id) void client.call('import.cancel', { jobId: id }).catch(() => undefined);
    },
    [client, currentJob],
  );

  return { progress, start, finish, cancel };
}
