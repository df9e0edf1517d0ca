// How a checkpoint writes its data files beside the saves (decision 016): a few at a time, each started only once the
// saves in flight have finished their append. Node runs file work on four threads; a checkpoint that started every
// file at once took all four, and a save's write and fsync of the change log queued behind dozens of data files.

/** Data files a checkpoint writes at once: the other threads stay free for a save. */
export const FILES_AT_ONCE = 2;

/**
 * Runs `write` for every item, FILES_AT_ONCE at a time, each after `yieldTo()` (the saves queued so far) settles.
 * Stops starting new items at the first failure, lets those started finish, then throws that failure.
 */
export async function writeSliced<T>(items: readonly T[], yieldTo: () => Promise<void>, write: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      await yieldTo();
      if (failure || next >= items.length) return;
      const item = items[next++]!;
      try {
        await write(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, items.length) }, worker));
  if (failure) throw failure.error;
}
