// Global search (Ctrl/Cmd+K or the header's "Search…" button) across trips, events, notes, organisations, contacts
// and follow-ups. Mounted once by App; the query is kept here so it survives closing and reopening the palette.
import { useEffect, useState } from 'react';
import { PaletteDialog } from './PaletteDialog';
import { closeSearch, isSearchShortcut, openSearch, useSearchOpen } from './searchOpen';
import './search.css';

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

  return open ? <PaletteDialog query={query} onQuery={setQuery} onClose={closeSearch} /> : null;
}
