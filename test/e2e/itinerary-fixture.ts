// A Gulf trip in zones other than the browser's (the tests run the browser in Asia/Hong_Kong): Riyadh (UTC+3)
// then Dubai (UTC+4), so every time on the calendar is really converted. Built through the API.
import type { Locator, Page } from '@playwright/test';
import { expect, type Planner } from './fixtures';

export interface StoredEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
}
interface Detail {
  trip: { id: string };
  events: StoredEvent[];
}

export const gulfTrip = {
  title: 'Gulf investment mission',
  organisingBody: 'Invest Hong Kong',
  status: 'planned',
  startDate: '2027-03-08',
  endDate: '2027-03-12',
  homeTimeZone: 'Asia/Hong_Kong',
  legs: [
    { city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2027-03-08', endDate: '2027-03-10' },
    { city: 'Dubai', country: 'United Arab Emirates', timeZone: 'Asia/Dubai', startDate: '2027-03-10', endDate: '2027-03-12' },
  ],
};

const event = (title: string, start: string, end: string, timeZone: string, extra: Record<string, unknown> = {}) => ({
  title, start, end, timeZone, status: 'confirmed', kind: 'meeting', ...extra,
});

export async function createGulfTrip(planner: Planner): Promise<{ tripId: string; ids: Record<string, string> }> {
  const trip = (await planner.call('trips.create', gulfTrip)) as { id: string };
  const events = [
    // HKG 08:05 (00:05Z) → RUH 12:40 local (09:40Z)
    event('Flight CX to Riyadh', '2027-03-08T00:05:00.000Z', '2027-03-08T09:40:00.000Z', 'Asia/Hong_Kong', { kind: 'travel', endTimeZone: 'Asia/Riyadh' }),
    // 10:00–11:00 in Riyadh = 07:00–08:00Z = 15:00–16:00 in Hong Kong
    event('Ministry of Investment', '2027-03-09T07:00:00.000Z', '2027-03-09T08:00:00.000Z', 'Asia/Riyadh', { organisationIds: [] }),
    event('Lunch with PIF', '2027-03-09T09:30:00.000Z', '2027-03-09T10:30:00.000Z', 'Asia/Riyadh', { kind: 'meal', status: 'tentative' }),
    event('Press briefing', '2027-03-09T13:00:00.000Z', '2027-03-09T13:45:00.000Z', 'Asia/Riyadh', { kind: 'press', status: 'cancelled' }),
    event('Dubai Future Foundation', '2027-03-11T05:00:00.000Z', '2027-03-11T06:30:00.000Z', 'Asia/Dubai', { kind: 'site-visit' }),
  ];
  const ids: Record<string, string> = {};
  for (const e of events) {
    const created = (await planner.call('events.create', { tripId: trip.id, ...e })) as { id: string };
    ids[e.title] = created.id;
  }
  return { tripId: trip.id, ids };
}

export async function storedEvent(planner: Planner, tripId: string, id: string): Promise<StoredEvent> {
  const detail = (await planner.call('trips.get', { id: tripId })) as Detail;
  const found = detail.events.find((e) => e.id === id);
  if (!found) throw new Error(`event ${id} is not in trip ${tripId}`);
  return found;
}

/** Opens the trip's itinerary tab, past the sample offer, and waits for the calendar. */
export async function openItinerary(page: Page, planner: Planner, tripId: string): Promise<void> {
  await planner.call('samples.dismiss', {});
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), tripId);
  await expect(page.getByRole('region', { name: 'Itinerary calendar' })).toBeVisible();
}

/** The whole-trip view's column for a trip day (0 = first day). */
export const dayColumn = (page: Page, index: number): Locator => page.locator('.rbc-time-content .rbc-day-slot').nth(index);

/** The top edge (page y) of an hour's row and the height of one hour, after scrolling it into view. A save no longer
 *  remounts the grid, so the row measured is the row that stays. */
export async function hourRow(page: Page, hour: number): Promise<{ y: number; height: number }> {
  const group = page.locator('.rbc-time-gutter .rbc-timeslot-group').nth(hour);
  await group.scrollIntoViewIfNeeded();
  const box = await group.boundingBox();
  if (!box) throw new Error(`no row for ${hour}:00`);
  return { y: box.y, height: box.height };
}

export async function columnX(page: Page, index: number): Promise<number> {
  const box = await dayColumn(page, index).boundingBox();
  if (!box) throw new Error(`no column ${index}`);
  return box.x + box.width / 2;
}

/** Presses, moves in small steps (the calendar needs to see a drag), and releases. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export const calendarEvent = (page: Page, title: string): Locator => page.locator('.rbc-event').filter({ hasText: title });
