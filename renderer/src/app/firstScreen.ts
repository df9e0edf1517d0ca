// What can wait until the first screen is up. A badge in the navigation (the overdue count) must not hold up the
// page the user opened: its call can cost a pass over every trip on a long history (the activity index is built on
// first use), and the backend answers one call at a time. Such a call starts once the first screen's own calls
// have all come back, or after LATEST_MS, whichever is first; its number simply appears a moment later.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** However slow the first screen's calls are, a deferred call waits no longer than this. */
export const LATEST_MS = 5_000;

let firstScreenUp = false;

/** True once the first screen's calls have been answered (and from then on, for the life of the window). */
export function useAfterFirstScreen(): boolean {
  const queryClient = useQueryClient();
  const [ready, setReady] = useState(firstScreenUp);
  useEffect(() => {
    if (ready) return undefined;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      firstScreenUp = true;
      setReady(true);
    };
    // Looked at in a later task, so the first screen's queries (started by its effects, in this same commit) count.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const check = (): void => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (queryClient.isFetching() === 0) finish();
      }, 0);
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
    const latest = setTimeout(finish, LATEST_MS);
    return () => {
      done = true;
      unsubscribe();
      clearTimeout(pending);
      clearTimeout(latest);
    };
  }, [ready, queryClient]);
  return ready;
}
