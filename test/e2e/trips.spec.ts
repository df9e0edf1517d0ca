// Creating, editing, deleting (with undo) and validating trips through the UI, as a planner would.
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, refuseInput, shot, test } from './fixtures';
import { dateTimeField, typeDate } from './datetime-fields';
import { createGulfTrip } from './itinerary-fixture';

async function fillTrip(page: Page): Promise<void> {
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('CEO visit to Hangzhou and Shanghai');
  await form.getByLabel('Organising body').fill('Invest Hong Kong');
  await form.getByLabel('Purpose').fill('Meet AI companies and the city bureau.');
  await form.getByLabel('Status').selectOption({ label: 'Planned' });
  await typeDate(dateTimeField(form, 'Start date'), '2027-03-10');
  await typeDate(dateTimeField(form, 'End date'), '2027-03-13');
  await form.getByLabel('Home time zone').fill('Asia/Hong_Kong');
  await form.getByLabel('Home time zone').press('Tab');

  await form.getByRole('button', { name: 'Add a leg' }).click();
  await form.getByLabel('City (leg 1)').fill('Hangzhou');
  await form.getByLabel('Country (leg 1)').fill('China');
  await form.getByLabel('Time zone (leg 1)').fill('Asia/Shanghai');
  await form.getByLabel('Time zone (leg 1)').press('Tab');
  await typeDate(dateTimeField(form, 'Start date (leg 1)'), '2027-03-10');
  await typeDate(dateTimeField(form, 'End date (leg 1)'), '2027-03-11');

  await form.getByRole('button', { name: 'Add a leg' }).click();
  await form.getByLabel('City (leg 2)').fill('Shanghai');
  await form.getByLabel('Country (leg 2)').fill('China');
  await form.getByLabel('Time zone (leg 2)').fill('Asia/Shanghai');
  await form.getByLabel('Time zone (leg 2)').press('Tab');
  await typeDate(dateTimeField(form, 'Start date (leg 2)'), '2027-03-12');
  await typeDate(dateTimeField(form, 'End date (leg 2)'), '2027-03-13');
}

test('a trip with two legs is created and opens its page, and is still there after a reload and after a server restart', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New trip' }).first().click();
  await fillTrip(page);
  await shot(page, 'trip-form');
  await page.getByRole('dialog', { name: 'New trip' }).getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  // The new trip's page opens, on its overview, with its days ready to plan.
  await expect(page.getByRole('heading', { level: 1, name: 'CEO visit to Hangzhou and Shanghai' })).toBeVisible();
  const [created] = (await planner.call('trips.list')) as { id: string }[];
  expect(new URL(page.url()).hash).toBe(`#/trips/${created!.id}`);
  await expect(page.getByRole('navigation', { name: 'Trip sections' }).locator('[aria-current="page"]')).toHaveText('Overview');
  await expect(page.getByRole('heading', { level: 2, name: 'Day by day' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to trips' }).click();
  const row = page.getByRole('row', { name: /CEO visit to Hangzhou and Shanghai/ });
  await expect(row).toContainText('Hangzhou · Shanghai');
  await expect(row).toContainText('Invest Hong Kong');
  await expect(row).toContainText('Planned');
  await shot(page, 'trip-list-one');

  await page.reload();
  await expect(page.getByRole('row', { name: /CEO visit to Hangzhou and Shanghai/ })).toContainText('Hangzhou · Shanghai');

  await planner.restart();
  await openApp(page, planner);
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('link', { name: 'CEO visit to Hangzhou and Shanghai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CEO visit to Hangzhou and Shanghai' })).toBeVisible();
  const days = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(days).toHaveCount(4);
  await expect(days.nth(0)).toContainText('Hangzhou, China');
  await expect(days.nth(3)).toContainText('Shanghai, China');
});

test('pressing Enter in the form saves the trip, and Escape closes a dialog without saving', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await form.getByLabel('Title').fill('Drafted then abandoned');
  await page.keyboard.press('Escape');
  // Issue 11: something was typed, so Escape asks before throwing it away.
  await page.getByRole('dialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New trip' }).first().click();
  await form.getByLabel('Title').fill('Seminar in Beijing');
  await typeDate(dateTimeField(form, 'Start date'), '2027-05-18');
  await typeDate(dateTimeField(form, 'End date'), '2027-05-20');
  await form.getByLabel('Title').press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Seminar in Beijing' })).toBeVisible();
});

