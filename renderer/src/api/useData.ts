// Loading data through the client: every loader re-runs when data changes, whether we changed it or a
// pushed `data.changed` event says someone else did (a sync, another window).
import { createContext, createElement, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PlannerClient } from '../../../shared/contract';
import { useClient, usePush } from './context';

interface DataVersion {
  version: number;
  invalidate: () => void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, invalidate: () => undefined });

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const invalidate = useCallback(() => setVersion((v) => v + 1), []);
  usePush('data.changed', invalidate);
  return createElement(DataVersionContext.Provider, { value: { version, invalidate } }, children);
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
