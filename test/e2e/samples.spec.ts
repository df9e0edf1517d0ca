// First run: the sample trips are offered, load, and show in the list and on their own pages (English and Chinese).
import path from 'node:path';
import { declineSamples, expect, openApp, projectRoot, shot, test } from './fixtures';

test('the first run offers the sample trips; loading them lists them', async ({ page, planner }) => {
  await openApp(page, planner);
  const offer = page.getByRole('dialog', { name: 'Load the sample trips?' });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('listitem').first()).toBeVisible();
  await shot(page, 'samples-offer');
  const firstTitle = (await offer.getByRole('listitem').first().locator('strong').textContent()) ?? '';
  expect(firstTitle.length).toBeGreaterThan(0);

  await offer.getByRole('button', { name: 'Load sample trips' }).click();
  await expect(offer).toBeHidden();
  const list = page.getByRole('main');
  await expect(list.getByRole('link', { name: firstTitle })).toBeVisible();
  await expect(list.getByRole('table').first()).toContainText('Hangzhou');
  await expect(page.getByRole('main')).toContainText('Beijing');
  await page.mouse.move(0, 0);
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
  await shot(page, 'trip-list-samples');
  // The README's picture is refreshed on request only, so a test run never changes files in the repository.
  if (process.env.PLANNER_README_SCREENSHOT === '1') await page.screenshot({ path: path.join(projectRoot, 'docs/screenshot.png') });

  // Answered once: not offered again after a reload, but still reachable from the toolbar.
  await page.reload();
  await expect(page.getByRole('link', { name: firstTitle })).toBeVisible();
  await expect(offer).toBeHidden();
  await page.getByRole('button', { name: 'Load sample trips…' }).click();
  await expect(offer).toContainText('Already loaded');
  await page.keyboard.press('Escape');
  await expect(offer).toBeHidden();
});

test('“Not now” is remembered, and the samples can be loaded later from the empty list', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await shot(page, 'trip-list-empty');
  await page.getByRole('main').getByRole('button', { name: 'Load sample trips…' }).last().click();
  await page.getByRole('dialog', { name: 'Load the sample trips?' }).getByRole('button', { name: 'Load sample trips' }).click();
  await expect(page.getByRole('main')).toContainText('Hangzhou');
});

test('a sample trip’s page shows its legs, its days with events in local time, and its delegation', async ({ page, planner }) => {
  await openApp(page, planner);
  await page.getByRole('dialog').getByRole('button', { name: 'Load sample trips' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
  const link = page.getByRole('link', { name: /Hangzhou/ }).first();
  await expect(link).toBeVisible();
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Day by day' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Day 1' , exact: false }).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Asia/Shanghai');
  await expect(page.getByRole('main')).toContainText('GMT+8');
  await expect(page.getByRole('heading', { name: 'Delegation' })).toBeVisible();
  await shot(page, 'trip-page-en');
  await page.setViewportSize({ width: 1280, height: 2400 });
  await shot(page, 'trip-page-en-tall');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { name: '每日行程' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '代表團成員' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('第 1 天');
  await expect(page.getByRole('main')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日至\d/);
  await shot(page, 'trip-page-zh');
});