test('an end date is picked from its calendar with the keyboard alone, the calendar opening at the start date', async ({ page, planner }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Study tour of Shenzhen');
  await typeDate(dateTimeField(form, 'Start date'), '2027-03-10');
  const end = dateTimeField(form, 'End date');
  const opener = end.getByRole('button', { name: /^Choose a date/ });
  const calendar = page.getByRole('dialog', { name: /^Choose a date/ });

  // Alt+↓ in the segments opens it, as Windows date pickers do; the empty end date opens at the start date.
  const day = end.locator('[data-type="day"]');
  await day.click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(calendar.getByRole('heading', { name: 'March 2027' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: /10 March 2027/ }).getByRole('button')).toBeFocused();
  // The pop-up stays inside a 1024×700 window, above the field when below has no room.
  const box = (await calendar.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  // Escape closes it without a change, leaving the form open and the keyboard back in the segments.
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(form).toBeVisible();
  await expect(day).toBeFocused();
  await expect(end).toHaveAttribute('data-value', '');

  // Tab past the segments reaches the button; Enter opens it, arrows move, Enter picks.
  await end.locator('[data-type="year"]').focus();
  await page.keyboard.press('Tab');
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar.getByRole('gridcell', { name: /10 March 2027/ }).getByRole('button')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await shot(page, 'trip-form-calendar');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(end).toHaveAttribute('data-value', '2027-03-18');
  await expect(opener).toBeFocused();

  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('link', { name: 'Back to trips' }).click();
  await expect(page.getByRole('row', { name: /Study tour of Shenzhen/ })).toContainText(/10\s*–\s*18 Mar 2027/);
});

test('a trip is edited, deleted, and brought back with Undo', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  await fillTrip(page);
  await page.getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CEO visit to Hangzhou and Shanghai' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to trips' }).click();
  await expect(page.getByRole('link', { name: 'CEO visit to Hangzhou and Shanghai' })).toBeVisible();

  // A row's actions are in its menu (issue 13: no buttons and red Delete on every row).
  await page.getByRole('button', { name: 'Actions for CEO visit to Hangzhou and Shanghai' }).click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog', { name: 'Edit trip' });
  await expect(form.getByLabel('City (leg 2)')).toHaveValue('Shanghai');
  await form.getByLabel('Title').fill('CEO visit to Hangzhou, Shanghai and Suzhou');
  await form.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await form.getByRole('button', { name: 'Remove leg 1' }).click();
  await expect(form.getByLabel('City (leg 1)')).toHaveValue('Shanghai');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row', { name: /CEO visit to Hangzhou, Shanghai and Suzhou/ });
  await expect(row).toContainText('Confirmed');
  await expect(row).not.toContainText('Hangzhou ·');

  await row.getByRole('button', { name: /^Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this trip?' });
  await expect(confirm).toContainText('CEO visit to Hangzhou, Shanghai and Suzhou');
  await confirm.getByRole('button', { name: 'Delete trip' }).click();
  await expect(page.getByRole('link', { name: 'CEO visit to Hangzhou, Shanghai and Suzhou' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'CEO visit to Hangzhou, Shanghai and Suzhou' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /CEO visit to Hangzhou, Shanghai and Suzhou/ })).toContainText('Confirmed');
});

