// The list's filters live in the address (#/followups/list?…): read from it, and written back with replaceState so
// that changing a filter does not add a Back step per click.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { filtersToQuery, hashQuery, parseFilters, type ListFilters } from './listQuery';

const filtersChanged = 'planner:followup-filters';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(filtersChanged, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(filtersChanged, onChange);
  };
}

export function useListFilters(): [ListFilters, (filters: ListFilters) => void] {
  const query = useSyncExternalStore(subscribe, () => hashQuery(location.hash));
  const filters = useMemo(() => parseFilters(query), [query]);
  const setFilters = useCallback((next: ListFilters) => {
    const q = filtersToQuery(next);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/followups/list${q ? `?${q}` : ''}`);
    window.dispatchEvent(new Event(filtersChanged));
  }, []);
  return [filters, setFilters];
}
