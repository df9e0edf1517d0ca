// Issue 9: the calendar names places from the trip, never from a zone's name, and draws journeys where and when
// they happen. The OASES sample's train runs between Hangzhou and Shanghai, which share Asia/Shanghai; a Riyadh →
// Dubai flight leaves on the changeover day; a Hong Kong → San Francisco flight lands at an earlier clock time.
// The browser runs in Hong Kong.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createGulfTrip, openItinerary } from './itinerary-fixture';

const shots = '/tmp/shots-place';
const calendarEvent = (page: Page, title: string): Locator => page.locator('.rbc-event').filter({ hasText: title });
const dayHeader = (page: Page, index: number): Locator => page.locator('.rbc-time-header .rbc-header').nth(index);

test('the OASES train reads Hangzhou → Shanghai, and 15 May names both cities', async ({ page, planner }) => {
  const { loaded } = (await planner.call('samples.load', { keys: ['oases-hangzhou-shanghai-2025'] })) as { loaded: { id: string }[] };
  await openItinerary(page, planner, loaded[0]!.id);
  const train = calendarEvent(page, 'High-speed train Hangzhou East');
  await expect(train).toContainText('Hangzhou 12:30 → Shanghai 13:35 local');
  await expect(train.locator('.rbc-event-label')).toHaveText('12:30 → 13:35 Shanghai');
  await expect(calendarEvent(page, 'Flight Shanghai → Hong Kong')).toContainText('Shanghai 19:00 → Hong Kong 21:40 local');
  await expect(calendarEvent(page, 'Flight Hong Kong → Hangzhou')).toContainText('Hong Kong 08:30 → Hangzhou 10:40 local');
  // Days of the trip: 13 to 16 May.
  await expect(dayHeader(page, 0)).toContainText('Hong Kong → Hangzhou');
  await expect(dayHeader(page, 2)).toContainText('Hangzhou → Shanghai');
  await expect(page.getByText(/Times are local to each place: Hangzhou \/ Shanghai \(GMT\+8\)/)).toBeVisible();
  await train.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/oases-calendar.png` });

  // The editor shows where the train leaves and arrives.
  await train.click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  const leaves = editor.getByRole('group', { name: 'Leaves from' });
  await expect(leaves.getByLabel('Station or airport (English)')).toHaveValue('Hangzhou East Railway Station');
  await expect(editor.getByRole('group', { name: 'Arrives at' }).getByLabel('City (Chinese)')).toHaveValue('上海');
  await expect(editor.getByLabel('Leg', { exact: true })).toHaveValue('');
  await leaves.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/oases-editor.png` });
});

test('a Riyadh → Dubai flight is drawn from 09:00 in Riyadh’s column and labelled with its 12:05 landing in Dubai', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  // 09:00 in Riyadh (UTC+3) is 06:00Z; 12:05 in Dubai (UTC+4) is 08:05Z.
  await planner.call('events.create', {
    tripId, title: 'Flight EK to Dubai', kind: 'travel', status: 'confirmed',
    start: '2027-03-10T06:00:00.000Z', end: '2027-03-10T08:05:00.000Z', timeZone: 'Asia/Riyadh', endTimeZone: 'Asia/Dubai',
  });
  await openItinerary(page, planner, tripId);
  const flight = calendarEvent(page, 'Flight EK to Dubai');
  await expect(flight.locator('.rbc-event-label')).toHaveText('09:00 → 12:05 Dubai');
  await expect(flight).not.toContainText('11:05');
  await expect(flight).toContainText('Riyadh 09:00 → Dubai 12:05 local');
  // 10 March, the changeover day, is the third column: both cities, Riyadh first.
  await expect(dayHeader(page, 2)).toContainText('Riyadh → Dubai');
  await expect(page.locator('.rbc-time-content .rbc-day-slot').nth(2).locator('.rbc-event').filter({ hasText: 'Flight EK to Dubai' })).toHaveCount(1);
});

test('HKG 12:00 → SFO 08:30 the same date stays in the time grid, not the all-day row', async ({ page, planner }) => {
  const trip = (await planner.call('trips.create', {
    title: 'Bay Area mission', status: 'planned', startDate: '2026-12-01', endDate: '2026-12-03', homeTimeZone: 'Asia/Hong_Kong',
    legs: [{ city: 'San Francisco', country: 'USA', timeZone: 'America/Los_Angeles', startDate: '2026-12-01', endDate: '2026-12-03' }],
  })) as { id: string };
  // 12:00 in Hong Kong is 04:00Z; 08:30 in San Francisco (UTC−8 in December) is 16:30Z.
  await planner.call('events.create', {
    tripId: trip.id, title: 'Flight CX872', kind: 'travel', status: 'confirmed',
    start: '2026-12-01T04:00:00.000Z', end: '2026-12-01T16:30:00.000Z', timeZone: 'Asia/Hong_Kong', endTimeZone: 'America/Los_Angeles',
  });
  await openItinerary(page, planner, trip.id);
  await expect(page.locator('.rbc-allday-cell').getByText('Flight CX872')).toHaveCount(0);
  const inFirstColumn = page.locator('.rbc-time-content .rbc-day-slot').nth(0).locator('.rbc-event').filter({ hasText: 'Flight CX872' });
  await expect(inFirstColumn).toHaveCount(1);
  await expect(inFirstColumn.locator('.rbc-event-label')).toHaveText('12:00 → 08:30 San Francisco');
  await expect(inFirstColumn).toContainText('Hong Kong 12:00 → San Francisco 08:30 local');
  await inFirstColumn.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/hkg-sfo.png` });
});
