// Reports end to end, from a sample trip's Export menu: the post-trip report as a Markdown download with its outcomes,
// and the press-release draft in English and Traditional Chinese, edited without losing the edit on switching.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type Planner } from './fixtures';

const shots = '/tmp/shots4';

async function loadSample(planner: Planner, key: string): Promise<string> {
  const { loaded } = (await planner.call('samples.load', { keys: [key] })) as { loaded: { id: string }[] };
  return loaded[0]!.id;
}

async function openTrip(page: Page, planner: Planner, tripId: string, language: 'en' | 'zh-Hant' = 'en') {
  await page.addInitScript((lang) => localStorage.setItem('planner.language', lang), language);
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate((hash) => (location.hash = hash), `#/trips/${tripId}`);
}

async function pick(page: Page, item: RegExp) {
  await page.getByRole('button', { name: /^(Export|匯出)/ }).first().click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('the post-trip report downloads as Markdown with the outcomes', async ({ page, planner }) => {
  const tripId = await loadSample(planner, 'oases-signing-ceremony');
  await openTrip(page, planner, tripId);
  await pick(page, /Post-trip report/);
  const dialog = page.getByRole('dialog', { name: 'Post-trip report' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Markdown (.md)').check();
  await expect(dialog.getByLabel('Paper size')).toBeHidden(); // paper only matters for PDF
  await page.screenshot({ path: `${shots}/reports-report-dialog-en.png` });

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make report' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Post-trip report – OASES partnership.*\.md$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('## Outcomes');
  expect(text).toContain('HK$4,000,000');
  expect(text).toMatch(/\*\*Jobs:\*\* 10/);
  expect(text).toContain('Support iFLYTEK’s Hong Kong headquarters set-up');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Saved Post-trip report');
  // The menu is closed and focus is back on its button.
  await expect(page.getByRole('button', { name: /^Export/ }).first()).toBeFocused();
});

test('the press-release draft shows English and Chinese text and keeps an edit across the switch', async ({ page, planner }) => {
  const tripId = await loadSample(planner, 'oases-hangzhou-shanghai-2025');
  await openTrip(page, planner, tripId);
  await pick(page, /Press release draft/);
  const dialog = page.getByRole('dialog', { name: 'Press release draft' });
  const draft = dialog.getByLabel('Draft text');
  await expect(draft).toHaveValue(/\[Mr\/Ms\] Peter Yan, today \(May 16\) concluded a visit to Hangzhou and Shanghai/);
  await expect(draft).toHaveValue(/^\[DRAFT/);
  await page.screenshot({ path: `${shots}/reports-press-en.png` });

  await draft.press('Control+End');
  await draft.pressSequentially('\nEditor’s note kept.');
  await dialog.getByRole('radio', { name: '繁體中文' }).check();
  await expect(draft).toHaveValue(/引進重點企業辦公室總監任景信今日（五月十六日）結束杭州及上海的訪問。/);
  await page.screenshot({ path: `${shots}/reports-press-zh-text.png` });
  await dialog.getByRole('radio', { name: 'English' }).check();
  await expect(draft).toHaveValue(/Editor’s note kept\.$/);

  // Saving keeps the edited text.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save as text…' }).click()]);
  expect(await readFile((await download.path())!, 'utf8')).toMatch(/Editor’s note kept\.$/);

  // Starting again from the records asks first (the app's own question, not the browser's); keeping the edits keeps them.
  await dialog.getByRole('button', { name: 'Start again from the records' }).click();
  const fresh = page.getByRole('dialog', { name: 'Start again from the records?' });
  await expect(fresh.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await fresh.getByRole('button', { name: 'Keep editing' }).click();
  await expect(draft).toHaveValue(/Editor’s note kept\.$/);

  // Closing with edits asks first; Escape on the question keeps the dialog and the text, Discard closes it.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard changes?' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(draft).toHaveValue(/Editor’s note kept\.$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await discard.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
});

test('the dialogs read in Traditional Chinese', async ({ page, planner }) => {
  const tripId = await loadSample(planner, 'oases-hangzhou-shanghai-2025');
  await openTrip(page, planner, tripId, 'zh-Hant');
  await pick(page, /新聞稿草稿/);
  const dialog = page.getByRole('dialog', { name: '新聞稿草稿' });
  await expect(dialog.getByLabel('草稿內容')).toHaveValue(/任景信今日（五月十六日）/);
  await page.screenshot({ path: `${shots}/reports-press-zh.png` });
  await dialog.getByRole('button', { name: '關閉' }).click();
  await expect(dialog).toBeHidden();

  await pick(page, /會議簡報 PDF/);
  const briefing = page.getByRole('dialog', { name: '會議簡報 PDF' });
  await expect(briefing.getByLabel('文件語言')).toHaveValue('zh-Hant');
  await briefing.getByLabel('包括限閱簡報資料').check();
  await page.screenshot({ path: `${shots}/reports-briefing-zh.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), briefing.getByRole('button', { name: '製作 PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^會議簡報 – .*\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
