// Global search as a planner uses it: Ctrl+K (or the header's button) opens the palette, a Chinese phrase finds a
// meeting note in the sample trips, the arrow keys move through hits across groups and Enter opens one, Escape
// closes; an organisation opens its page; a note's markup is shown as text; empty and "no results" states.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';

process.env.PLANNER_SHOTS ??= '/tmp/shots4';

async function openWithSamples(page: Page, planner: Planner): Promise<void> {
  await planner.call('samples.load', {});
  await planner.call('samples.dismiss', {});
  await openApp(page, planner);
}

test('Ctrl+K finds a note by a Chinese phrase and the keyboard opens it', async ({ page, planner }) => {
  await openWithSamples(page, planner);

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: /Search trips, events, notes/ });
  await expect(box).toBeFocused();
  await expect(palette).toContainText('Type to search trips, events, notes, organisations, contacts and follow-ups');

  await box.fill('科學技術');
  const notes = palette.getByRole('group', { name: 'Notes' });
  await expect(notes.getByRole('option').first()).toBeVisible();
  await expect(notes.locator('mark').filter({ hasText: '科學技術' }).first()).toBeVisible();
  await expect(palette.getByRole('status')).toContainText(/\d+ results?/);
  await shot(page, 'search-chinese');

  // The first hit is active; the arrow keys move through every hit, across the groups, to the first note.
  const options = palette.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const all = await options.evaluateAll((els) => els.map((el) => ({ id: el.id, inNotes: el.closest('[role=group]')?.textContent?.startsWith('Notes') ?? false })));
  const target = all.findIndex((o) => o.inNotes);
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < target; i++) await box.press('ArrowDown');
  const note = options.nth(target);
  await expect(note).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', all[target]!.id);
  // Up from the first hit wraps to the last, and down comes back.
  await box.press('ArrowUp');
  await expect(options.nth(target - 1 >= 0 ? target - 1 : all.length - 1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(note).toHaveAttribute('aria-selected', 'true');

  await box.press('Enter');
  await expect(palette).toBeHidden();
  // The note's meeting opens in the itinerary, on its Notes section, with the phrase in a note.
  await expect(page).toHaveURL(/#\/trips\/[A-Za-z0-9_-]+\/itinerary\/[A-Za-z0-9_-]+\/notes$/);
  const editor = page.getByRole('dialog');
  await expect(editor.getByRole('tab', { name: /Notes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(editor).toContainText('科學技術');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(page).toHaveURL(/#\/trips\/[A-Za-z0-9_-]+\/itinerary$/);

  // The header's button opens it again with the query kept; Escape closes.
  await page.getByRole('button', { name: 'Search…' }).click();
  await expect(palette).toBeVisible();
  await expect(box).toHaveValue('科學技術');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('an organisation opens its page; nothing found says so; markup in a note stays text', async ({ page, planner }) => {
  const org = (await planner.call('organisations.create', { name: { en: 'Quokka Robotics', zhHant: '短尾矮袋鼠機械人', zhHans: '' }, sector: 'Robotics' })) as { id: string };
  const leg = { city: 'Shenzhen', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2026-05-11', endDate: '2026-05-12' };
  const trip = (await planner.call('trips.create', { title: 'Shenzhen robotics visit', startDate: '2026-05-11', endDate: '2026-05-12', legs: [leg] })) as { id: string };
  const event = (await planner.call('events.create', { tripId: trip.id, title: 'Quokka lab tour', start: '2026-05-11T02:00:00.000Z', end: '2026-05-11T03:00:00.000Z', timeZone: 'Asia/Shanghai', organisationIds: [org.id] })) as { id: string };
  await planner.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'They showed <img src=x onerror="document.title=1"> a grasping arm' });
  await planner.call('events.create', { tripId: trip.id, title: 'Arm <b>grasping</b> demo', start: '2026-05-11T04:00:00.000Z', end: '2026-05-11T05:00:00.000Z', timeZone: 'Asia/Shanghai' });
  await planner.call('samples.dismiss', {});
  await openApp(page, planner);

  await page.getByRole('button', { name: 'Search…' }).click();
  const palette = page.getByRole('dialog', { name: 'Search' });
  const box = palette.getByRole('combobox');
  await box.fill('quokka');
  const organisations = palette.getByRole('group', { name: 'Organisations' });
  await expect(organisations.getByRole('option', { name: /Quokka Robotics/ })).toBeVisible();
  await expect(palette.getByRole('group', { name: 'Events' }).getByRole('option', { name: /Quokka lab tour/ })).toBeVisible();

  // Whatever the text holds is shown as characters: no element is made from it, no script runs.
  await box.fill('grasping');
  await expect(palette.getByRole('group', { name: 'Notes' }).getByRole('option').first()).toContainText('They showed');
  await expect(palette.getByRole('group', { name: 'Events' }).getByRole('option').first()).toContainText('<b>grasping</b> demo');
  await expect(palette.locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');

  await box.fill('zzqxv nothing like this');
  await expect(palette.getByRole('status')).toContainText('Nothing matches “zzqxv nothing like this”');
  await expect(palette.getByRole('option')).toHaveCount(0);
  await shot(page, 'search-no-results');

  // Chinese name, then Enter on the organisation opens its page.
  await box.fill('機械人');
  await expect(organisations.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/organisations/${org.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Quokka Robotics' })).toBeVisible();

  // In Chinese, the palette speaks Chinese.
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await page.keyboard.press('Control+K');
  const paletteZh = page.getByRole('dialog', { name: '搜尋' });
  await paletteZh.getByRole('combobox').fill('Quokka');
  await expect(paletteZh.getByRole('group', { name: '機構' })).toBeVisible();
  await shot(page, 'search-zh');
});

test('while the index is being rebuilt, the palette shows what it has and says it is still indexing', async ({ page, planner }) => {
  await openWithSamples(page, planner);
  // The backend's own answer, as it is while a rebuild runs (the backend's side is covered by its unit tests).
  await page.route('**/api/search.query', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; result: Record<string, unknown> };
    body.result.indexing = { done: 1234, total: 25000 };
    await route.fulfill({ response, json: body });
  });
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search' });
  const box = palette.getByRole('combobox', { name: /Search trips, events, notes/ });
  await box.fill('科學技術');
  await expect(palette.getByRole('group', { name: 'Notes' }).getByRole('option').first()).toBeVisible();
  await expect(palette.getByRole('note')).toHaveText('Still indexing — results may be incomplete (1,234 of 25,000).');
  await shot(page, 'search-indexing');

  // Once the rebuild is done the answers no longer carry the flag, and the message goes.
  await page.unroute('**/api/search.query');
  await box.fill('科學');
  await expect(palette.getByRole('group', { name: 'Notes' }).getByRole('option').first()).toBeVisible();
  await expect(palette.getByRole('note')).toHaveCount(0);
});
