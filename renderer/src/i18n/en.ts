// English strings. Every key here must exist in zh-Hant.ts too (a unit test checks).
import { logisticsEn } from './features/logistics.en';
import { directoryEn } from './features/directory.en';
import { eventsEn } from './features/events.en';
import { travelEn } from './features/travel.en';
import { itineraryEn } from './features/itinerary.en';
import { syncEn } from './features/sync.en';
import { desktopEn } from './features/desktop.en';
import { exportsEn } from './features/exports.en';
import { reportsEn } from './features/reports.en';
import { icsEn } from './features/ics.en';
import { tablesEn } from './features/tables.en';
import { backupEn } from './features/backup.en';
import { followupsEn } from './features/followups.en';
import { notesEn } from './features/notes.en';
import { outcomesEn } from './features/outcomes.en';
import { searchEn } from './features/search.en';
import { themeEn } from './features/theme.en';
import { formsEn } from './features/forms.en';
import { datetimeEn } from './features/datetime.en';
import { layoutEn } from './features/layout.en';
import { logisticsWarningsEn } from './features/logisticsWarnings.en';

export const en = {
  itinerary: itineraryEn,
  events: eventsEn,
  travel: travelEn,
  directory: directoryEn,
  notes: notesEn,
  followups: followupsEn,
  outcomes: outcomesEn,
  search: searchEn,
  forms: formsEn,
  datetime: datetimeEn,
  sync: syncEn,
  desktop: desktopEn,
  exports: exportsEn,
  reports: reportsEn,
  ics: icsEn,
  tables: tablesEn,
  backup: backupEn,
  layout: layoutEn,
  logisticsWarnings: logisticsWarningsEn,
  theme: themeEn,
  logistics: logisticsEn,
  app: {
    name: 'Delegation Planner',
    tagline: 'Official delegation trips',
    nav: 'Main',
    trips: 'Trips',
    directory: 'Directory',
    followups: 'Follow-ups',
    dashboard: 'Outcomes',
    data: 'Data and backup',
    sync: 'Sync',
    language: 'Language / 語言',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    version: 'Version {{version}}',
  },
  access: {
    title: 'This page needs its access address',
    body: 'Open the address printed by `npm run serve` (it carries the access token).',
    expired: 'The access token here is no longer accepted, probably because the planner service was restarted.',
    hint: 'The address looks like http://127.0.0.1:PORT/#token=… — copy the whole line into the address bar.',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    dismiss: 'Dismiss',
    save: 'Save',
    saving: 'Saving…',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    retry: 'Try again',
    back: 'Back to trips',
  },
  errors: {
    'invalid-input': 'Some details need attention.',
    'not-found': 'That item could not be found. It may have been deleted.',
    conflict: 'Someone else changed this at the same time. Reload and try again.',
    storage: 'The data could not be saved to disk. Nothing was changed.',
    'unknown-method': 'This version of the app and its service do not match. Restart the app.',
    forbidden: 'The planner service refused the request.',
    internal: 'Something went wrong in the planner service.',
    unreachable: 'The planner service could not be reached. Check that it is still running, then try again.',
    loadFailed: 'The trips could not be loaded.',
    detail: 'Details: {{message}}',
  },
  status: {
    draft: 'Draft',
    planned: 'Planned',
    confirmed: 'Confirmed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  trips: {
    title: 'Trips',
    new: 'New trip',
    loadSamples: 'Load sample trips…',
    upcoming: 'Upcoming and current',
    past: 'Past',
    count_one: '{{count}} trip',
    count_other: '{{count}} trips',
    columns: { trip: 'Trip', dates: 'Dates', cities: 'Cities', status: 'Status', actions: 'Actions' },
    noCities: 'No legs yet',
    noBody: 'No organising body',
    editNamed: 'Edit {{title}}',
    deleteNamed: 'Delete {{title}}',
    emptyTitle: 'No trips yet',
    emptyBody: 'Create your first delegation trip, or load the sample trips to see how a plan looks.',
    deleteTitle: 'Delete this trip?',
    deleteBody: '“{{title}}” and its schedule will be removed from the list. You can undo this straight after.',
    deleteConfirm: 'Delete trip',
    deleted: '“{{title}}” was deleted.',
    restored: '“{{title}}” was restored.',
    created: '“{{title}}” was created.',
    saved: 'Changes to “{{title}}” were saved.',
  },
  form: {
    createTitle: 'New trip',
    editTitle: 'Edit trip',
    title: 'Title',
    titleHint: 'e.g. Director-General’s visit to Hangzhou and Shanghai',
    purpose: 'Purpose',
    organisingBody: 'Organising body',
    status: 'Status',
    startDate: 'Start date',
    endDate: 'End date',
    homeTimeZone: 'Home time zone',
    timeZoneHint: 'Pick from the list or type any IANA zone, e.g. Europe/Paris',
    legs: 'Legs',
    legsHint: 'One leg per city, with the zone its meetings are shown in.',
    noLegs: 'No legs yet. Add one for each city the delegation visits.',
    leg: 'Leg {{n}}',
    legSuffix: ' (leg {{n}})',
    city: 'City',
    country: 'Country',
    timeZone: 'Time zone',
    addLeg: 'Add a leg',
    removeLeg: 'Remove leg {{n}}',
    create: 'Create trip',
    summary: 'The trip was not saved. Please correct the fields marked below; everything you typed is kept.',
    required: {
      title: 'Give the trip a title.',
      startDate: 'Enter the date the trip starts.',
      endDate: 'Enter the date the trip ends.',
      city: 'Enter the city for this leg.',
      legStart: 'Enter the date this leg starts.',
      legEnd: 'Enter the date this leg ends.',
    },
    invalidDate: 'Enter a real date (YYYY-MM-DD).',
    endBeforeStart: 'The trip cannot end before it starts. Choose an end date on or after the start date.',
    legEndBeforeStart: 'This leg cannot end before it starts.',
    legOutside: 'This leg falls outside the trip’s dates ({{start}} – {{end}}).',
    badZone: '“{{zone}}” is not a time zone we know. Pick a city from the list, or type a zone such as Asia/Hong_Kong.',
  },
  detail: {
    dates: 'Dates',
    homeTimeZone: 'Home time zone',
    purpose: 'Purpose',
    noPurpose: 'No purpose written yet.',
    legs: 'Legs',
    days: 'Day by day',
    members: 'Delegation',
    noMembers: 'No delegation members have been added yet.',
    day: 'Day {{n}}',
    noLeg: 'No leg planned for this day',
    noEvents: 'Nothing scheduled.',
    outside: 'Outside the trip’s dates',
    timesIn: 'Times are shown in each event’s local time zone.',
    notFound: 'This trip could not be found. It may have been deleted.',
  },
  kind: {
    meeting: 'Meeting',
    seminar: 'Seminar',
    signing: 'Signing',
    'site-visit': 'Site visit',
    travel: 'Travel',
    hotel: 'Hotel',
    meal: 'Meal',
    press: 'Press',
    internal: 'Internal',
  },
  eventStatus: { tentative: 'Tentative', confirmed: 'Confirmed', cancelled: 'Cancelled' },
  samples: {
    offerTitle: 'Load the sample trips?',
    offerBody: 'These example delegation trips show how a full plan looks. You can edit or delete them later.',
    load: 'Load sample trips',
    loading: 'Loading…',
    notNow: 'Not now',
    alreadyLoaded: 'Already loaded',
    allLoaded: 'All the sample trips are already in your list.',
    loaded_one: '{{count}} sample trip was loaded.',
    loaded_other: '{{count}} sample trips were loaded.',
    none: 'No sample trips are available.',
  },
  notices: {
    region: 'Notices',
  },
} as const;

/** The same shape with any strings: what every other language must provide. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Resources = Strings<typeof en>;
