// The trip's Export menu and the itinerary PDF, end to end in browser mode: the menu button works by mouse and by
// keyboard, the options dialog makes the PDF, the browser downloads it, and the file is a real PDF with the trip in it.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, openApp, test, type Planner } from './fixtures';

const run = promisify(execFile);
const shots = '/tmp/shots5';
const TITLE = 'HKSTP delegation to Beijing: talent and enterprise attraction';

async function openSampleTrip(page: Page, planner: Planner): Promise<void> {
  await planner.call('samples.load', { keys: ['hkstp-beijing-2025'] });
  await openApp(page, planner);
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('Export is a menu button that works with the mouse and the keyboard', async ({ page, planner }) => {
  await openSampleTrip(page, planner);
  const button = page.getByRole('button', { name: 'Export' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('menu')).toHaveCount(0);

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const first = menu.getByRole('menuitem', { name: 'Itinerary PDF…' });
  await expect(first).toBeFocused();
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'ui-export-menu-en.png') });

  // Arrow keys move through every entry (other features add theirs) and wrap; Escape closes and returns to the button.
  const count = await menu.getByRole('menuitem').count();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem').nth(count - 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();

  // ArrowDown on the button opens the menu on its first item; Enter chooses it.
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Itinerary PDF' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // A click elsewhere closes an open menu.
  await button.click();
  await expect(menu).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('Itinerary PDF… makes the PDF with the chosen options and the browser downloads it', async ({ page, planner }) => {
  await openSampleTrip(page, planner);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Itinerary PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Itinerary PDF' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Include meeting notes')).not.toBeChecked();
  const restricted = dialog.getByLabel('Include restricted briefing fields');
  await expect(restricted).not.toBeChecked();
  await expect(dialog).toContainText('Restricted briefing fields are left out unless you include them.');

  await dialog.getByLabel('Paper size').selectOption('Letter');
  await dialog.getByLabel('Language of the document').selectOption('en');
  await dialog.getByLabel('Include meeting notes').check();
  await page.screenshot({ path: path.join(shots, 'ui-itinerary-dialog-en.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Itinerary – HKSTP delegation to Beijing.*\.pdf$/);
  const saved = test.info().outputPath('itinerary.pdf');
  await file.saveAs(saved);
  const bytes = await readFile(saved);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { stdout: text } = await run('pdftotext', ['-layout', saved, '-']);
  expect(text).toContain(TITLE);
  expect(text).toContain('Page 1 of');
  expect(text).toContain('Nearly 200 students');
  const { stdout: info } = await run('pdfinfo', [saved]);
  expect(info).toMatch(/Page size:.*letter/);

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Itinerary saved' })).toBeVisible();
});

test('the dialog speaks Chinese, and a failure says so and keeps the choices', async ({ page, planner }) => {
  await openSampleTrip(page, planner);
  await page.getByLabel('Language / 語言').selectOption('zh-Hant');
  await page.getByRole('button', { name: '匯出' }).click();
  await page.screenshot({ path: path.join(shots, 'ui-export-menu-zh.png') });
  await page.getByRole('menuitem', { name: '行程表 PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: '行程表 PDF' });
  await expect(dialog.getByLabel('文件語言')).toHaveValue('zh-Hant');
  await dialog.getByLabel('包括限閱簡報資料').check();
  await expect(dialog).toContainText('此文件將載有限閱資料');
  await page.screenshot({ path: path.join(shots, 'ui-itinerary-dialog-zh.png') });

  // The PDF engine fails (as when Chromium cannot start): the dialog explains, and keeps the options for a retry.
  await page.route('**/api/export.itineraryPdf', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'Chromium could not start' } }) }),
  );
  await dialog.getByRole('button', { name: '製作 PDF' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('未能製作行程表 PDF。');
  await expect(alert).toContainText('Chromium could not start');
  await expect(alert).toContainText('你的選項已保留');
  await expect(dialog.getByLabel('包括限閱簡報資料')).toBeChecked();
  await page.screenshot({ path: path.join(shots, 'ui-itinerary-error-zh.png') });
});
