// Tables on the Data page as a planner uses them: follow-ups exported as CSV (downloaded, read back with Chinese
// intact), and a contacts CSV with one bad row previewed, imported with that row skipped, shown in the directory,
// and the import undone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, openApp, projectRoot, shot, test, type Planner } from './fixtures';

const fixture = (name: string) => path.join(projectRoot, 'test/fixtures', name);

/** Scrolls the page's own scroller (not the window, which would hide the header) to show an element, for screenshots. */
async function reveal(locator: Locator, edge: 'start' | 'end' = 'start'): Promise<void> {
  await locator.evaluate((el, at) => {
    const main = el.closest('.shell__main');
    if (!main) return;
    const box = el.getBoundingClientRect();
    const frame = main.getBoundingClientRect();
    main.scrollTop += at === 'start' ? box.top - frame.top - 16 : box.bottom - frame.bottom + 16;
  }, edge);
}

async function openData(page: Page, planner: Planner): Promise<void> {
  await openApp(page, planner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data and backup' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Export tables' })).toBeVisible();
}

test('follow-ups are exported as CSV from the Data page', async ({ page, planner }) => {
  const trip = (await planner.call('trips.create', { title: 'OASES to Hangzhou and Shanghai', startDate: '2025-05-13', endDate: '2025-05-16' })) as { id: string };
  const org = (await planner.call('organisations.create', { name: { en: 'Zhipu AI', zhHant: '智譜AI' } })) as { id: string };
  await planner.call('followups.create', {
    tripId: trip.id,
    title: '跟進智譜AI在香港設立辦事處',
    organisationId: org.id,
    dueDate: '2025-09-30',
    outcome: { investmentHkd: 120_000_000, jobs: 45 },
  });
  await openData(page, planner);
  await shot(page, 'tables-export');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export follow-ups as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^follow-ups-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toEqual([
    expect.objectContaining({ Title: '跟進智譜AI在香港設立辦事處', Trip: 'OASES to Hangzhou and Shanghai', Organisation: 'Zhipu AI', 'Due date': '2025-09-30', 'Investment (HK$)': '120000000', Jobs: '45' }),
  ]);
  await expect(page.getByText(/^Saved follow-ups-.*\.csv\.$/)).toBeVisible();

  // Excel too: the workbook arrives under its own name.
  const workbook = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export outcomes as Excel' }).click();
  expect((await workbook).suggestedFilename()).toMatch(/^outcomes-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('a contacts CSV with a bad row is previewed, imported skipping it, shown in the directory, and undone', async ({ page, planner }) => {
  await planner.call('samples.dismiss', {});
  await planner.call('organisations.create', { name: { en: 'Cyberport', zhHant: '數碼港' } });
  await openData(page, planner);

  await page.getByLabel('Contacts CSV file').setInputFiles(fixture('contacts.csv'));
  // The mapping was guessed from the headers (semicolon-separated).
  await expect(page.getByLabel('Name in English (required)')).toHaveValue('Name');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Company');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('E-mail');
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('Tel');

  const table = page.getByRole('table', { name: 'Rows' });
  const henry = table.getByRole('row', { name: /Row 3/ });
  await expect(henry).toContainText('Henry Kwok');
  await expect(henry).toContainText('Cannot be imported');
  await expect(henry).toContainText('The email address “henry@hkstp” is not valid.');
  await expect(table.getByRole('row', { name: /Row 2/ })).toContainText('New organisation “Alibaba Cloud” will be created.');
  await expect(table.getByRole('row', { name: /Row 4/ })).toContainText('Ready');
  await expect(page.getByText('2 rows ready, 1 cannot be imported: row 3.')).toBeVisible();
  // Nothing is imported in full without the user's agreement: the only import button says it skips.
  await expect(page.getByRole('button', { name: /^Import 2 contacts$/ })).toHaveCount(0);
  await reveal(page.getByRole('group', { name: 'Columns' }));
  await shot(page, 'tables-import-preview');
  await reveal(page.getByRole('button', { name: 'Cancel' }), 'end');
  await shot(page, 'tables-import-summary');

  // Changing the mapping reads the file again: with no email column the bad row becomes importable.
  await page.getByLabel('Email', { exact: true }).selectOption({ label: '— not imported —' });
  await expect(page.getByText('All 3 rows ready to import.')).toBeVisible();
  await page.getByLabel('Email', { exact: true }).selectOption('E-mail');
  await expect(page.getByText('2 rows ready, 1 cannot be imported: row 3.')).toBeVisible();

  await page.getByRole('button', { name: 'Import 2 contacts and skip 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Skipped row 3.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows' })).toHaveCount(0);
  const contacts = (await planner.call('contacts.list', {})) as { name: { en: string }; deleted: boolean }[];
  expect(contacts.filter((c) => !c.deleted).map((c) => c.name.en).sort()).toEqual(['Grace Yip', 'Ivy Chow']);
  await shot(page, 'tables-import-done');

  await page.getByRole('link', { name: 'Open the contacts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Grace Yip/ })).toContainText('Alibaba Cloud');
  await expect(page.getByRole('row', { name: /Ivy Chow/ })).toContainText('Cyberport');
  await expect(page.getByRole('row', { name: /Henry Kwok/ })).toHaveCount(0);

  // The toast's Undo takes the whole import back.
  await page.locator('.toast').filter({ hasText: 'Imported 2 contacts.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Import undone: the imported contacts were removed.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Grace Yip/ })).toHaveCount(0);
});

test('a malformed CSV gives a row-level report, imports nothing, and the preview is in Chinese', async ({ page, planner }) => {
  await planner.call('samples.dismiss', {});
  await openData(page, planner);
  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-Hant');
  await expect(page.getByRole('heading', { level: 2, name: '匯出表格' })).toBeVisible();
  await page.getByLabel('聯絡人 CSV 檔案').setInputFiles(fixture('contacts-bad.csv'));
  await expect(page.getByText('2 行可以匯入，4 行無法匯入：第 3、4、6及7 行。')).toBeVisible();
  const table = page.getByRole('table', { name: '各行' });
  await expect(table.getByRole('row', { name: /第 3 行/ })).toContainText('沒有英文姓名。');
  await expect(table.getByRole('row', { name: /第 7 行/ })).toContainText('引號沒有關閉');
  await reveal(page.getByRole('group', { name: '欄位' }));
  await shot(page, 'tables-import-preview-zh');
  await reveal(page.getByRole('button', { name: '取消' }), 'end');
  await shot(page, 'tables-import-summary-zh');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(table).toHaveCount(0);
  expect(await planner.call('contacts.list', {})).toEqual([]);
  await reveal(page.getByRole('heading', { level: 1 }));
  await shot(page, 'tables-zh');
});
