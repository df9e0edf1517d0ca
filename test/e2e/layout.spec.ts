// The layout holds at the two window sizes people use (1280×800 and 1024×700): nothing runs off the side, and
// every control can be reached with the keyboard, with a visible focus.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const main = document.getElementById('main') as HTMLElement;
    return { page: document.documentElement.scrollWidth - window.innerWidth, main: main.scrollWidth - main.clientWidth };
  });
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.main).toBeLessThanOrEqual(0);
}

for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
  test(`trip list, trip page and form fit at ${size.width}×${size.height}`, async ({ page, planner }) => {
    await page.setViewportSize(size);
    await openApp(page, planner);
    await page.getByRole('dialog').getByRole('button', { name: 'Load sample trips' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('link', { name: /Hangzhou/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await shot(page, `list-${size.width}`);

    await page.getByRole('link', { name: /Hangzhou/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Day by day' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await shot(page, `trip-${size.width}`);

    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit trip' });
    await expect(form.getByLabel('City (leg 2)')).toHaveValue('Shanghai');
    await form.getByLabel('City (leg 2)').scrollIntoViewIfNeeded();
    await shot(page, `form-${size.width}`);
    const dateBox = await form.getByRole('group', { name: 'End date (leg 2)', exact: true }).boundingBox();
    // Wide enough for a full date and the picker button.
    expect(dateBox?.width ?? 0).toBeGreaterThanOrEqual(140);
  });
}

test('the trip list can be worked with the keyboard alone', async ({ page, planner }) => {
  await openApp(page, planner);
  // The first-run offer takes focus on its main action; Enter loads the samples.
  await expect(page.getByRole('button', { name: 'Load sample trips', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('link', { name: /Hangzhou/ })).toBeVisible();

  // Tab through the page until the first trip's link is reached, then open it.
  const link = page.getByRole('link', { name: /Hangzhou/ }).first();
  for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Hangzhou/ })).toBeFocused();
});
