// What a person sees when the page was opened without its access token, or with one from an earlier run.
import { expect, test } from './fixtures';

test('without the token, the page says which address to open', async ({ page, planner }) => {
  await page.goto(planner.baseURL + '/');
  await expect(page.getByRole('heading', { name: 'This page needs its access address' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Open the address printed by npm run serve (it carries the access token).');
});

test('the token leaves the address bar, survives a reload, and a stale one is explained', async ({ page, planner }) => {
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();

  await page.goto(`${planner.baseURL}/#token=not-the-token-of-this-run`);
  await expect(page.getByRole('heading', { name: 'This page needs its access address' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('no longer accepted');
});
