// search.query: global search (Ctrl/Cmd+K) across trips, events, notes, organisations, contacts and follow-ups, in
// English and Chinese. The index lives in electron/backend/search and on disk under <dataDir>/index/search; it is
// opened on the first query or a little after start-up, and saved when the backend closes.
import type { Handlers } from '../dispatch';
import { indexDir } from '../search/index-files';
import { SearchIndex } from '../search/search-index';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'search.query'>;

/** How long after start-up the index is opened (and, if it must be, rebuilt), so start-up itself is not slowed. */
const WARM_AFTER_MS = 5_000;

export function searchHandlers(ctx: HandlerContext): Group {
  const index = new SearchIndex(ctx.store, { dir: indexDir(ctx.dataDir) });
  const warmUp = setTimeout(() => {
    if (!index.started) index.warm();
  }, WARM_AFTER_MS);
  warmUp.unref(); // never keeps a closing process alive
  // A closed backend's warm-up must not fire later over a store that is gone (the index refuses it too).
  ctx.beforeClose?.(() => {
    clearTimeout(warmUp);
    return index.close();
  });

  return {
    'search.query': ({ text, limit }) => index.query(text, limit),
  };
}
