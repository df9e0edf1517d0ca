// What can wait until the first screen is up. A badge in the navigation (the overdue count) must not hold up the
// page the user opened: its call can cost a pass over every trip on a long history (the activity index is built on
// first use), and the backend answers one call at a time. Such a call starts once the first screen's own calls
// have all come back, or after LATEST_MS, whichever is first; its number simply appears a moment later.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PlannerClient } from '../../../shared/contract';
import { callKey } from '../api/cache';
import { currentRoute } from './router';

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

/**
 * Asks for the trip list before React renders anything, when the window opens on it: the request then overlaps
 * building the app's first render instead of following it, and the list's useCall finds it in the cache (same key,
 * in flight or answered). Other pages ask for their own data as before.
 */
export function askFirstScreenData(queryClient: QueryClient, client: PlannerClient): void {
  if (currentRoute().page !== 'trips') return;
  void queryClient.prefetchQuery({ queryKey: callKey('trips.list', {}), queryFn: () => client.call('trips.list', {}) });
}
