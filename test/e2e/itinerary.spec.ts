// The itinerary calendar in browser mode: create by selecting a slot, drag and resize (checked in the store after a
// reload), the home-zone switch, undo with Ctrl+Z. The trip is in Riyadh and Dubai; the browser runs in Hong Kong,
// so every time on screen is converted from the event's own zone, not read off the browser's clock.
import { expect, test } from './fixtures';
import { dateTimeField, expectDateTime } from './datetime-fields';
import { calendarEvent, columnX, createGulfTrip, dayColumn, drag, hourRow, openItinerary, storedEvent } from './itinerary-fixture';

const shots = '/tmp/shots3';

test('selecting a slot opens the editor at that time in the leg’s zone, and the new event is stored', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  await expect(page.getByRole('button', { name: 'Whole trip' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: '8 Mar – 12 Mar 2027' })).toBeVisible();
  await expect(dayColumn(page, 0)).toBeVisible();
  await expect(page.locator('.rbc-time-content .rbc-day-slot')).toHaveCount(5);

  // Tuesday 9 March is a Riyadh day: drag from 14:00 to 15:00 in its column.
  const x = await columnX(page, 1);
  const row = await hourRow(page, 14);
  await drag(page, { x, y: row.y + 3 }, { x, y: row.y + row.height - 3 });

  const editor = page.getByRole('dialog', { name: 'New event' });
  await expect(editor).toBeVisible();
  await expectDateTime(dateTimeField(editor, 'Start date'), '2027-03-09');
  await expectDateTime(dateTimeField(editor, 'Start time'), '14:00');
  await expectDateTime(dateTimeField(editor, 'End time'), '15:00');
  await expect(editor.getByLabel('Time zone', { exact: true })).toHaveValue('Asia/Riyadh');
  await editor.getByLabel('Title').fill('Visit to the Misk Foundation');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor).toBeHidden();

  await expect(calendarEvent(page, 'Visit to the Misk Foundation')).toContainText('14:00 – 15:00');
  const detail = (await planner.call('trips.get', { id: tripId })) as { events: { title: string; start: string; end: string; timeZone: string }[] };
  const created = detail.events.find((e) => e.title === 'Visit to the Misk Foundation');
  expect(created).toMatchObject({ start: '2027-03-09T11:00:00.000Z', end: '2027-03-09T12:00:00.000Z', timeZone: 'Asia/Riyadh' });
});

test('an event dragged to another day and resized keeps its new times after a reload', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  await expect(meeting).toContainText('10:00 – 11:00');

  // Move: Tuesday 10:00 → Wednesday 11:00 (grabbed in the middle, so the resize handles are left alone).
  const ten = await hourRow(page, 10);
  const box = (await meeting.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const targetX = await columnX(page, 2);
  await drag(page, grab, { x: targetX, y: grab.y + ten.height });
  await expect(meeting).toContainText('11:00 – 12:00');
  await expect.poll(async () => (await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-10T08:00:00.000Z');

  // Resize: drag the bottom edge down to the 13:00 line.
  const one = await hourRow(page, 13);
  await meeting.hover();
  const handle = meeting.locator('.rbc-addons-dnd-resize-ns-anchor').last();
  const edge = (await handle.boundingBox())!;
  await drag(page, { x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 }, { x: edge.x + edge.width / 2, y: one.y + 4 });
  await expect(meeting).toContainText('11:00 – 13:00');

  await page.reload();
  await expect(calendarEvent(page, 'Ministry of Investment')).toContainText('11:00 – 13:00');
  const stored = await storedEvent(planner, tripId, ids['Ministry of Investment']!);
  expect(stored).toMatchObject({ start: '2027-03-10T08:00:00.000Z', end: '2027-03-10T10:00:00.000Z', timeZone: 'Asia/Riyadh' });
});

test('a drag is saved with one reload of the trip, and the grid and the event stay the same elements', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  await expect(meeting).toContainText('10:00 – 11:00');
  const grid = await page.locator('.rbc-time-content').elementHandle();
  let reloads = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/trips.get') reloads++;
  });
  // The save is held until the dropped event has been taken hold of, as a test (or a person) grabs its edge next.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/events.update', async (route) => {
    await held;
    await route.continue();
  });

  const ten = await hourRow(page, 10);
  const box = (await meeting.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(page, grab, { x: grab.x, y: grab.y + ten.height });
  await expect(meeting).toContainText('11:00 – 12:00');
  const element = await meeting.elementHandle();
  release();
  await expect.poll(async () => (await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-09T08:00:00.000Z');
  await expect.poll(() => reloads).toBeGreaterThan(0);
  // Long enough for a second reload (the push and the save's own answer used to ask for one each) to have started.
  await page.waitForTimeout(1_500);
  expect(reloads).toBe(1);
  // The save re-renders the event where it is; it does not remount the grid or the event under the pointer.
  expect(await grid!.evaluate((node) => node.isConnected)).toBe(true);
  expect(await element!.evaluate((node) => node.isConnected)).toBe(true);
  await expect(meeting).toContainText('11:00 – 12:00');
});

test('the home-zone switch shows every time on the Hong Kong clock', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  await expect(meeting).toContainText('10:00 – 11:00');
  await expect(page.getByText(/Times are local to each place: Riyadh \(GMT\+3\), Dubai \(GMT\+4\)/)).toBeVisible();
  // The flight says where each end is, on its own clock.
  await expect(calendarEvent(page, 'Flight CX to Riyadh')).toContainText('Hong Kong 08:05 → Riyadh 12:40 local');
  await page.screenshot({ path: `${shots}/itinerary-trip-local-en.png` });

  await page.getByRole('radio', { name: 'Hong Kong (home zone)' }).check();
  await expect(meeting).toContainText('15:00 – 16:00');
  await expect(calendarEvent(page, 'Dubai Future Foundation')).toContainText('13:00 – 14:30');
  await expect(page.getByText(/All times are in Hong Kong \(GMT\+8\)/)).toBeVisible();
  await page.screenshot({ path: `${shots}/itinerary-trip-home-en.png` });

  await page.getByRole('radio', { name: 'Local' }).check();
  await expect(meeting).toContainText('10:00 – 11:00');
});

