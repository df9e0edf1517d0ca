// The first screen asks only for what it shows (issue 12, item 6; docs/decisions/013-cold-paths.md): the trip list's
// first rows render with the page and the rest right after, the overdue count (a pass over every trip's follow-ups) is
// asked for only once the first screen is up, and every other page's code arrives when it is first opened, with a
// loading state meanwhile.
import type { Page } from '@playwright/test';
import { expect, shot, test, type Planner } from './fixtures';

const TRIPS = 150;

async function manyTrips(planner: Planner, count: number): Promise<string[]> {
  await planner.call('samples.dismiss');
  const ids: string[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = Array.from({ length: Math.min(25, count - i) }, (_, j) => {
      const n = i + j;
      const start = `20${10 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-0${1 + (n % 7)}`;
      return planner.call('trips.create', { title: `Mission ${n + 1}`, startDate: start, endDate: start }) as Promise<{ id: string }>;
    });
    ids.push(...(await Promise.all(batch)).map((t) => t.id));
  }
  return ids;
}

/** Every API method the page asks for, in order (the event stream at /api/events is not a call). */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/events') calls.push(pathname.slice('/api/'.length));
  });
  return calls;
}

test('the trip list shows its first rows with the page and the rest right after', async ({ page, planner }) => {
  await manyTrips(planner, TRIPS);
  // A tall window (decision 023: the rows rendered with the page are what 1440 px of height shows).
  await page.setViewportSize({ width: 1280, height: 1440 });
  // How many rows were in the DOM at the moment the trip count first appeared, and where the last of them ended.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.page__subtitle')) return;
      const rows = document.querySelectorAll('.trip-table tbody tr');
      Object.assign(window, { rowsAtFirstScreen: rows.length, lastRowBottom: rows[rows.length - 1]?.getBoundingClientRect().bottom ?? 0 });
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(planner.url);
  await expect(page.locator('.page__subtitle')).toHaveText(`${TRIPS} trips`);
  const { first, bottom } = await page.evaluate(() => {
    const seen = window as unknown as { rowsAtFirstScreen: number; lastRowBottom: number };
    return { first: seen.rowsAtFirstScreen, bottom: seen.lastRowBottom };
  });
  expect(first).toBeGreaterThan(0);
  // No more than fill the window: 20 rows (60 before decision 023), reaching its foot.
  expect(first).toBeLessThanOrEqual(20);
  expect(bottom).toBeGreaterThanOrEqual(1440);
  // The rest follow without anything being asked for: every trip is listed, the last one too.
  await expect(page.locator('.trip-table tbody tr')).toHaveCount(TRIPS);
  await expect(page.getByRole('link', { name: 'Mission 1', exact: true })).toBeVisible();
});

test('the overdue count is asked for only after the first screen is up, and still arrives', async ({ page, planner }) => {
  const [tripId] = await manyTrips(planner, 3);
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));
  await planner.call('followups.create', { tripId, title: 'Send the thank-you letters', dueDate: yesterday });
  const calls = recordCalls(page);
  // The trip list's answer is held, so the first screen is still waiting when the badge would have asked.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/trips.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(planner.url);
  await expect(page.getByText('Loading…')).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(calls).toContain('trips.list');
  expect(calls).not.toContain('followups.overdueCount');
  release();
  await expect(page.locator('.page__subtitle')).toHaveText('3 trips');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Follow-ups 1 overdue' })).toBeVisible();
  expect(calls.filter((c) => c === 'followups.overdueCount')).toHaveLength(1);
  // Nothing the first screen asked for reads every trip's records (the overdue count came after it).
  const firstScreen = calls.slice(0, calls.indexOf('followups.overdueCount'));
  expect(new Set(firstScreen)).toEqual(new Set(['app.info', 'trips.list', 'sync.status']));
});

test('other pages load their code when first opened, showing that they are loading meanwhile', async ({ page, planner }) => {
  await manyTrips(planner, 1);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(planner.url);
  await expect(page.locator('.page__subtitle')).toHaveText('1 trip');
  // The first screen fetched the main script only.
  expect(scripts.filter((s) => /Directory|TripPage|FollowUps|Dashboard|DataPage|SyncPage/.test(s))).toEqual([]);

  // The directory's code is held back: the page says it is loading, then shows the directory.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/DirectoryPage-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Directory' }).click();
  const loading = page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await shot(page, 'cold-lazy-page-loading');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  await expect(loading).toBeHidden();
  expect(scripts.some((s) => /DirectoryPage-/.test(s))).toBe(true);

  // A trip page, opened from the list, loads its own code too.
  await page.getByRole('link', { name: 'Trips' }).click();
  await page.getByRole('link', { name: 'Mission 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mission 1' })).toBeVisible();
  expect(scripts.some((s) => /TripPage-/.test(s))).toBe(true);
});

test('the list is asked for before the app first renders; a row’s menu is created when its button is first pressed', async ({ page, planner }) => {
  await manyTrips(planner, 2);
  const calls = recordCalls(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The menus' code (React Aria) is held back until released.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/TripActionsMenu-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(planner.url);
  await expect(page.locator('.page__subtitle')).toHaveText('2 trips');
  // main.tsx asks for the list before rendering; the shell's own calls (the app's info, the sync badge) come after.
  expect(calls[0]).toBe('trips.list');
  // Each row has its plain Actions button, available at once and announced as opening a menu; no row has a menu yet,
  // and the menus' code is not fetched with the first screen (decision 023; 021 fetched it and mounted every row's).
  const button = page.getByRole('button', { name: 'Actions for Mission 1', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'true');
  await expect(button).not.toHaveAttribute('aria-disabled');
  await expect(page.locator('.trip-table tbody tr')).toHaveCount(2);
  expect(scripts.filter((s) => /TripActionsMenu-/.test(s))).toEqual([]);
  await shot(page, 'cold-row-menus-plain');
  // Pressed while its code is still held: the press is kept, and the menu opens once the code is there.
  await button.click();
  await expect.poll(() => scripts.some((s) => /TripActionsMenu-/.test(s))).toBe(true);
  await expect(page.getByRole('menu')).toHaveCount(0);
  release();
  await expect(page.getByRole('menuitem', { name: 'Duplicate…' })).toBeVisible();
  await shot(page, 'cold-row-menus-ready');
  await page.getByRole('menuitem', { name: 'Duplicate…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
