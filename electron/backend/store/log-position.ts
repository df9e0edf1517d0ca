// A place in this device's change log, as the indexes kept on disk (search, activity) record it: the seq they reflect
// and the stamp of the change there, so that a log replaced (a restored folder) or compacted past it is noticed and the
// index rebuilt rather than trusted.
import type { Change } from '../../../shared/model';
import type { Store } from './types';

export interface LogPosition {
  seq: number;
  hlc: string;
}

const last = (changes: Change[]) => changes[changes.length - 1];

/** Where the log ends now: every save that has returned is at or before it. Reads only the last change or so. */
export async function logEnd(store: Store): Promise<LogPosition> {
  const since = Math.max(store.lastSeq() - 1, 0);
  try {
    const tail = await store.changes(since); // waits for saves in flight, which may add a few more
    return { seq: since + tail.length, hlc: last(tail)?.hlc ?? '' };
  } catch {
    // The log keeps its newest segment, so this is an unreadable log: a position no later start can match (rebuild).
    return { seq: store.lastSeq(), hlc: '' };
  }
}

/**
 * Where the log stands now, and the changes after `known`; undefined when `known` no longer matches the log (it was
 * compacted past it, replaced, or is shorter): the caller rebuilds. Seqs are consecutive, so the change at seq
 * `known.seq` is the first of `changes(known.seq - 1)`.
 */
export async function logSince(store: Store, known: LogPosition): Promise<{ position: LogPosition; after: Change[] } | undefined> {
  try {
    if (known.seq === 0) {
      const after = await store.changes(0);
      return { position: { seq: after.length, hlc: last(after)?.hlc ?? '' }, after };
    }
    const from = await store.changes(known.seq - 1);
    if (from.length === 0 || from[0]!.hlc !== known.hlc) return undefined;
    return { position: { seq: known.seq - 1 + from.length, hlc: last(from)!.hlc }, after: from.slice(1) };
  } catch {
    return undefined; // changes older than the log keeps (or an unreadable log): rebuild
  }
}
