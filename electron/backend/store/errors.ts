// The store's one expected failure: an apply() whose result would not be valid. Nothing was changed.

export interface StoreIssue {
  /** Where, e.g. "trips[abc].endDate". */
  path: string;
  /** For people, e.g. "the trip cannot end before it starts". */
  message: string;
}

export class StoreValidationError extends Error {
  constructor(readonly issues: StoreIssue[]) {
    const listed = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`Nothing was saved, because ${listed.join('; ')}${more}.`);
    this.name = 'StoreValidationError';
  }
}

/** What each way a disk can refuse a write means for the user, and what they can do about it. */
const storageReasons: Record<string, { what: string; todo: string }> = {
  ENOSPC: { what: 'the disk that holds the data folder is full', todo: 'Free some disk space, then try again' },
  EDQUOT: { what: 'your disk quota for the data folder is used up', todo: 'Free some disk space, then try again' },
  EROFS: { what: 'the data folder is on a disk that can only be read', todo: 'Make the disk writable (or move the data folder to one that is), then try again' },
  EACCES: { what: 'this app is not allowed to write in the data folder', todo: "Check the folder's permissions, then try again" },
  EPERM: { what: 'this app is not allowed to write in the data folder', todo: "Check the folder's permissions, then try again" },
  EIO: { what: 'the disk reported a read or write error', todo: 'Check that the disk is connected and working, then try again' },
};

/** The code of a failed file operation (ENOSPC, EIO, …), looking through wrapped causes. */
export function errnoOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

/**
 * A save the disk refused. Thrown only once memory is as it was before the save (see FileStore.writeGroup): nothing
 * of it is kept, in memory or on disk, so trying again later cannot make a duplicate.
 */
export class StorageError extends Error {
  readonly errno: string;

  constructor(cause: unknown) {
    const errno = errnoOf(cause) ?? 'unknown';
    const reason = storageReasons[errno] ?? { what: `the data folder could not be written (${errno})`, todo: 'Check that the disk has space and the folder can be written to, then try again' };
    super(`Not saved: ${reason.what}. ${reason.todo}; nothing was saved, and everything saved before is safe.`, { cause });
    this.name = 'StorageError';
    this.errno = errno;
  }
}

/** A file written by a newer version of the app: left untouched, so what it holds can be neither read nor changed. */
export class ReadOnlyDataError extends Error {
  constructor(subject: string) {
    super(`${subject} was saved by a newer version of Delegation Planner, so this version leaves it untouched: it cannot be opened or changed here. Nothing was changed; update the app to open it.`);
    this.name = 'ReadOnlyDataError';
  }
}
