// Issue 13's document choices end to end in browser mode: every document dialog starts from the paper in the app's
// settings (A4 even under a US browser, until Letter is chosen on the Data page), offers 简体中文, starts in the UI's
// language, and the built server makes a 简体 PDF (OpenCC bundled and loaded on demand) and a Word press release.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test, type Planner } from './fixtures';

const run = promisify(execFile);

async function openTrip(page: Page, planner: Planner, language: 'en' | 'zh-Hant'): Promise<void> {
  const { loaded } = (await planner.call('samples.load', { keys: ['hkstp-beijing-2025'] })) as { loaded: { id: string }[] };
  await page.addInitScript((lang) => localStorage.setItem('planner.language', lang), language);
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate((hash) => (location.hash = hash), `#/trips/${loaded[0]!.id}`);
}

/** Opens a document dialog from the trip's Export menu. */
async function open(page: Page, item: RegExp, dialogName: string) {
  await page.getByRole('button', { name: /^(Export|匯出)/ }).first().click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('under a US browser', () => {
  test.use({ locale: 'en-US' });

  test('every document dialog starts from the paper in the settings, and a 简体 itinerary comes out', async ({ page, planner }) => {
    test.setTimeout(120_000); // four dialogs and a PDF: ~25 s idle, more with both cores busy
    await openTrip(page, planner, 'en');
    let dialog = await open(page, /^Itinerary PDF/, 'Itinerary PDF');
    await expect(dialog.getByLabel('Paper size')).toHaveValue('A4');
    await expect(dialog.getByLabel('Language of the document')).toHaveValue('en');
    await expect(dialog.getByLabel('Language of the document').getByRole('option')).toHaveText(['English', '繁體中文', '简体中文']);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const back = await page.evaluate(() => location.hash);
    await page.evaluate(() => (location.hash = '#/data'));
    await page.getByLabel('Paper size for documents').selectOption('Letter');
    await expect(page.getByText('Documents now start on Letter paper.')).toBeVisible();
    await page.locator('.paper-setting').screenshot({ path: '/tmp/shots-docs/data-paper.png' });
    await page.evaluate((hash) => (location.hash = hash), back);

    dialog = await open(page, /^Briefing pack/, 'Briefing pack PDF');
    await expect(dialog.getByLabel('Paper size')).toHaveValue('Letter');
    await page.keyboard.press('Escape');
    dialog = await open(page, /^Post-trip report/, 'Post-trip report');
    await expect(dialog.getByLabel('Paper size')).toHaveValue('Letter');
    await page.keyboard.press('Escape');
    dialog = await open(page, /^Itinerary PDF/, 'Itinerary PDF');
    await expect(dialog.getByLabel('Paper size')).toHaveValue('Letter');

    await dialog.getByLabel('Language of the document').selectOption('zh-Hans');
    await page.screenshot({ path: '/tmp/shots-docs/itinerary-dialog-hans.png' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make PDF' }).click()]);
    const saved = test.info().outputPath('itinerary-hans.pdf');
    await download.saveAs(saved);
    await run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', saved, '/tmp/shots-docs/itinerary-hans']);
    const { stdout: text } = await run('pdftotext', [saved, '-']);
    expect(text).toContain('行程表');
    expect(text).toContain('北京大学');
    expect(text).not.toContain('北京大學');
    expect((await run('pdfinfo', [saved])).stdout).toMatch(/Page size:.*letter/);
  });
});

test('in 繁體 the documents start in 繁體, and the press release saves as Word', async ({ page, planner }) => {
  await openTrip(page, planner, 'zh-Hant');
  const itinerary = await open(page, /^行程表 PDF/, '行程表 PDF');
  await expect(itinerary.getByLabel('文件語言')).toHaveValue('zh-Hant');
  await page.keyboard.press('Escape');

  const press = await open(page, /^新聞稿草稿/, '新聞稿草稿');
  await expect(press.getByRole('radio', { name: '繁體中文' })).toBeChecked();
  await press.getByRole('radio', { name: '简体中文' }).check();
  await expect(press.getByLabel('草稿內容')).toHaveValue(/香港科技园公司/);
  await page.screenshot({ path: '/tmp/shots-docs/press-hans.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), press.getByRole('button', { name: '另存為 Word 檔…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^新闻稿草稿 – .*\.docx$/);
  const saved = test.info().outputPath('press.docx');
  await download.saveAs(saved);
  const { stdout: xml } = await run('unzip', ['-p', saved, 'word/document.xml']);
  expect(xml).toContain('香港科技园公司');
});
