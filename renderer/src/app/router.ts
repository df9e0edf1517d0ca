// A tiny hash router: #/trips and #/trips/<id>. Hash routes work the same from file:// (Electron) and http.
import { useSyncExternalStore } from 'react';

export type Route = { page: 'trips' } | { page: 'trip'; id: string };

function parse(hash: string): Route {
  const match = /^#\/trips\/([A-Za-z0-9_-]+)$/.exec(hash);
  return match?.[1] ? { page: 'trip', id: match[1] } : { page: 'trips' };
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
  return route.page === 'trip' ? `#/trips/${route.id}` : '#/trips';
}

export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}
