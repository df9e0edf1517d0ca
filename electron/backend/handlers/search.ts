// search.query: global search (Ctrl/Cmd+K) across trips, events, notes, organisations, contacts and follow-ups, in
// English and Chinese. The index lives in electron/backend/search; it is built on the first query, or in the background
// a little after start-up when the history is long enough for that build to be felt.
import type { Handlers } from '../dispatch';
import { SearchIndex } from '../search/search-index';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'search.query'>;

/** How long after start-up a long history's index is built, so start-up itself is not slowed. */
const WARM_AFTER_MS = 5_000;
/** Below this many trips the first query builds the index in well under a second: no warm-up needed. */
const WARM_FROM_TRIPS = 40;

export function searchHandlers(ctx: HandlerContext): Group {
  const index = new SearchIndex(ctx.store);

  const warmUp = setTimeout(() => {
    if (index.started) return;
    ctx.store
      .all('trips')
      .then((trips) => {
        if (trips.length >= WARM_FROM_TRIPS) index.warm();
      })
      .catch(() => undefined); // the first query will build it (and report any failure)
  }, WARM_AFTER_MS);
  warmUp.unref(); // never keeps a closing process alive

  return {
    'search.query': ({ text, limit }) => index.query(text, limit),
  };
}
