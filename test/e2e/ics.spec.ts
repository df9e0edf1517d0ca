// Calendar files end to end: export a trip's .ics from its Export menu (a download in browser mode) and import an
// Outlook file through the preview dialog; the stored result is checked through the API.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bigCalendar } from '../unit/electron/backend/export/ics/big-calendar';
import { expect, projectRoot, shot, test, type Planner } from './fixtures';

const fixture = path.join(projectRoot, 'test/fixtures/outlook-riyadh.ics');
const id = (record: unknown): string => (record as { id: string }).id;
type Detail = { events: { title: string; start: string; timeZone: string; endTimeZone?: string; icsUid?: string }[] };

async function setUp(planner: Planner) {
  await planner.call('samples.dismiss');
  const alice = id(await planner.call('members.create', { name: { en: 'Alice Wong', zhHant: '黃愛麗' }, rank: 1 }));
  const ben = id(await planner.call('members.create', { name: { en: 'Ben Chan', zhHant: '陳斌' }, rank: 2 }));
  const tripId = id(
    await planner.call('trips.create', {
      title: 'InvestHK Riyadh and Dubai mission',
      startDate: '2026-03-09',
      endDate: '2026-03-13',
      memberIds: [alice, ben],
      legs: [
        { city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2026-03-09', endDate: '2026-03-11' },
        { city: 'Dubai', country: 'United Arab Emirates', timeZone: 'Asia/Dubai', startDate: '2026-03-11', endDate: '2026-03-13' },
      ],
    }),
  );
  await planner.call('events.create', {
    tripId,
    kind: 'travel',
    title: 'CX 645 Hong Kong → Riyadh',
    start: '2026-03-09T01:30:00.000Z',
    end: '2026-03-09T11:00:00.000Z',
    timeZone: 'Asia/Hong_Kong',
    endTimeZone: 'Asia/Riyadh',
    memberIds: [alice, ben],
  });
  await planner.call('events.create', { tripId, title: 'DIFC briefing', start: '2026-03-12T05:00:00.000Z', end: '2026-03-12T06:00:00.000Z', timeZone: 'Asia/Dubai', memberIds: [ben] });
  return { tripId, alice, ben };
}

async function openTrip(page: Page, planner: Planner, tripId: string, language: 'en' | 'zh-Hant' = 'en') {
  await page.addInitScript((lang) => localStorage.setItem('planner.language', lang), language);
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate((hash) => (location.hash = hash), `#/trips/${tripId}`);
}

/** Opens the trip's Export menu and picks one of our items. */
async function pickFromExportMenu(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^(Export|匯出)/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** An export's text, downloaded by its id as the browser does (the export's answer is only a handle). */
async function downloadText(planner: { baseURL: string; token: string }, file: { id: string }): Promise<string> {
  const response = await fetch(`${planner.baseURL}/api/files/${file.id}?token=${planner.token}`);
  expect(response.status).toBe(200);
  return response.text();
}

test('exports the trip calendar, all events or one member’s, through the API', async ({ planner }) => {
  const { tripId, alice } = await setUp(planner);
  const all = (await planner.call('export.ics', { tripId })) as { id: string; fileName: string };
  const text = await downloadText(planner, all);
  expect(all.fileName).toBe('InvestHK Riyadh and Dubai mission.ics');
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text).toContain('DTSTART;TZID=Asia/Hong_Kong:20260309T093000');
  expect(text).toContain('DTEND;TZID=Asia/Riyadh:20260309T140000');
  const mine = await downloadText(planner, (await planner.call('export.ics', { tripId, memberId: alice })) as { id: string });
  expect(mine.match(/BEGIN:VEVENT/g)).toHaveLength(1);
});

