// Long lists render a first screenful at once and the rest in chunks, each after the browser has had a moment to
// paint and answer input: 500 trips rendered in one go kept the first screen waiting a second for rows below the fold.
import { useEffect, useState } from 'react';

/**
 * Rows rendered with the page: what a tall window shows. A trip row is 72 px high (a title line and the organising
 * body under it, measured in the built app), so a 1440-px-high window holds 1440 / 72 = 20 rows even with no heading
 * above them; the heading, toolbar and table header leave room for ~17. Every row more is rendered before anyone can
 * see it (60 cost ~150 ms of the first screen); the rest arrive in the idle moments just after.
 */
export const FIRST_ROWS = 20;
/** Rows added per idle moment afterwards. */
export const MORE_ROWS = 120;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps the rows coming on a busy machine, where an idle moment may be long in arriving.
    const handle = requestIdleCallback(run, { timeout: 250 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 16);
  return () => clearTimeout(handle);
}

/** How many of `total` rows to render now: FIRST_ROWS at once, then MORE_ROWS per idle moment until all are there. */
export function useProgressiveCount(total: number, first = FIRST_ROWS, step = MORE_ROWS): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return undefined;
    return whenIdle(() => setCount((c) => c + step));
  }, [count, total, step]);
  return Math.min(count, total);
}
