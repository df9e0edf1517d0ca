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

// Issue 13: the lists at 1024×700 keep room for words (a table's columns, or a card), the trip list's actions sit in
// a keyboard menu, and the follow-up board's cards are a few lines high. One server, one page, every list.
/** The widths of a table's header cells that have visible text, by their text; figures (which never wrap) aside. */
async function columnWidths(page: Page, table: string): Promise<Record<string, number>> {
  await expect(page.locator(table).first()).toBeVisible();
  return page.locator(table).first().evaluate((el) => {
    const widths: Record<string, number> = {};
    for (const th of Array.from(el.querySelectorAll('thead th'))) {
      const text = (th as HTMLElement).innerText.trim();
      if (text && !th.className.includes('__num')) widths[text] = th.getBoundingClientRect().width;
    }
    return widths;
  });
}

/** No text column narrower than a few words, the main (first) one wide enough for a title. */
function expectReadable(widths: Record<string, number>, main: string): void {
  expect(Object.keys(widths).length).toBeGreaterThanOrEqual(2);
  expect(widths[main] ?? 0).toBeGreaterThanOrEqual(120);
  for (const [column, width] of Object.entries(widths)) expect({ column, width: width >= 64 }).toEqual({ column, width: true });
}

test('at 1024×700 every list keeps readable columns, and the trip list keeps its actions in a menu', async ({ page, planner }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, planner);
  await page.getByRole('dialog').getByRole('button', { name: 'Load sample trips' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();

  // The trip list: a table of title, dates, cities and status; no Delete button on the rows, one menu instead.
  const row = page.getByRole('row', { name: /HKSTP delegation to Beijing/ });
  await expect(row).toBeVisible();
  expectReadable(await columnWidths(page, '.trip-table'), 'Trip');
  await expect(row.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  const actions = row.getByRole('button', { name: 'Actions for HKSTP delegation to Beijing: talent and enterprise attraction' });
  await actions.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Edit…', 'Duplicate…', 'Delete…']);
  await expect(menu.getByRole('menuitem', { name: 'Edit…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Edit…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete this trip?' });
  await expect(confirm).toContainText('HKSTP delegation to Beijing');
  // The keyboard is in the confirmation, not left behind on the closed menu.
  await expect.poll(() => confirm.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await shot(page, 'issue13-list-1024');

  await page.evaluate(() => (location.hash = '#/followups/list'));
  await expect(page.getByRole('table', { name: /follow-ups/i })).toBeVisible();
  expectReadable(await columnWidths(page, '.fu-table'), 'Follow-up');
  await expectNoSidewaysScroll(page);

  await page.evaluate(() => (location.hash = '#/directory/organisations'));
  expectReadable(await columnWidths(page, '.directory-table'), 'Name');
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => (location.hash = '#/directory/contacts'));
  await expect(page.getByRole('columnheader', { name: 'Email and phone' })).toBeVisible();
  expectReadable(await columnWidths(page, '.directory-table'), 'Name');
  await expectNoSidewaysScroll(page);

  // Outcomes: no table runs past the page's edge (it was clipped).
  await page.evaluate(() => (location.hash = '#/dashboard'));
  await expect(page.locator('.outcome-table').first()).toBeVisible();
  const clipped = await page.locator('.outcome-table').evaluateAll((tables) =>
    tables.filter((t) => t.getBoundingClientRect().right > (document.getElementById('main') as HTMLElement).getBoundingClientRect().right).length,
  );
  expect(clipped).toBe(0);
  expectReadable(await columnWidths(page, '.outcome-table'), 'Trip');
  await expectNoSidewaysScroll(page);

  // The board: cards a few lines high (they were ~450 px), every column on screen.
  await page.evaluate(() => (location.hash = '#/followups'));
  await expect(page.locator('.fu-card').first()).toBeVisible();
  const heights = await page.locator('.fu-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThanOrEqual(260);
  await expectNoSidewaysScroll(page);
  await shot(page, 'issue13-board-1024');
});

test('at 1280×800 the calendar shows nine hours, short events stay readable, and Import is apart from Export', async ({ page, planner }) => {
  await openApp(page, planner);
  await page.getByRole('dialog').getByRole('button', { name: 'Load sample trips' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('link', { name: /Hangzhou/ }).first().click();
  await page.getByRole('link', { name: 'Itinerary' }).click();
  const shortEvent = page.locator('.rbc-event', { hasText: 'Check in: Shangri-La Hotel' });
  await expect(shortEvent).toBeVisible();

  // The grid's hours in view: the time gutter's labels inside both the grid's scroller and the window.
  const grid = await page.evaluate(() => {
    const scroller = (document.querySelector('.rbc-time-content') as HTMLElement).getBoundingClientRect();
    const top = Math.max(scroller.top, 0);
    const bottom = Math.min(scroller.bottom, window.innerHeight);
    const groups = Array.from(document.querySelectorAll('.rbc-time-gutter .rbc-timeslot-group')).map((g) => g.getBoundingClientRect());
    const hourPx = groups[0]?.height ?? 0;
    const labels = Array.from(document.querySelectorAll('.rbc-time-gutter .rbc-label')).filter((l) => {
      const box = l.getBoundingClientRect();
      return box.height > 0 && box.top >= top && box.bottom <= bottom;
    });
    return { hours: hourPx > 0 ? (bottom - top) / hourPx : 0, labels: labels.length };
  });
  expect(grid.hours).toBeGreaterThanOrEqual(9);
  expect(grid.labels).toBeGreaterThanOrEqual(9);

  // A 30-minute event: its title first, on one line, cut with an ellipsis; the full text on hover and in the content.
  const full = 'Check in: Shangri-La Hotel, Hangzhou (2 nights)';
  await expect(shortEvent).toHaveAttribute('title', new RegExp(full.replace(/[()]/g, '\\$&')));
  const title = shortEvent.locator('.itin-event__title');
  await expect(title).toHaveText(full);
  const look = await title.evaluate((el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const event = (el.closest('.rbc-event') as HTMLElement).getBoundingClientRect();
    return {
      ellipsis: style.textOverflow,
      oneLine: box.height <= parseFloat(style.lineHeight) * 1.5,
      cut: el.scrollWidth > el.clientWidth,
      inside: box.top >= event.top - 1 && box.bottom <= event.bottom + 1,
      firstChild: (el.closest('.rbc-event') as HTMLElement).querySelector('.rbc-event-label')?.getBoundingClientRect().height ?? 0,
    };
  });
  expect(look).toEqual({ ellipsis: 'ellipsis', oneLine: true, cut: true, inside: true, firstChild: 0 });
  await shot(page, 'issue13-calendar-1280');

  // The agenda: a travel row's swatch, title, times and kind on one line where they fit.
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  const flight = page.locator('.itin-agenda', { hasText: 'Flight Hong Kong → Hangzhou' });
  await expect(flight).toBeVisible();
  const lines = await flight.evaluate((el) => {
    const tops = ['.itin-event__title', '.itin-event__travel', '.itin-agenda__kind'].map((s) => (el.querySelector(s) as HTMLElement).getBoundingClientRect());
    return Math.max(...tops.map((b) => b.bottom)) - Math.min(...tops.map((b) => b.top));
  });
  expect(lines).toBeLessThanOrEqual(30);

  // Import is a button of its own beside Export, not an entry of the Export menu.
  await page.getByRole('button', { name: 'Export' }).click();
  const exportMenu = page.getByRole('menu', { name: 'Export' });
  await expect(exportMenu.getByRole('menuitem', { name: 'Itinerary PDF…' })).toBeVisible();
  await expect(exportMenu.getByRole('menuitem', { name: /Import/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(exportMenu).toBeHidden();
  await page.getByRole('button', { name: 'Import calendar file…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import a calendar file' })).toBeVisible();
});
