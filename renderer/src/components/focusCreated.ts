// Puts the keyboard on what was just created (a trip's page, a new event, follow-up, organisation or contact) once it
// is on screen. The record appears only after its dialog has closed, handed focus back to the button that opened it,
// and the list has been drawn again; so this waits for the first moment both are true, and gives up after a while
// rather than take focus from wherever the user has gone meanwhile.

const GIVE_UP_MS = 5000;

/** Where a record is shown, marked on the element (or inside a control) that should take focus. */
export const createdTargets = {
  event: (id: string) => `[data-event-id="${CSS.escape(id)}"]`,
  followUp: (id: string) => `[data-followup-id="${CSS.escape(id)}"]`,
  directory: (section: string, id: string) => `a[href="#/directory/${section}/${CSS.escape(id)}"]`,
};

/** The control to focus for a match: the match itself if it takes focus, else the button or link around or in it. */
function focusable(match: HTMLElement): HTMLElement | null {
  if (match.matches('a[href], button, [tabindex]')) return match;
  return match.closest<HTMLElement>('button, a[href], [role="button"], [tabindex]') ?? match.querySelector<HTMLElement>('button, a[href], [tabindex]');
}

/** Focuses the first element matching `selector` once it exists and no dialog is open. */
export function focusWhenShown(selector: string): void {
  const tryFocus = (): boolean => {
    if (document.querySelector('dialog[open]')) return false;
    const match = document.querySelector<HTMLElement>(selector);
    const target = match && focusable(match);
    if (!target) return false;
    target.focus();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), GIVE_UP_MS);
  const stop = (): void => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  // The dialog's `open` attribute going away is an attribute change; a new row is a child list change.
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
}
