// Dark mode: the window follows the system's light/dark setting until the person picks Light or Dark in the header,
// and that choice is remembered across restarts of the page; the colours really change (theme.css variables).
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, test } from './fixtures';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until Light or Dark is chosen, and the choice is remembered', async ({ page, planner }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, planner);
  await declineSamples(page);
  const html = page.locator('html');
  const appearance = page.getByLabel('Appearance');
  await expect(appearance).toHaveValue('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);

  // The system switches to light while the window is open: so does the app.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).not.toBe(dark);

  await appearance.selectOption({ label: 'Dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(dark);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(appearance).toHaveValue('dark');

  await appearance.selectOption({ label: 'System' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});
