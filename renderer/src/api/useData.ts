// Loading data through the client: every loader re-runs when data changes, whether we changed it or a
// pushed `data.changed` event says someone else did (a sync, another window), once per change.
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PlannerClient } from '../../../shared/contract';
import { useClient, usePush } from './context';

interface DataVersion {
  version: number;
  invalidate: () => void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, invalidate: () => undefined });

/** How long a pushed `data.changed` and our own invalidate() after a save are taken to be news of the same change. */
export const SAME_CHANGE_MS = 300;

/**
 * Turns pushes and our own invalidations into reloads, one per change. Every backend method that changes data
 * pushes `data.changed` once the change is applied, and the code that called it also calls invalidate() when the
 * answer comes back: two reloads per save, each re-rendering every screen (the calendar's event under the pointer
 * among them). So a push reloads at once; an invalidate() just after a push is already covered by it; and an
 * invalidate() that comes first waits up to SAME_CHANGE_MS for the push and reloads once with it, or on its own
 * when none comes (a method that does not push, or a lost push channel).
 */
export function reloadCoalescer(reload: () => void, now: () => number = Date.now) {
  let lastPush = -Infinity;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (waiting !== undefined) clearTimeout(waiting);
    waiting = undefined;
  };
  return {
    pushed(): void {
      lastPush = now();
      flush();
      reload();
    },
    invalidate(): void {
      if (now() - lastPush < SAME_CHANGE_MS || waiting !== undefined) return;
      waiting = setTimeout(() => {
        waiting = undefined;
        reload();
      }, SAME_CHANGE_MS);
    },
    dispose: flush,
  };
}

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const [coalescer] = useState(() => reloadCoalescer(() => setVersion((v) => v + 1)));
  useEffect(() => coalescer.dispose, [coalescer]);
  const invalidate = useCallback(() => coalescer.invalidate(), [coalescer]);
  usePush('data.changed', () => coalescer.pushed());
  const value = useMemo(() => ({ version, invalidate }), [version, invalidate]);
  return createElement(DataVersionContext.Provider, { value }, children);
}

/** Call after a change of our own so that everything on screen reloads. */
export function useInvalidate(): () => void {
  return useContext(DataVersionContext).invalidate;
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` now, again when `key` changes, and again whenever data changes; keeps the last data while reloading. */
export function useData<T>(key: string, load: (client: PlannerClient) => Promise<T>): Loaded<T> {
  const client = useClient();
  const { version, invalidate } = useContext(DataVersionContext);
  const [state, setState] = useState<{ key: string; version: number; data?: T; error?: unknown } | null>(null);

  useEffect(() => {
    let current = true;
    load(client).then(
      (data) => current && setState({ key, version, data }),
      (error: unknown) => current && setState((s) => ({ key, version, data: s?.key === key ? s.data : undefined, error })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when what it loads has changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, version]);

  const sameKey = state?.key === key;
  return {
    data: sameKey ? state?.data : undefined,
    error: sameKey ? state?.error : undefined,
    loading: !sameKey || state?.version !== version,
    reload: invalidate,
  };
}
