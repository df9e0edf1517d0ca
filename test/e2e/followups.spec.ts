// Follow-ups as a team chases them: made in the editor, moved across the board by mouse and by keyboard (with Undo),
// the overdue count in the navigation, and the list's filters. Stored results are checked through the API.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';
import { dateTimeField, typeDate } from './datetime-fields';

interface Ids {
  tripId: string;
  alice: string;
  bob: string;
  alibaba: string;
}

type Row = { followUp: { id: string; title: string; status: string; ownerId?: string; dueDate?: string; organisationId?: string; outcome: Record<string, unknown> } };

const id = (record: unknown): string => (record as { id: string }).id;

/** A calendar date `days` from today where the browser is (the config puts it in Hong Kong). */
function hkDate(days = 0): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

async function setUp(planner: Planner): Promise<Ids> {
  await planner.call('samples.dismiss');
  const alice = id(await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Director-General', rank: 1 }));
  const bob = id(await planner.call('members.create', { name: { en: 'Bob Lee' }, title: 'Senior Manager', rank: 3 }));
  await planner.call('members.create', { name: { en: 'Carol Wong' }, title: 'Press Officer', rank: 2 });
  const alibaba = id(await planner.call('organisations.create', { name: { en: 'Alibaba Cloud', zhHant: '阿里雲' }, city: 'Hangzhou' }));
  const trip = await planner.call('trips.create', { title: 'DG visit to Hangzhou', startDate: '2027-03-10', endDate: '2027-03-12', memberIds: [alice, bob] });
  return { tripId: id(trip), alice, bob, alibaba };
}

const list = async (planner: Planner, filter: Record<string, unknown> = {}): Promise<Row[]> =>
  (await planner.call('followups.list', { today: hkDate(), ...filter })) as Row[];

async function openFollowUps(page: Page, planner: Planner): Promise<void> {
  await openApp(page, planner);
  await page.getByRole('link', { name: /^Follow-ups/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
}

const column = (page: Page, status: string) => page.getByRole('region', { name: new RegExp(`^${status}, \\d+$`) });

test('a follow-up made in the editor moves across the board by mouse and by keyboard', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await openFollowUps(page, planner);
  await page.getByRole('button', { name: 'New follow-up' }).click();
  const editor = page.getByRole('dialog', { name: 'New follow-up' });
  await expect(editor.getByLabel('Title', { exact: true })).toBeFocused();

  // Saving without a title or trip keeps the dialog open and says what is missing.
  await editor.getByRole('button', { name: 'Create follow-up' }).click();
  await expect(editor.getByText('Give the follow-up a title.')).toBeVisible();
  await expect(editor.getByText('Choose the trip this follow-up belongs to.')).toBeVisible();

  await editor.getByLabel('Title', { exact: true }).fill('Send the landing package');
  await editor.getByLabel('Trip', { exact: true }).selectOption(ids.tripId);
  await expect(editor.getByLabel('Trip', { exact: true }).locator('option:checked')).toHaveText(/^DG visit to Hangzhou \(10/);
  // Members are offered in order of precedence.
  await expect(editor.getByLabel('Owner').locator('option')).toHaveText(['No owner', 'Alice Chan — Director-General', 'Carol Wong — Press Officer', 'Bob Lee — Senior Manager']);
  await editor.getByLabel('Owner').selectOption({ label: 'Bob Lee — Senior Manager' });
  await typeDate(dateTimeField(editor, 'Due date'), hkDate(10));
  await editor.getByLabel('Priority').selectOption({ label: 'High' });
  await editor.getByRole('combobox', { name: 'Organisation' }).fill('alibaba');
  await editor.getByRole('option', { name: /Alibaba Cloud/ }).click();
  await editor.getByLabel('Investment pledged (HK$)').fill('250000000');
  await expect(editor.getByText('Shown as HK$250,000,000.')).toBeVisible();
  await editor.getByLabel('Jobs').fill('120');
  await editor.getByRole('button', { name: 'Create follow-up' }).click();
  await expect(editor).toBeHidden();

  const [created] = await list(planner);
  expect(created?.followUp).toMatchObject({
    title: 'Send the landing package',
    status: 'open',
    ownerId: ids.bob,
    dueDate: hkDate(10),
    organisationId: ids.alibaba,
    outcome: { investmentHkd: 250_000_000, jobs: 120 },
  });

  // Mouse: drag the card from Open to In progress.
  const card = column(page, 'Open').getByRole('listitem').filter({ hasText: 'Send the landing package' });
  await expect(card).toContainText('Bob Lee');
  await expect(card).toContainText('Alibaba Cloud');
  await expect(card).toContainText('High priority');
  await shot(page, 'followups-board');
  await card.dragTo(column(page, 'In progress'));
  await expect(column(page, 'In progress').getByText('Send the landing package')).toBeVisible();
  await expect(column(page, 'Open').getByText('Send the landing package')).toHaveCount(0);
  await expect.poll(async () => (await list(planner))[0]?.followUp.status).toBe('in-progress');
  await expect(page.getByRole('status').getByText('“Send the landing package” moved to In progress.')).toBeVisible();

  // Keyboard: the card's status list.
  const status = page.getByLabel('Status of Send the landing package');
  await status.focus();
  await status.selectOption({ label: 'Waiting' });
  await expect(column(page, 'Waiting').getByText('Send the landing package')).toBeVisible();
  await expect.poll(async () => (await list(planner))[0]?.followUp.status).toBe('waiting');

  // Undo in the toast puts it back.
  await page.getByRole('status').locator('.toast').filter({ hasText: 'moved to Waiting' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await list(planner))[0]?.followUp.status).toBe('in-progress');
  await expect(column(page, 'In progress').getByText('Send the landing package')).toBeVisible();
  await expect(column(page, 'In progress')).toHaveAccessibleName('In progress, 1');
});

test('the overdue count in the navigation follows the follow-ups', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await openFollowUps(page, planner);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /^Follow-ups/ })).toHaveAccessibleName('Follow-ups');

  // Made elsewhere (another window): the pushed change brings the badge.
  await planner.call('followups.create', { tripId: ids.tripId, title: 'Chase the MoU draft', dueDate: hkDate(-1), ownerId: ids.alice });
  await expect(nav.getByRole('link', { name: 'Follow-ups 1 overdue' })).toBeVisible();
  const card = column(page, 'Open').getByRole('listitem').filter({ hasText: 'Chase the MoU draft' });
  await expect(card.getByText('Overdue')).toBeVisible();
  await shot(page, 'followups-overdue');

  await page.getByLabel('Status of Chase the MoU draft').selectOption({ label: 'Done' });
  await expect(nav.getByRole('link', { name: /^Follow-ups/ })).toHaveAccessibleName('Follow-ups');
  await expect(nav.locator('.overdue-badge')).toHaveCount(0);
  // Done is never overdue, so the card says so no more.
  await expect(column(page, 'Done').getByText('Overdue')).toHaveCount(0);
});

