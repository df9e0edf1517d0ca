// The keyboard-shortcut sheet: `?` anywhere but in a field, Help › Keyboard shortcuts (Ctrl+/) on the desktop, or the
// header's button. It lists the keys the app really answers to; the menu's accelerators (electron/main/menu.ts) only
// where there is a menu, so a browser user is never shown keys that do nothing there.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api';
import { Dialog } from '../components/Dialog';

type Action = 'search' | 'showShortcuts' | 'closeDialog' | 'openEvent' | 'eventTabs' | 'undo' | 'redo' | 'followUp' | 'newTrip' | 'print' | 'export' | 'help';

/** Everywhere: search (features/search/searchOpen.ts), this sheet, Escape in every dialog (components/Dialog.tsx),
 *  the calendar (features/itinerary: Enter on an event, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in shortcuts.ts), the event
 *  editor's tabs (features/notes/EventSections.tsx) and a follow-up from note text (features/notes/NotesPanel.tsx). */
const EVERYWHERE: [string, Action][] = [
  ['Ctrl+K', 'search'],
  ['?', 'showShortcuts'],
  ['Esc', 'closeDialog'],
  ['Enter', 'openEvent'],
  ['← →', 'eventTabs'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'redo'],
  ['Ctrl+Shift+F', 'followUp'],
];

/** The desktop menu's accelerators (electron/main/menu.ts). */
const DESKTOP_MENU: [string, Action][] = [
  ['Ctrl+N', 'newTrip'],
  ['Ctrl+P', 'print'],
  ['Ctrl+Shift+E', 'export'],
  ['Ctrl+/', 'showShortcuts'],
  ['F1', 'help'],
];

let open = false;
const listeners = new Set<() => void>();
function setOpen(value: boolean): void {
  open = value;
  for (const listener of listeners) listener();
}
export const openShortcutSheet = (): void => setOpen(true);
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** `?` is the sheet's only when it would type nothing: not in a field, and not over another dialog. */
export function isSheetKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target && (target.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || (target as HTMLElement).isContentEditable)) return false;
  return !document.querySelector('dialog[open]');
}

/** Mounted once by App: the `?` key and the sheet itself. */
export function ShortcutSheet() {
  const shown = useSyncExternalStore(subscribe, () => open);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isSheetKey(event)) return;
      event.preventDefault();
      openShortcutSheet();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return shown ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null;
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const desktop = Boolean(useClient().desktop);
  const rows = desktop ? [...EVERYWHERE, ...DESKTOP_MENU] : EVERYWHERE;
  const footer = (
    <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
      {t('desktop.shortcuts.close')}
    </button>
  );
  return (
    <Dialog title={t('desktop.shortcuts.title')} onClose={onClose} footer={footer} describedBy="shortcuts-intro">
      <p id="shortcuts-intro">{t('desktop.shortcuts.intro')}</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('desktop.shortcuts.key')}</th>
            <th scope="col">{t('desktop.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`desktop.shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
