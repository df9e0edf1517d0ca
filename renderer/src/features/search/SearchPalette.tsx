// Global search (Ctrl/Cmd+K or the header's "Search…" button) across trips, events, notes, organisations, contacts
// and follow-ups. Mounted once by App; the query is kept here so it survives closing and reopening the palette.
import { lazy, Suspense, useEffect, useState } from 'react';
import { closeSearch, isSearchShortcut, openSearch, useSearchOpen } from './searchOpen';
import './search.css';

// Fetched on the first search, not with the first screen's script (docs/decisions/021-first-screen.md).
const PaletteDialog = lazy(() => import('./PaletteDialog').then((m) => ({ default: m.PaletteDialog })));

export function SearchPalette() {
  const open = useSearchOpen();
  const [query, setQuery] = useState('');

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isSearchShortcut(event)) return;
      // The browser's own Ctrl+K (search the web) would take the user out of the app.
      event.preventDefault();
      openSearch();
      document.querySelector<HTMLInputElement>('.search-palette__input')?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return open ? (
    <Suspense fallback={null}>
      <PaletteDialog query={query} onQuery={setQuery} onClose={closeSearch} />
    </Suspense>
  ) : null;
}
