// Results as the user types: one query ~120 ms after typing pauses, and an answer that arrives after a newer query
// was sent is dropped, so a slow early answer never replaces the results for what is now in the box.
import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../../shared/contract';
import { useClient } from '../../api';

export const debounceMs = 120;
const limitPerGroup = 8;

export interface SearchState {
  /** The results for `results.text`, which may lag behind what is typed while a query is on its way. */
  results: SearchResults | undefined;
  pending: boolean;
  error: unknown;
}

export function useSearch(text: string): SearchState {
  const client = useClient();
  const [state, setState] = useState<SearchState>({ results: undefined, pending: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const ticket = ++latest.current;
    const timer = window.setTimeout(
      () => {
        if (!query) {
          setState({ results: undefined, pending: false, error: null });
          return;
        }
        setState((s) => ({ ...s, pending: true }));
        client.call('search.query', { text: query, limit: limitPerGroup }).then(
          (results) => ticket === latest.current && setState({ results, pending: false, error: null }),
          (error: unknown) => ticket === latest.current && setState((s) => ({ ...s, pending: false, error })),
        );
      },
      query ? debounceMs : 0,
    );
    return () => window.clearTimeout(timer);
  }, [client, text]);

  return state;
}
