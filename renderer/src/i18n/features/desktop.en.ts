// English strings of the desktop shell: the menu (its English labels live in shared/desktop.ts, which the main process
// uses until the window sends its language), keyboard shortcuts, help and the folder dialog. zh-Hant has the same keys.
import { ENGLISH_MENU_LABELS } from '../../../../shared/desktop';

export const desktopEn = {
  menu: ENGLISH_MENU_LABELS,
  appName: 'Delegation Planner',
  /** The window title while a trip is open. */
  tripTitle: '{{trip}} — Delegation Planner',
  openTripFirst: 'Open a trip first: exporting and printing work on the trip you are looking at.',
  backendRestarted: 'The data service stopped unexpectedly and was restarted; nothing saved was lost. If your last change is missing, make it again.',
  chooseFolder: 'Choose folder…',
  chooseFolderTitle: 'Choose the shared sync folder',
  folderHintBrowser:
    'Type the full path of the folder as the computer running the planner server sees it (for example /Volumes/Team/Sync or \\\\server\\share\\Sync). A browser cannot browse that computer’s folders.',
  shortcuts: {
    title: 'Keyboard shortcuts',
    intro: 'On a Mac, use ⌘ where Ctrl is shown.',
    key: 'Keys',
    action: 'What it does',
    search: 'Search everything',
    newTrip: 'New trip',
    print: 'Print the open trip’s itinerary',
    export: 'Export the open trip',
    undo: 'Undo a change in the itinerary',
    redo: 'Redo',
    followUp: 'Make a follow-up from the selected note text',
    closeDialog: 'Close the dialog (asks first if there are unsaved edits)',
    openEvent: 'Open the event that has the keyboard in the calendar',
    eventTabs: 'Move between an event’s Details, Briefing and Notes tabs',
    help: 'Help',
    showShortcuts: 'This list',
    close: 'Close',
  },
  help: {
    title: 'Delegation Planner help',
    plan: 'Plan a trip: New trip in the File menu, then add its cities, the delegation and the events on the itinerary.',
    notes: 'During the trip, open an event to take meeting notes; select a sentence to turn it into a follow-up.',
    print: 'Print itinerary makes an A4 PDF for drivers and principals; Export… also gives calendar files, Word reports and tables.',
    sync: 'After the trip, Sync now brings together what colleagues wrote on their laptops through a shared folder or a CouchDB server. Nothing anyone wrote is lost.',
    data: 'Everything is kept on this computer and works offline; the Data page makes and restores backups.',
    close: 'Close',
  },
} as const;
