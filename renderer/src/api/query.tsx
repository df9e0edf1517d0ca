// Loading and changing data through the client, cached by TanStack Query: `useCall(method, input)` reads,
// `useMutate(method)` writes, and pushed `data.changed` events refresh only the queries that read what changed.
import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient, type UseMutationOptions, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { changeOf, type Area, type QueryMethod, type WriteMethod } from './access';
import { callKey, invalidateChange, writeAnswer } from './cache';
import { useClient, usePush } from './context';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Fresh until a change says otherwise: every change to stored data is pushed, so nothing is re-read on a timer,
      // on focus or on remount. A failed read is shown at once with its Retry button rather than tried again unseen.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The cache for the app's lifetime, refreshed by the pushes the backend sends. */
export function QueryProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <PushInvalidation />
      {children}
    </QueryClientProvider>
  );
}

function PushInvalidation(): null {
  const queryClient = useQueryClient();
  usePush('data.changed', (change) => void invalidateChange(queryClient, change));
  // A sync's report, its devices and its review list live outside the collections.
  usePush('sync.finished', () => void invalidateChange(queryClient, { collections: ['sync'], tripIds: [] }));
  return null;
}

/** Reads `method` with `input`, cached under [method, input]; `enabled: false` waits (e.g. for an id). */
export function useCall<M extends QueryMethod>(method: M, input: InputOf<M>, options?: { enabled?: boolean }): UseQueryResult<OutputOf<M>> {
  const client = useClient();
  return useQuery({
    queryKey: callKey(method, input),
    queryFn: () => client.call(method, input),
    ...(options?.enabled === false && { enabled: false }),
  });
}

/**
 * For code that calls the client itself (a long import, a dialog with its own busy state): tells the cache what a
 * write answered, exactly as useMutate does after its own call.
 */
export function useWritten(): <M extends WriteMethod>(method: M, input: InputOf<M>, output: OutputOf<M>) => void {
  const queryClient = useQueryClient();
  return useCallback(
    <M extends WriteMethod>(method: M, input: InputOf<M>, output: OutputOf<M>) => {
      const fresh = writeAnswer(queryClient, method, input, output);
      void invalidateChange(queryClient, changeOf(method, input, output), fresh);
    },
    [queryClient],
  );
}

/** Refreshes what a change touched, for a caller that knows what changed but not through one write's answer. */
export function useRefresh(): (areas: readonly Area[], tripIds?: readonly string[]) => void {
  const queryClient = useQueryClient();
  return useCallback((areas, tripIds = []) => void invalidateChange(queryClient, { collections: areas, tripIds }), [queryClient]);
}

export type MutateOptions<M extends WriteMethod, Context = unknown> = Omit<UseMutationOptions<OutputOf<M>, unknown, InputOf<M>, Context>, 'mutationFn'>;

/**
 * Runs `method`; its answer goes into the queries that hold the record it returns, and the other queries that read
 * what it changed are refreshed (the push that follows refreshes the same ones, so a fetch already under way is not
 * repeated). `options` may add an optimistic onMutate with its rollback.
 */
export function useMutate<M extends WriteMethod, Context = unknown>(method: M, options?: MutateOptions<M, Context>): UseMutationResult<OutputOf<M>, unknown, InputOf<M>, Context> {
  const client = useClient();
  const written = useWritten();
  return useMutation({
    mutationKey: [method],
    ...options,
    mutationFn: (input: InputOf<M>) => client.call(method, input),
    onSuccess: (output, input, context, mutation) => {
      written(method, input, output);
      return options?.onSuccess?.(output, input, context, mutation);
    },
  });
}
