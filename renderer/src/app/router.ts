// A tiny hash router: #/trips and #/trips/<id>. Hash routes work the same from file:// (Electron) and http.
import { useSyncExternalStore } from 'react';

export type TripTab = 'overview' | 'itinerary' | 'clashes';
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

const tripTabs: TripTab[] = ['overview', 'itinerary', 'clashes'];
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

let navigated = false;
window.addEventListener('hashchange', () => (navigated = true));

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