test('exports a calendar file from the Export menu as a download', async ({ page, planner }) => {
  const { tripId } = await setUp(planner);
  await openTrip(page, planner, tripId);
  await expect(page.getByRole('heading', { level: 1, name: 'InvestHK Riyadh and Dubai mission' })).toBeVisible();
  await pickFromExportMenu(page, /Calendar file \(\.ics\)/);

  const dialog = page.getByRole('dialog', { name: 'Export a calendar file' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Events to include').selectOption({ label: 'Ben Chan: their events (2)' });
  await shot(page, 'ics-export-en');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('InvestHK Riyadh and Dubai mission - Ben Chan.ics');
  const text = await readFile(await file.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  await expect(dialog).toBeHidden();
});

test('imports an Outlook calendar through the preview, only what is ticked', async ({ page, planner }) => {
  const { tripId } = await setUp(planner);
  await openTrip(page, planner, tripId);
  await expect(page.getByRole('heading', { level: 1, name: 'InvestHK Riyadh and Dubai mission' })).toBeVisible();
  // Import has its own button beside the Export menu (issue 13).
  await page.getByRole('button', { name: /^Import calendar file/ }).click();

  const dialog = page.getByRole('dialog', { name: 'Import a calendar file' });
  // A file that is not a calendar is refused in words, and nothing is imported.
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Email\nAlice,alice@example.com\n') });
  await expect(dialog.getByRole('alert')).toContainText('The file could not be previewed. Nothing was imported.');
  await expect(dialog.getByRole('alert')).toContainText('The file is not a calendar file (iCalendar)');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await shot(page, 'ics-import-error-en');
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles(fixture);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const table = dialog.getByRole('table', { name: 'Entries in outlook-riyadh.ics' });
  await expect(table.getByRole('row')).toHaveCount(7);
  const meeting = table.getByRole('row', { name: /與沙特投資部會面/ });
  await expect(meeting).toContainText('10 Mar 2026 14:30 (Asia/Riyadh, GMT+3)');
  await expect(meeting).toContainText('New');
  await expect(table.getByRole('row', { name: /Flight SV 568/ })).toContainText('11 Mar 2026 13:05 (Asia/Dubai, ');
  await expect(table.getByRole('row', { name: /Rest day/ })).toContainText('All-day entries are not imported.');
  await expect(dialog.getByRole('checkbox', { name: 'Import “Rest day - no meetings”' })).toHaveCount(0);
  await expect(dialog.getByText('5 of 5 chosen')).toBeVisible();
  await shot(page, 'ics-import-preview-en');

  // Nothing is imported before the button is pressed.
  expect(((await planner.call('trips.get', { id: tripId })) as Detail).events).toHaveLength(2);
  await dialog.getByRole('checkbox', { name: 'Import “Dinner hosted by the Hong Kong Trade Office”' }).uncheck();
  await expect(dialog.getByText('4 of 5 chosen')).toBeVisible();
  await table.getByRole('row', { name: /Rest day/ }).scrollIntoViewIfNeeded();
  await shot(page, 'ics-import-problem-en');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Calendar imported: 4 new, 0 updated, 0 skipped.');
  await shot(page, 'ics-import-done-en');

  const { events } = (await planner.call('trips.get', { id: tripId })) as Detail;
  expect(events).toHaveLength(6);
  expect(events.find((e) => e.title.startsWith('與沙特投資部會面'))).toMatchObject({ start: '2026-03-10T11:30:00.000Z', timeZone: 'Asia/Riyadh' });
  expect(events.find((e) => e.title === 'Flight SV 568 Riyadh to Dubai')).toMatchObject({ timeZone: 'Asia/Riyadh', endTimeZone: 'Asia/Dubai' });
  expect(events.some((e) => e.title.startsWith('Dinner'))).toBe(false);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();

  // A second import of the same file recognises what is already there.
  // Import has its own button beside the Export menu (issue 13).
  await page.getByRole('button', { name: /^Import calendar file/ }).click();
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles(fixture);
  await expect(table.getByRole('row', { name: /與沙特投資部會面/ })).toContainText('Updates an existing event');
  await expect(table.getByRole('row', { name: /Dinner hosted/ })).toContainText('New');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('shows the import preview in Chinese', async ({ page, planner }) => {
  const { tripId } = await setUp(planner);
  await openTrip(page, planner, tripId, 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1, name: 'InvestHK Riyadh and Dubai mission' })).toBeVisible();
  await page.getByRole('button', { name: /^匯入行事曆檔案/ }).click();
  const dialog = page.getByRole('dialog', { name: '匯入行事曆檔案' });
  await dialog.getByLabel('行事曆檔案（.ics）').setInputFiles(fixture);
  await expect(dialog.getByRole('row', { name: /全日項目不會匯入/ })).toBeVisible();
  await shot(page, 'ics-import-preview-zh');
  await dialog.getByRole('button', { name: '取消' }).click();
  await pickFromExportMenu(page, /行事曆檔案（\.ics）/);
  await expect(page.getByRole('dialog', { name: '匯出行事曆檔案' })).toBeVisible();
  await shot(page, 'ics-export-zh');
});

test('a 20,000-event file shows its progress while it is read, and Cancel stops it', async ({ page, planner }) => {
  const { tripId } = await setUp(planner);
  await openTrip(page, planner, tripId);
  await expect(page.getByRole('heading', { level: 1, name: 'InvestHK Riyadh and Dubai mission' })).toBeVisible();
  // Import has its own button beside the Export menu (issue 13).
  await page.getByRole('button', { name: /^Import calendar file/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a calendar file' });
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'bulk.ics', mimeType: 'text/calendar', buffer: Buffer.from(bigCalendar(20_000)) });

  const bar = dialog.getByRole('progressbar', { name: 'Reading the file…' });
  await expect(bar).toBeVisible();
  // The worker reports every 250 entries; the bar fills and says how far it got.
  await expect(dialog.getByText(/^[\d,]+ of 20,000 entries$/)).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveAttribute('max', '20000');
  await shot(page, 'ics-import-progress-en');
  // The backend answers other calls meanwhile.
  expect(((await planner.call('trips.get', { id: tripId })) as Detail).events).toHaveLength(2);

  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Import cancelled. Nothing was imported.');
  await expect(bar).toBeHidden();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await shot(page, 'ics-import-cancelled-en');
  expect(((await planner.call('trips.get', { id: tripId })) as Detail).events).toHaveLength(2);
});