test('the list filters combine, live in the address, and open the editor', async ({ page, planner }) => {
  const ids = await setUp(planner);
  const other = id(await planner.call('trips.create', { title: 'CEO visit to Beijing', startDate: '2027-06-01', endDate: '2027-06-03' }));
  const make = (input: Record<string, unknown>) => planner.call('followups.create', { tripId: ids.tripId, ...input });
  await make({ title: 'Late: send slides', dueDate: hkDate(-3), ownerId: ids.alice });
  await make({ title: 'Soon: call Alibaba', dueDate: hkDate(3), ownerId: ids.bob, organisationId: ids.alibaba });
  await make({ title: 'Later: visit Shatin site', dueDate: hkDate(20), ownerId: ids.alice });
  await make({ title: 'Finished: thank-you letters', dueDate: hkDate(-5), ownerId: ids.alice, status: 'done' });
  await planner.call('followups.create', { tripId: other, title: 'Beijing: university MoU', ownerId: ids.bob });

  await openFollowUps(page, planner);
  await page.getByRole('link', { name: 'List' }).click();
  const titles = page.getByRole('table').getByRole('button');
  // Sorted by due date, undated last.
  await expect(titles).toHaveText(['Edit Finished: thank-you letters', 'Late: send slides', 'Soon: call Alibaba', 'Later: visit Shatin site', 'Beijing: university MoU'].map((t) => t.replace(/^Edit /, '')));

  await page.getByLabel('Overdue').check();
  await expect(titles).toHaveText(['Late: send slides']);
  await expect(page).toHaveURL(/#\/followups\/list\?overdue=1$/);
  await page.getByLabel('Overdue').uncheck();

  await page.getByLabel('Due this week').check();
  await expect(titles).toHaveText(['Soon: call Alibaba']);
  await page.getByLabel('Due this week').uncheck();

  await page.getByLabel('Owner').selectOption({ label: 'Alice Chan' });
  await expect(titles).toHaveText(['Finished: thank-you letters', 'Late: send slides', 'Later: visit Shatin site']);
  await page.getByRole('group', { name: 'Status' }).getByLabel('Open').check();
  await expect(titles).toHaveText(['Late: send slides', 'Later: visit Shatin site']);
  await page.getByLabel('Overdue').check();
  await expect(titles).toHaveText(['Late: send slides']);
  await shot(page, 'followups-list-filtered');

  // The address carries the filters: a reload shows the same list.
  await page.reload();
  await expect(page.getByLabel('Overdue')).toBeChecked();
  await expect(page.getByLabel('Owner')).toHaveValue(ids.alice);
  await expect(titles).toHaveText(['Late: send slides']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(titles).toHaveCount(5);

  // A trip's follow-ups have their own address.
  await page.getByRole('link', { name: 'Follow-ups of CEO visit to Beijing' }).click();
  await expect(titles).toHaveText(['Beijing: university MoU']);
  await expect(page.getByLabel('Trip', { exact: true })).toHaveValue(other);

  // Click → edit; delete with Undo.
  await titles.first().click();
  const editor = page.getByRole('dialog', { name: 'Edit follow-up' });
  await expect(editor.getByLabel('Trip', { exact: true })).toBeDisabled();
  await editor.getByLabel('Title', { exact: true }).fill('Beijing: Tsinghua MoU');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(titles).toHaveText(['Beijing: Tsinghua MoU']);
  await titles.first().click();
  await editor.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No follow-ups match these filters.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(titles).toHaveText(['Beijing: Tsinghua MoU']);
  expect((await list(planner, { tripId: other })).map((r) => r.followUp.title)).toEqual(['Beijing: Tsinghua MoU']);
});

test('a move the service refuses puts the card back and says why', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await planner.call('followups.create', { tripId: ids.tripId, title: 'Invite Alibaba to the summit' });
  await openFollowUps(page, planner);
  const reply = { ok: false, error: { code: 'storage', message: 'The disk is full.' } };
  await page.route('**/api/followups.setStatus', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(reply) }));

  await column(page, 'Open').getByRole('listitem').filter({ hasText: 'Invite Alibaba' }).dragTo(column(page, 'Waiting'));
  const toast = page.getByRole('status').locator('.toast').filter({ hasText: 'could not be moved' });
  await expect(toast).toContainText('“Invite Alibaba to the summit” could not be moved to Waiting; it stays in Open.');
  await expect(toast).toContainText('The disk is full.');
  await expect(column(page, 'Open').getByText('Invite Alibaba to the summit')).toBeVisible();
  await expect(page.getByLabel('Status of Invite Alibaba to the summit')).toHaveValue('open');

  // Once the service works again, "Try again" in the toast makes the move.
  await page.unroute('**/api/followups.setStatus');
  await toast.getByRole('button', { name: 'Try again' }).click();
  await expect(column(page, 'Waiting').getByText('Invite Alibaba to the summit')).toBeVisible();
  await expect.poll(async () => (await list(planner))[0]?.followUp.status).toBe('waiting');
});
