// Every screen of the app, reachable one after another in ONE page: the accessibility check (a11y.spec.ts) and the
// screenshot matrix (screens.spec.ts) both walk this list, so a screen added here is checked and photographed.
// Screens are opened in English (names as a person reads them); the screenshot spec then switches language, theme and
// window size in place with `choose`, which works even while a modal dialog makes the header inert.
import type { Page } from '@playwright/test';
import { expect, type Planner } from './fixtures';

export interface Sample {
  tripId: string;
  tripTitle: string;
  /** An event of the trip that has notes, so the Notes tab has something to show. */
  eventId: string;
  eventTitle: string;
  organisationId: string;
  organisationName: string;
}

export interface Screen {
  name: string;
  open(page: Page, sample: Sample): Promise<void>;
  /** Leaves the screen so the next one starts from a page without a dialog over it. */
  close?(page: Page): Promise<void>;
}

interface Detail {
  trip: { id: string; title: string };
  events: { id: string; title: string }[];
  notes: { eventId: string }[];
  organisations: { id: string; name: { en: string } }[];
}

/** Loads the sample trips through the API and picks the Hangzhou trip, one of its noted events and an organisation. */
export async function loadSample(planner: Planner): Promise<Sample> {
  await planner.call('samples.load', {});
  const trips = (await planner.call('trips.list')) as { id: string; title: string }[];
  const trip = trips.find((x) => x.title.includes('Hangzhou')) ?? trips[0];
  if (!trip) throw new Error('the samples loaded no trip');
  const detail = (await planner.call('trips.get', { id: trip.id })) as Detail;
  const noted = new Set(detail.notes.map((note) => note.eventId));
  const event = detail.events.find((x) => noted.has(x.id)) ?? detail.events[0];
  const organisation = detail.organisations[0];
  if (!event || !organisation) throw new Error('the sample trip has no event or no organisation');
  return { tripId: trip.id, tripTitle: trip.title, eventId: event.id, eventTitle: event.title, organisationId: organisation.id, organisationName: organisation.name.en };
}

/** Opens the app once, with the samples already loaded (so the first-run offer does not appear). */
export async function openWithSample(page: Page, planner: Planner): Promise<Sample> {
  const sample = await loadSample(planner);
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  return sample;
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function calendarView(page: Page, sample: Sample, button: string, shown: string): Promise<void> {
  await go(page, `#/trips/${sample.tripId}/itinerary`);
  await page.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator(shown)).toBeVisible();
  await expect(page.locator(`${shown} .rbc-event, ${shown} .itin-agenda`).first()).toBeVisible();
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function openEvent(page: Page, sample: Sample): Promise<void> {
  await go(page, `#/trips/${sample.tripId}/itinerary`);
  await page.getByRole('region', { name: 'Itinerary calendar' }).getByRole('button', { name: sample.eventTitle }).first().click();
  await expect(page.getByRole('dialog').getByRole('tab', { name: 'Details' })).toBeVisible();
}

export const screens: Screen[] = [
  {
    name: 'trips',
    open: async (page) => {
      await go(page, '#/trips');
      await expect(heading(page, 'Trips')).toBeVisible();
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'trip-overview',
    open: async (page, sample) => {
      await go(page, `#/trips/${sample.tripId}`);
      await expect(heading(page, sample.tripTitle)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Day by day' })).toBeVisible();
    },
  },
  {
    name: 'calendar-trip',
    open: async (page, sample) => {
      await go(page, `#/trips/${sample.tripId}/itinerary`);
      await expect(page.locator('.rbc-time-view .rbc-event').first()).toBeVisible();
    },
  },
  { name: 'calendar-month', open: (page, sample) => calendarView(page, sample, 'Month', '.rbc-month-view') },
  { name: 'calendar-week', open: (page, sample) => calendarView(page, sample, 'Week', '.rbc-time-view') },
  { name: 'calendar-day', open: (page, sample) => calendarView(page, sample, 'Day', '.rbc-time-view') },
  { name: 'calendar-agenda', open: (page, sample) => calendarView(page, sample, 'Agenda', '.rbc-agenda-view') },
  {
    name: 'clashes',
    open: async (page, sample) => {
      await go(page, `#/trips/${sample.tripId}/clashes`);
      await expect(page.locator('.clashes, .clash').first()).toBeVisible();
    },
  },
  { name: 'event-editor', open: openEvent, close: closeDialog },
  {
    name: 'event-briefing',
    open: async (page, sample) => {
      await openEvent(page, sample);
      await page.getByRole('dialog').getByRole('tab', { name: 'Briefing' }).click();
      await expect(page.getByRole('dialog').getByRole('tabpanel')).toBeVisible();
    },
    close: closeDialog,
  },
  {
    name: 'event-notes',
    open: async (page, sample) => {
      await openEvent(page, sample);
      await page.getByRole('dialog').getByRole('tab', { name: 'Notes' }).click();
      await expect(page.getByRole('dialog').getByRole('tabpanel')).toBeVisible();
      await expect(page.locator('.notes-panel').first()).toBeVisible();
    },
    close: closeDialog,
  },
  {
    name: 'followups-board',
    open: async (page) => {
      await go(page, '#/followups');
      await expect(page.locator('.fu-card').first()).toBeVisible();
    },
  },
  {
    name: 'followups-list',
    open: async (page) => {
      await go(page, '#/followups/list');
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'directory-organisations',
    open: async (page) => {
      await go(page, '#/directory/organisations');
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'directory-contacts',
    open: async (page) => {
      await go(page, '#/directory/contacts');
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'directory-members',
    open: async (page) => {
      await go(page, '#/directory/members');
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'organisation',
    open: async (page, sample) => {
      await go(page, `#/organisations/${sample.organisationId}`);
      await expect(heading(page, sample.organisationName)).toBeVisible();
    },
  },
  {
    name: 'outcomes',
    open: async (page) => {
      await go(page, '#/dashboard');
      await expect(page.locator('.totals__item').first()).toBeVisible();
    },
  },
  {
    name: 'data',
    open: async (page) => {
      await go(page, '#/data');
      await expect(heading(page, 'Data and backup')).toBeVisible();
    },
  },
  {
    name: 'sync',
    open: async (page) => {
      await go(page, '#/sync');
      await expect(heading(page, 'Sync')).toBeVisible();
    },
  },
  {
    name: 'search',
    open: async (page) => {
      await go(page, '#/trips');
      await expect(heading(page, 'Trips')).toBeVisible();
      await page.getByRole('button', { name: /Search/ }).first().click();
      const palette = page.getByRole('dialog');
      await palette.getByRole('combobox').fill('Hangzhou');
      await expect(palette.getByRole('option').first()).toBeVisible();
    },
    close: closeDialog,
  },
  {
    name: 'dialog-new-trip',
    open: async (page) => {
      await go(page, '#/trips');
      await page.getByRole('button', { name: 'New trip' }).first().click();
      await expect(page.getByRole('dialog').getByRole('textbox').first()).toBeVisible();
    },
    close: closeDialog,
  },
];

/** The header's language and theme switches (app/LanguageSelect.tsx, app/ThemeSelect.tsx). */
export const languageSelect = '.language-select:not(.theme-select) select';
export const themeSelect = '.theme-select select';

/**
 * Sets a header control (language or theme <select>) by value the way its change handler expects, even while a modal
 * dialog makes the header inert to clicks.
 */
export async function choose(page: Page, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const select = document.querySelector<HTMLSelectElement>(selector);
      if (!select) throw new Error(`no ${selector} on the page`);
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
      setValue?.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}
