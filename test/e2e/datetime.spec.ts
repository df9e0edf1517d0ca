// The date, time and zone fields (issue 13.3–13.5): a leg's city finds its zone with the offset shown, Windows names
// and IANA names work in the picker; dates and times are typed by keyboard in the app's language, never the
// browser's, and saved as typed. One server per test; waits follow the screen.
import type { Page } from '@playwright/test';
import { dateTimeField, expectShown, typeDate, typeTime } from './datetime-fields';
import { expect, openApp, shot, test, type Planner } from './fixtures';

type Stored = { title: string; start: string; end: string; timeZone: string };

async function tripWithLeg(planner: Planner): Promise<string> {
  await planner.call('samples.dismiss');
  const trip = (await planner.call('trips.create', {
    title: 'Shanghai AI week',
    startDate: '2027-05-10',
    endDate: '2027-05-16',
    legs: [{ city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-05-10', endDate: '2027-05-16' }],
  })) as { id: string };
  return trip.id;
}

async function openTrip(page: Page, planner: Planner): Promise<void> {
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Shanghai AI week' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shanghai AI week' })).toBeVisible();
}

test('a leg’s city fills its zone with the offset; the picker finds Windows names and cities in Chinese; nonsense is refused', async ({ page, planner }) => {
  test.slow(); // many fields typed key by key: on a busy machine this outlasts the default minute
  await planner.call('samples.dismiss');
  await openApp(page, planner);
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Zones');
  await typeDate(dateTimeField(form, 'Start date'), '2027-07-01');
  await typeDate(dateTimeField(form, 'End date'), '2027-07-03');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  const zone = form.getByRole('combobox', { name: 'Time zone (leg 1)' });

  // A known city typed as the leg's city selects its zone.
  await form.getByLabel('City (leg 1)').fill('Shanghai');
  await expect(zone).toHaveValue('Asia/Shanghai');
  await expect(form.locator('.leg .zone-picker__summary')).toHaveText('Shanghai · UTC+8');
  await expect(form.getByLabel('Country (leg 1)')).toHaveValue('China');

  // Outlook's Windows name typed and left; then 上海 picked from the list, with its offset beside it.
  await zone.fill('W. Europe Standard Time');
  await zone.press('Tab');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(form.locator('.leg .zone-picker__summary')).toHaveText('Berlin · UTC+2'); // summer time on 1 July
  await zone.fill('上海');
  const shanghai = page.getByRole('option', { name: /Shanghai · China/ });
  await expect(shanghai).toContainText('UTC+8');
  await shot(page, 'zone-picker');
  await shanghai.click();
  await expect(zone).toHaveValue('Asia/Shanghai');
  await expect(form.locator('.leg .zone-picker__summary')).toHaveText('Shanghai · UTC+8');

  // Something that is no zone: said beside the field, and the trip is not saved.
  await zone.fill('Mars Base');
  await expect(form.locator('.leg .zone-picker__summary')).toContainText('No city or zone matches “Mars Base”');
  await zone.press('Tab');
  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(form.getByText('“Mars Base” is not a time zone we know')).toBeVisible();
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
});

test('an event’s date and time are typed by keyboard in English and in Chinese and saved as typed', async ({ page, planner }) => {
  test.slow(); // two events typed key by key, in two languages
  const tripId = await tripWithLeg(planner);
  await openTrip(page, planner);

  await page.getByRole('button', { name: 'Add event' }).click();
  const editor = page.getByRole('dialog', { name: 'New event' });
  await editor.getByLabel('Title').fill('Keynote');
  const start = dateTimeField(editor, 'Start date');
  await typeDate(start, '2027-05-14');
  await expectShown(start, '14/05/2027');
  await typeTime(dateTimeField(editor, 'Start time'), '16:30');
  await expectShown(dateTimeField(editor, 'Start time'), '16:30');
  await typeDate(dateTimeField(editor, 'End date'), '2027-05-14');
  await typeTime(dateTimeField(editor, 'End time'), '17:45');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor).toBeHidden();

  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await page.getByRole('button', { name: '新增活動' }).click();
  const zh = page.getByRole('dialog', { name: '新增活動' });
  await zh.getByLabel('名稱').fill('晚宴');
  const zhStart = dateTimeField(zh, '開始日期');
  await typeDate(zhStart, '2027-05-15');
  // Chinese order: year, month, day.
  await expectShown(zhStart, '2027/05/15');
  await typeTime(dateTimeField(zh, '開始時間'), '19:05');
  await expectShown(dateTimeField(zh, '開始時間'), '19:05'); // 24-hour, where zh-Hant-TW alone would say 下午7:05
  await typeDate(dateTimeField(zh, '結束日期'), '2027-05-15');
  await typeTime(dateTimeField(zh, '結束時間'), '21:00');
  await zh.getByRole('button', { name: '建立活動' }).click();
  await expect(zh).toBeHidden();

  const { events } = (await planner.call('trips.get', { id: tripId })) as { events: Stored[] };
  const byTitle = Object.fromEntries(events.map((e) => [e.title, e]));
  expect(byTitle['Keynote']).toMatchObject({ start: '2027-05-14T08:30:00.000Z', end: '2027-05-14T09:45:00.000Z', timeZone: 'Asia/Shanghai' });
  expect(byTitle['晚宴']).toMatchObject({ start: '2027-05-15T11:05:00.000Z', end: '2027-05-15T13:00:00.000Z', timeZone: 'Asia/Shanghai' });
});

test.describe('under an American browser', () => {
  test.use({ locale: 'en-US' });

  test('the date field reads day-month and the time 24-hour when the app is in English', async ({ page, planner }) => {
    await tripWithLeg(planner);
    await openTrip(page, planner);
    await page.getByRole('button', { name: 'Add event' }).click();
    const editor = page.getByRole('dialog', { name: 'New event' });
    const start = dateTimeField(editor, 'Start date');
    await typeDate(start, '2027-05-14');
    await expectShown(start, '14/05/2027');
    await expect(start.getByRole('spinbutton').first()).toHaveAttribute('data-type', 'day');
    const time = dateTimeField(editor, 'Start time');
    await typeTime(time, '15:00');
    await expectShown(time, '15:00');
    await expect(time.locator('[data-type="dayPeriod"]')).toHaveCount(0);
    await shot(page, 'datetime-en-US');
  });
});