test('Ctrl+Z undoes a move and says what was undone; Ctrl+Shift+Z redoes it', async ({ page, planner }) => {
  const { tripId, ids } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const meeting = calendarEvent(page, 'Ministry of Investment');
  const ten = await hourRow(page, 10);
  const box = (await meeting.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(page, grab, { x: grab.x, y: grab.y + 2 * ten.height });
  await expect(meeting).toContainText('12:00 – 13:00');
  await expect.poll(async () => (await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-09T09:00:00.000Z');

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid: move “Ministry of Investment”' })).toBeVisible();
  await expect(meeting).toContainText('10:00 – 11:00');
  expect((await storedEvent(planner, tripId, ids['Ministry of Investment']!)).start).toBe('2027-03-09T07:00:00.000Z');

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status').filter({ hasText: 'Redid: move “Ministry of Investment”' })).toBeVisible();
  await expect(meeting).toContainText('12:00 – 13:00');
});

test('a toast covers no part of the calendar, and goes after about 5 s', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(viewport);
    await openItinerary(page, planner, tripId);
    const calendar = (await page.getByRole('region', { name: 'Itinerary calendar' }).boundingBox())!;
    // The trip's events were made through the API, so each Ctrl+Z undoes one and says so.
    await page.keyboard.press('Control+z');
    const toast = page.getByRole('status').locator('.toast').filter({ hasText: /^Undid: / });
    await expect(toast).toBeVisible();
    const shownAt = Date.now();
    const box = (await toast.boundingBox())!;
    const overlaps = box.x < calendar.x + calendar.width && calendar.x < box.x + box.width && box.y < calendar.y + calendar.height && calendar.y < box.y + box.height;
    expect(overlaps, `toast ${JSON.stringify(box)} over calendar ${JSON.stringify(calendar)} at ${viewport.width}px`).toBe(false);
    await page.screenshot({ path: `${shots}/itinerary-toast-${viewport.width}.png` });

    await page.waitForTimeout(Math.max(0, 3_000 - (Date.now() - shownAt)));
    await expect(toast).toBeVisible({ timeout: 1 });
    await expect(toast).toBeHidden({ timeout: Math.max(1, 8_000 - (Date.now() - shownAt)) });
  }
});

test('kinds, tentative, cancelled and warnings are shown and announced; cancelled ones are hidden until asked', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  await expect(calendarEvent(page, 'Lunch with PIF')).toHaveClass(/itin-event--tentative/);
  await expect(calendarEvent(page, 'Lunch with PIF')).toHaveAttribute('title', /Tentative/);
  // A meeting with no counterpart carries a warning marker with words for screen readers.
  await expect(calendarEvent(page, 'Ministry of Investment').getByRole('img', { name: '1 warning' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Clashes/ })).toContainText('1');
  await expect(calendarEvent(page, 'Press briefing')).toHaveCount(0);
  await page.getByLabel('Show cancelled').check();
  await expect(calendarEvent(page, 'Press briefing')).toHaveClass(/itin-event--cancelled/);

  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('button', { name: /Flight CX to Riyadh/ })).toContainText('Hong Kong 08:05 → Riyadh 12:40 local');
  await page.screenshot({ path: `${shots}/itinerary-agenda-en.png` });
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  await page.screenshot({ path: `${shots}/itinerary-month-en.png` });

  // Enter on an event opens it in the editor.
  await page.getByRole('button', { name: 'Week' }).click();
  await calendarEvent(page, 'Dubai Future Foundation').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit event' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Edit event' }).getByLabel('Title')).toHaveValue('Dubai Future Foundation');
});

test('the calendar in Traditional Chinese', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await page.addInitScript(() => localStorage.setItem('planner.language', 'zh-Hant'));
  await planner.call('samples.dismiss', {});
  await page.goto(`${planner.url}`);
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), tripId);
  await expect(page.getByRole('region', { name: '行程日曆' })).toBeVisible();
  await expect(page.getByRole('button', { name: '整個行程' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: /行程表/ })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: `${shots}/itinerary-trip-zh.png` });
  await page.getByRole('button', { name: '議程' }).click();
  await page.screenshot({ path: `${shots}/itinerary-agenda-zh.png` });
  await page.getByRole('button', { name: '月' }).click();
  await page.screenshot({ path: `${shots}/itinerary-month-zh.png` });
});

test('the trip workspace: tabs with their own addresses, the overview, and the clash list with its count opening the event', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await openItinerary(page, planner, tripId);
  const tabs = page.getByRole('navigation', { name: 'Trip sections' });
  await tabs.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${tripId}$`));
  await expect(tabs.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Day by day' })).toBeVisible();
  await page.screenshot({ path: `${shots}/trip-overview-tab-en.png` });

  await tabs.getByRole('link', { name: /Clashes/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${tripId}/clashes$`));
  await expect(tabs.getByRole('link', { name: 'Clashes (1 warning)' })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: `${shots}/trip-clashes-tab-en.png` });
  await page.getByRole('button', { name: 'Open event' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit event' }).getByLabel('Title')).toHaveValue('Ministry of Investment');
});