test('a trip that ends before it starts is refused with a clear message, keeps what was typed and saves nothing', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Backwards trip');
  await typeDate(dateTimeField(form, 'Start date'), '2027-06-10');
  await typeDate(dateTimeField(form, 'End date'), '2027-06-08');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  await form.getByLabel('City (leg 1)').fill('Riyadh');
  await form.getByLabel('Time zone (leg 1)').fill('Asia/Riyadh');
  await form.getByLabel('Time zone (leg 1)').press('Tab');
  await typeDate(dateTimeField(form, 'Start date (leg 1)'), '2027-06-10');
  await typeDate(dateTimeField(form, 'End date (leg 1)'), '2027-06-09');
  await form.getByRole('button', { name: 'Create trip' }).click();

  await expect(form.getByRole('alert').first()).toContainText('The trip was not saved');
  await expect(form.getByText('The trip cannot end before it starts')).toBeVisible();
  await expect(form.getByText('This leg cannot end before it starts.')).toBeVisible();
  await expect(dateTimeField(form, 'End date')).toHaveAttribute('aria-invalid', 'true');
  // The date field is a group of segments: focus lands on its first segment.
  await expect(dateTimeField(form, 'End date').locator(':focus')).toHaveCount(1);
  await expect(form.getByLabel('Title')).toHaveValue('Backwards trip');
  await expect(form.getByLabel('City (leg 1)')).toHaveValue('Riyadh');
  await shot(page, 'trip-form-errors');

  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
  expect(await planner.call('trips.list')).toHaveLength(0);
});

test('a leg outside the trip’s dates is pointed out beside it; known cities fill in country and zone', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Dubai roadshow');
  await typeDate(dateTimeField(form, 'Start date'), '2027-09-01');
  await typeDate(dateTimeField(form, 'End date'), '2027-09-03');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  await form.getByLabel('City (leg 1)').fill('Dubai');
  await form.getByLabel('City (leg 1)').blur();
  await expect(form.getByLabel('Time zone (leg 1)')).toHaveValue('Asia/Dubai');
  await expect(form.getByLabel('Country (leg 1)')).toHaveValue('United Arab Emirates');
  await typeDate(dateTimeField(form, 'End date (leg 1)'), '2027-09-05');
  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(form.getByText(/This leg falls outside the trip’s dates/)).toBeVisible();
  await expect(form.getByLabel('City (leg 1)')).toHaveValue('Dubai');
});

test('the backend’s invalid-input issues show beside their fields, and the others in the summary', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await refuseInput(page, 'trips.create', 'Not saved. Nothing was changed.', [
    { path: 'legs.0.city', message: 'a city of that name is already a leg of this trip' },
    { path: 'memberIds', message: 'a delegation has at most 500 members' },
  ]);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Tokyo visit');
  await typeDate(dateTimeField(form, 'Start date'), '2027-10-01');
  await typeDate(dateTimeField(form, 'End date'), '2027-10-02');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  await form.getByLabel('City (leg 1)').fill('Tokyo');
  await form.getByLabel('Time zone (leg 1)').fill('Asia/Tokyo');
  await form.getByLabel('Time zone (leg 1)').press('Tab');
  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(form.getByText('a city of that name is already a leg of this trip')).toBeVisible();
  await expect(form.getByLabel('City (leg 1)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.form-summary')).toContainText('a delegation has at most 500 members');
  await expect(form.getByLabel('Title')).toHaveValue('Tokyo visit');
});

test('an event in the overview’s day list opens in the editor', async ({ page, planner }) => {
  const { tripId } = await createGulfTrip(planner);
  await planner.call('samples.dismiss', {});
  await page.goto(planner.url);
  await page.evaluate((id) => (location.hash = `#/trips/${id}`), tripId);
  const days = page.getByRole('region', { name: 'Day by day' });
  await expect(days).toBeVisible();

  // Anywhere on the item opens it, not only its title.
  const item = days.locator('li.event').filter({ has: page.getByRole('button', { name: 'Ministry of Investment' }) });
  await item.click({ position: { x: 30, y: 12 } }); // on its time, away from the title
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Title')).toHaveValue('Ministry of Investment');
  await shot(page, 'trip-overview-event-open');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // And from the keyboard: the title is a button.
  await days.getByRole('button', { name: 'Dubai Future Foundation' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Title')).toHaveValue('Dubai Future Foundation');
  // Still on the overview.
  expect(new URL(page.url()).hash).toBe(`#/trips/${tripId}`);
});
