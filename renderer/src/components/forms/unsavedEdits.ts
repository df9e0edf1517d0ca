// Which open forms hold unsaved edits, for everything that would take them away without the form's own Cancel:
// moving to another page (links, back/forward, the search palette, menu commands, see app/router.ts) and closing the
// window or tab (beforeunload; Electron turns that into a native question, electron/main/window.ts). A form counts
// only while it is dirty, so a clean form never holds anything up.

export interface UnsavedForm {
  /** Shows the form's "Discard changes?"; `discard` is to be called if the user discards, and nothing otherwise. */
  ask: (discard: () => void) => void;
}

const held: UnsavedForm[] = [];

/** Stops the browser from closing the tab (or Electron the window) while edits are unsaved; the browser asks. */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium (and so Electron's will-prevent-unload) looks at returnValue rather than defaultPrevented.
  event.returnValue = '';
}

/** Marks `form` as holding unsaved edits until the returned function is called. */
export function holdUnsaved(form: UnsavedForm): () => void {
  held.push(form);
  if (held.length === 1) window.addEventListener('beforeunload', onBeforeUnload);
  return () => release(form);
}

function release(form: UnsavedForm): void {
  const at = held.indexOf(form);
  if (at < 0) return;
  held.splice(at, 1);
  if (held.length === 0) window.removeEventListener('beforeunload', onBeforeUnload);
}

export function hasUnsavedEdits(): boolean {
  return held.length > 0;
}

/**
 * Runs `proceed` once no form holds unsaved edits: at once when none does, otherwise after the user discards each
 * (newest first); if the user keeps editing, `proceed` never runs.
 */
export function confirmLeave(proceed: () => void): void {
  const form = held.at(-1);
  if (!form) {
    proceed();
    return;
  }
  form.ask(() => {
    release(form);
    confirmLeave(proceed);
  });
}
