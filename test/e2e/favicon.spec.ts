// The page load asks for nothing that is not there: the app icon from assets/ is the favicon, so browser mode no longer
// logs a 404 for /favicon.ico on every load.
import { expect, openApp, test } from './fixtures';

test('a page load gets no error response, and the favicon is the app icon', async ({ page, planner }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${new URL(request.url()).pathname}`));
  await openApp(page, planner);
  // The browser asks for the favicon after the page has loaded; give it the time it takes, then look at every answer.
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  await expect(page.locator('link[rel="icon"]'), 'index.html names a favicon').toHaveCount(1);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});
