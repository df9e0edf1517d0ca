// Hands a desktop menu command to the screen that carries it out. The command may arrive before that screen is
// shown (File › New trip while the Sync page is open navigates first), so it waits here until a screen takes it.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/desktop';

let pending: MenuCommand | undefined;
const takers = new Set<() => void>();

/** Leaves `command` for the screen that handles it: taken at once if shown, or when it appears. */
export function requestMenuCommand(command: MenuCommand): void {
  pending = command;
  for (const take of [...takers]) take();
}

/** Runs `run` whenever `command` is requested while this component is shown (or was just before it appeared). */
export function useMenuCommand(command: MenuCommand, run: () => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const take = () => {
      if (pending !== command) return;
      pending = undefined;
      latest.current();
    };
    take();
    takers.add(take);
    return () => void takers.delete(take);
  }, [command]);
}
