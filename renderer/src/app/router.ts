// A tiny hash router: #/trips and #/trips/<id>. Hash routes work the same from file:// (Electron) and http.
import { useSyncExternalStore } from 'react';
import { confirmLeave, hasUnsavedEdits } from '../components/forms/unsavedEdits';

export type TripTab = 'overview' | 'itinerary' | 'clashes' | 'travel' | 'logistics';
export type DirectorySection = 'organisations' | 'contacts' | 'members';

export type FollowUpView = 'board' | 'list';

export type Route =
  | { page: 'trips' }
  | { page: 'trip'; id: string; tab: TripTab; eventId?: string; section?: 'notes' }
  | { page: 'directory'; section: DirectorySection; id?: string }
  | { page: 'organisation'; id: string }
  | { page: 'followups'; view: FollowUpView }
  | { page: 'dashboard' }
  | { page: 'data' }
  | { page: 'sync' };

const tripTabs: TripTab[] = ['overview', 'itinerary', 'clashes', 'travel', 'logistics'];
const sections: DirectorySection[] = ['organisations', 'contacts', 'members'];

function parse(hash: string): Route {
  // #/trips/<id>[/<tab>] and, to open one event (a search hit), #/trips/<id>/itinerary/<eventId>[/notes].
  const trip = /^#\/trips\/([A-Za-z0-9_-]+)(?:\/([a-z]+))?(?:\/([A-Za-z0-9_-]+)(\/notes)?)?$/.exec(hash);
  if (trip?.[1]) {
    const tab = tripTabs.find((x) => x === trip[2]) ?? 'overview';
    if (tab === 'itinerary' && trip[3]) return { page: 'trip', id: trip[1], tab, eventId: trip[3], ...(trip[4] ? { section: 'notes' as const } : {}) };
    return { page: 'trip', id: trip[1], tab };
  }
  const directory = /^#\/directory(?:\/([a-z]+)(?:\/([A-Za-z0-9_-]+))?)?$/.exec(hash);
  if (directory) {
    const section = sections.find((x) => x === directory[1]) ?? 'organisations';
    return directory[2] ? { page: 'directory', section, id: directory[2] } : { page: 'directory', section };
  }
  const organisation = /^#\/organisations\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (organisation?.[1]) return { page: 'organisation', id: organisation[1] };
  // The list may carry its filters after '?' (see features/followups/listQuery.ts).
  const followups = /^#\/followups(?:\/(board|list))?(?:\?[^#]*)?$/.exec(hash);
  if (followups) return { page: 'followups', view: followups[1] === 'list' ? 'list' : 'board' };
  if (hash === '#/dashboard') return { page: 'dashboard' };
  if (hash === '#/data') return { page: 'data' };
  if (hash === '#/sync') return { page: 'sync' };
  return { page: 'trips' };
}

// A page change while a form holds unsaved edits (a link, back/forward, a search hit, a menu command) waits for the
// form's "Discard changes?"; Discard then goes where the user was going. Where the Navigation API can cancel the
// change (links and address changes; back/forward where Chromium allows it) it is cancelled before it happens, so
// history is left as it was. Otherwise hashchange, which cannot be cancelled, puts the old address back before the
// page reads it (these listeners are added before any component's).
let leaving: string | undefined;
let navigated = false;

function holdUp(wanted: string): void {
  confirmLeave(() => {
    leaving = wanted;
    location.hash = wanted;
  });
}

// TypeScript's DOM library knows NavigateEvent but not window.navigation yet.
const navigation = (window as { navigation?: EventTarget }).navigation;
navigation?.addEventListener('navigate', (event) => {
  const change = event as NavigateEvent;
  if (!change.hashChange || !change.cancelable) return;
  const wanted = new URL(change.destination.url).hash;
  if (wanted === leaving || !hasUnsavedEdits()) return;
  change.preventDefault();
  holdUp(wanted);
});

window.addEventListener('hashchange', (event) => {
  const wanted = new URL(event.newURL).hash;
  if (wanted === leaving || !hasUnsavedEdits()) {
    leaving = undefined;
    navigated = true;
    return;
  }
  history.pushState(history.state, '', event.oldURL);
  holdUp(wanted);
});

/** True once the user has moved between pages in the app (not on the first page shown). */
export function hasNavigated(): boolean {
  return navigated;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parse(hash);
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'trip':
      if (route.tab === 'itinerary' && route.eventId) return `#/trips/${route.id}/itinerary/${route.eventId}${route.section ? '/notes' : ''}`;
      return route.tab === 'overview' ? `#/trips/${route.id}` : `#/trips/${route.id}/${route.tab}`;
    case 'directory':
      return route.id ? `#/directory/${route.section}/${route.id}` : `#/directory/${route.section}`;
    case 'organisation':
      return `#/organisations/${route.id}`;
    case 'followups':
      return route.view === 'board' ? '#/followups' : '#/followups/list';
    case 'dashboard':
      return '#/dashboard';
    case 'data':
      return '#/data';
    case 'sync':
      return '#/sync';
    default:
      return '#/trips';
  }
}

export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}

/** The page the address names now, for code outside React (main.tsx asks the first screen's data before rendering). */
export function currentRoute(): Route {
  return parse(location.hash);
}
