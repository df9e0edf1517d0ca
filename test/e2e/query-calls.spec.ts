// What the window asks the backend for (issue 11): a calendar drag costs one write and no reload of the screen, a
// change to another trip costs nothing, and a drag the service refuses goes back and says so. Every API call the page
// makes is counted (browser mode: POST /api/<method>; the event stream at /api/events is not a call).
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { calendarEvent, createGulfTrip, drag, hourRow, openItinerary, storedEvent } from './itinerary-fixture';

/** Records every API method the page calls from now on. */
function countCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/events') calls.push(pathname.slice('/api/'.length));
  });
  return calls;
}

/** Long enough for a reload set off by the save's answer or its push to have started, on a busy machine. */
const settleMs = 1_500;

test('one calendar drag costs one events.update, at most the one trips.get its push asks for, and nothing else', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  await expect(meeting).toContainText('10:00 – 11:00');
  // Everything the screen loads first has been loaded: the clash count needs the trip and the rules.
  await expect(page.getByRole('link', { name: /Clashes/ })).toContainText('1');
  await page.waitForTimeout(settleMs);
  const calls = countCalls(page);

  const ten = await hourRow(page, 10);
  const box = (await meeting.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(page, grab, { x: grab.x, y: grab.y + ten.height });
  await expect(meeting).toContainText('11:00 – 12:00');
  await expect.poll(async () => (await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-09T08:00:00.000Z');
  await page.waitForTimeout(settleMs);
  await shot(page, 'query-calendar-after-drag');

  // The old loaders re-read everything on screen after a save (app.info, settings.get, sync.status, the overdue
  // count, …), twice when the push and the answer came apart. Now: the write, and the one re-read of this trip that
  // its data.changed push asks for (the push names the trip but not yet the records, so the window cannot tell its
  // own change from another window's change to the same trip).
  expect(calls.filter((m) => m === 'events.update')).toHaveLength(1);
  expect(calls.filter((m) => m === 'trips.get').length).toBeLessThanOrEqual(1);
  expect(calls.filter((m) => m !== 'events.update' && m !== 'trips.get')).toEqual([]);
  await expect(meeting).toContainText('11:00 – 12:00');
});

test('a change to another trip re-reads nothing on this trip’s calendar; a change to this trip re-reads it once', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  const other = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  await expect(page.getByRole('link', { name: /Clashes/ })).toContainText('1');
  await page.waitForTimeout(settleMs);
  const calls = countCalls(page);

  // Another window moves an event of the other trip: the push names that trip only.
  const moved = other.ids['Ministry of Investment']!;
  await planner.call('events.update', { id: moved, tripId: other.tripId, patch: { start: '2027-03-09T09:00:00.000Z', end: '2027-03-09T10:00:00.000Z' } });
  await page.waitForTimeout(settleMs);
  expect(calls).toEqual([]);

  // Another window moves an event of this trip: the calendar re-reads this trip, once, and shows it.
  await planner.call('events.update', { id: ids['Ministry of Investment']!, tripId, patch: { start: '2027-03-09T09:00:00.000Z', end: '2027-03-09T10:00:00.000Z' } });
  await expect(calendarEvent(page, 'Ministry of Investment')).toContainText('12:00 – 13:00');
  await page.waitForTimeout(settleMs);
  expect(calls).toEqual(['trips.get']);
});

test('a drag the service refuses goes back to where it was, and a toast says so', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  await expect(meeting).toContainText('10:00 – 11:00');
  // Held, so the event is seen where it was dropped before the refusal comes.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const refusal = { ok: false, error: { code: 'storage', message: 'The disk is full.' } };
  await page.route('**/api/events.update', async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refusal) });
  });

  const ten = await hourRow(page, 10);
  const box = (await meeting.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(page, grab, { x: grab.x, y: grab.y + ten.height });
  await expect(meeting).toContainText('11:00 – 12:00');
  release();

  await expect(page.getByRole('status').locator('.toast').filter({ hasText: '“Ministry of Investment” could not be moved, so it is back where it was.' })).toBeVisible();
  await expect(meeting).toContainText('10:00 – 11:00');
  await shot(page, 'query-calendar-drag-refused');
  expect((await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-09T07:00:00.000Z');
});
