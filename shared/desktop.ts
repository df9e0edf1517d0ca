// What the desktop shell (electron/main) and the renderer agree on: the menu's commands and labels (main builds the
// menu; the renderer translates the labels, sends them over and carries the commands out) and the id of the
// notice main pushes when the data service was restarted (the renderer shows it translated).
/** What a menu item asks the renderer to do; it arrives as a `menu` push event. */
export const MENU_COMMANDS = ['trips.new', 'samples.offer', 'export.open', 'itinerary.print', 'sync.now', 'help.shortcuts', 'help.open', 'theme.system', 'theme.light', 'theme.dark'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * English labels; `&` marks the Alt-key letter on Windows and Linux. renderer/src/i18n/features/desktop.*.ts
 * translate every key, and the renderer sends its language's set whenever the language changes.
 */
export const ENGLISH_MENU_LABELS = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  newTrip: 'New trip',
  loadSamples: 'Load sample trips…',
  export: 'Export…',
  printItinerary: 'Print itinerary…',
  syncNow: 'Sync now',
  quit: 'Quit',
  close: 'Close window',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  reload: 'Reload',
  devTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  appearance: 'Appearance',
  themeSystem: 'Same as system',
  themeLight: 'Light',
  themeDark: 'Dark',
  minimize: 'Minimise',
  shortcuts: 'Keyboard shortcuts',
  helpContents: 'Delegation Planner help',
  about: 'About Delegation Planner',
  // Not menu items: the native question when a window with unsaved edits is closed (electron/main/window.ts), sent
  // with the menu's labels because that is how main learns the app's language.
  discardTitle: 'Discard changes?',
  discardDetail: 'What you typed in the open form has not been saved.',
  discard: 'Discard',
  keepEditing: 'Keep editing',
} as const;

export type MenuLabelKey = keyof typeof ENGLISH_MENU_LABELS;
export type MenuLabels = Record<MenuLabelKey, string>;

/** Id prefix of the notice pushed after the backend's process was restarted (electron/main/backend-process.ts). */
export const BACKEND_RESTARTED_NOTICE = 'backend.restarted';
