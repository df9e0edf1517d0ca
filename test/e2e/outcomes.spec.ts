// Outcomes as a planner reads them: the dashboard's totals match the outcomes entered on two trips' follow-ups
// (overall, per trip, per year, by sector, by stage, in English and Chinese), and the organisation page shows an
// organisation's meetings in their own zone, its notes, follow-ups, outcomes and people, and moves it along the
// pipeline with Undo.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';

process.env.PLANNER_SHOTS ??= '/tmp/shots4';

interface Created {
  id: string;
}

async function createTrip(planner: Planner, title: string, startDate: string, endDate: string): Promise<string> {
  const leg = { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate, endDate };
  return ((await planner.call('trips.create', { title, startDate, endDate, legs: [leg] })) as Created).id;
}

async function createOrganisation(planner: Planner, input: Record<string, unknown>): Promise<string> {
  return ((await planner.call('organisations.create', input)) as Created).id;
}

/** Opens the app (the sample offer already answered) and goes to a route by its address. */
async function openAt(page: Page, planner: Planner, hash: string): Promise<void> {
  await planner.call('samples.dismiss', {});
  await openApp(page, planner);
  await page.evaluate((h) => (location.hash = h), hash);
}

test('the dashboard totals match the outcomes entered on two trips', async ({ page, planner }) => {
  const older = await createTrip(planner, 'Hangzhou and Shanghai AI mission', '2025-04-07', '2025-04-10');
  const newer = await createTrip(planner, 'Beijing universities visit', '2026-03-16', '2026-03-18');
  const zhiyuan = await createOrganisation(planner, { name: { en: 'Zhiyuan AI', zhHant: '智源人工智能', zhHans: '' }, sector: 'Artificial intelligence', stage: 'landed' });
  const bureau = await createOrganisation(planner, { name: { en: 'Beijing Science Bureau' }, kind: 'government', stage: 'negotiating' });
  await createOrganisation(planner, { name: { en: 'Quiet prospect' } });

  await planner.call('followups.create', {
    tripId: older,
    title: 'Sign the landing MoU with Zhiyuan',
    organisationId: zhiyuan,
    outcome: { mou: { title: 'Landing in Science Park', parties: ['Zhiyuan AI', 'HKSTP'], date: '2025-06-02' }, investmentHkd: 120_000_000, jobs: 80 },
  });
  await planner.call('followups.create', { tripId: older, title: 'Send the incentive brochure', organisationId: zhiyuan });
  await planner.call('followups.create', { tripId: newer, title: 'Joint lab pledge', organisationId: bureau, outcome: { investmentHkd: 35_500_000, jobs: 25 } });
  await planner.call('followups.create', { tripId: newer, title: 'University MoU', outcome: { mou: { title: 'Talent exchange', parties: [] } } });

  await planner.call('samples.dismiss', {});
  await openApp(page, planner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeVisible();

  // Overall: 2 MoUs, HK$155.5m, 105 jobs, 1 company landed, 4 follow-ups.
  const overall = page.getByRole('region', { name: 'Overall' });
  await expect(overall.getByRole('definition').nth(0)).toHaveText('2');
  await expect(overall.getByRole('definition').nth(1)).toHaveText('HK$155,500,000');
  await expect(overall.getByRole('definition').nth(2)).toHaveText('105');
  await expect(overall.getByRole('definition').nth(3)).toHaveText('1');
  await expect(overall.getByRole('definition').nth(4)).toHaveText('4');
  await expect(overall).toContainText('1 company landed · HK$156m pledged · 105 jobs · 2 MoUs');

  // Per trip, newest first, each with its own figures.
  const byTrip = page.getByRole('table', { name: 'By trip' });
  const tripRows = byTrip.getByRole('row');
  await expect(tripRows.nth(1)).toContainText('Beijing universities visit');
  await expect(tripRows.nth(1)).toContainText('16 Mar 2026');
  await expect(tripRows.nth(1)).toContainText('HK$35,500,000');
  await expect(tripRows.nth(2)).toContainText('Hangzhou and Shanghai AI mission');
  await expect(tripRows.nth(2)).toContainText('HK$120,000,000');
  await expect(byTrip.getByRole('row', { name: /Hangzhou/ }).getByRole('cell')).toHaveText(['7 Apr 2025', '1', 'HK$120,000,000', '80', '1', '2']);
  await expect(byTrip.getByRole('row', { name: /Beijing/ }).getByRole('cell')).toHaveText(['16 Mar 2026', '1', 'HK$35,500,000', '25', '0', '2']);

  // Per year and by sector (a follow-up without an organisation, or one without a sector, is "Unspecified").
  const byYear = page.getByRole('table', { name: 'By year' });
  await expect(byYear.getByRole('row', { name: /2026/ })).toContainText('HK$35,500,000');
  await expect(byYear.getByRole('row', { name: /2025/ })).toContainText('HK$120,000,000');
  const bySector = page.getByRole('table', { name: 'By sector' });
  await expect(bySector.getByRole('row', { name: /Artificial intelligence/ })).toContainText('HK$120,000,000');
  await expect(bySector.getByRole('row', { name: /Unspecified/ })).toContainText('HK$35,500,000');

  // Organisations by pipeline stage: every stage listed, in order.
  const byStage = page.getByRole('table', { name: 'Pipeline' });
  await expect(byStage.getByRole('rowheader')).toHaveText(['Prospect', 'Engaged', 'Negotiating', 'Committed', 'Landed in Hong Kong']);
  await expect(byStage.getByRole('row', { name: /Prospect/ }).getByRole('cell').first()).toHaveText('1');
  await expect(byStage.getByRole('row', { name: /Negotiating/ }).getByRole('cell').first()).toHaveText('1');
  await shot(page, 'dashboard');
  await byStage.scrollIntoViewIfNeeded();
  await shot(page, 'dashboard-lower');

  // The same figures in Chinese.
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 1, name: '成果' })).toBeVisible();
  const overallZh = page.getByRole('region', { name: '總計' });
  await expect(overallZh.getByRole('definition').nth(1)).toHaveText('HK$155,500,000');
  await expect(page.getByRole('table', { name: '按行程' }).getByRole('row').nth(1)).toContainText('2026年3月16日');
  await expect(page.getByRole('table', { name: '按行業' }).getByRole('row', { name: /未指明/ })).toBeVisible();
  await shot(page, 'dashboard-zh');
});

test('the organisation page shows its meetings, notes, follow-ups and people, and changes stage with Undo', async ({ page, planner }) => {
  const tripId = await createTrip(planner, 'Hangzhou and Shanghai AI mission', '2025-04-07', '2025-04-10');
  const orgId = await createOrganisation(planner, {
    name: { en: 'Hangzhou Zhiyuan AI Co., Ltd.', zhHant: '杭州智源人工智能有限公司', zhHans: '杭州智源人工智能有限公司' },
    sector: 'Artificial intelligence',
    city: 'Hangzhou',
    website: 'zhiyuan.example.cn',
  });
  await planner.call('contacts.create', { name: { en: 'Li Wei', zhHant: '李偉' }, title: 'Chief Executive', organisationId: orgId, email: 'li.wei@example.cn' });
  const meeting = (title: string, start: string, end: string) =>
    planner.call('events.create', { tripId, title, start, end, timeZone: 'Asia/Shanghai', organisationIds: [orgId] }) as Promise<Created>;
  const first = await meeting('First call on Zhiyuan', '2025-04-07T02:00:00.000Z', '2025-04-07T03:00:00.000Z');
  await meeting('Site visit to the Zhiyuan lab', '2025-04-09T06:30:00.000Z', '2025-04-09T08:00:00.000Z');
  await planner.call('events.create', { tripId, title: 'Unrelated lunch', start: '2025-04-08T04:00:00.000Z', end: '2025-04-08T05:00:00.000Z', timeZone: 'Asia/Shanghai' });
  await planner.call('notes.save', { tripId, eventId: first.id, body: '## Objectives\n- Talk about **landing** in <b>Science Park</b>' });
  await planner.call('followups.create', {
    tripId,
    title: 'Send the landing package',
    organisationId: orgId,
    dueDate: '2025-05-01',
    outcome: { mou: { title: 'Landing MoU', parties: ['Zhiyuan', 'HKSTP'], date: '2025-06-02' }, investmentHkd: 80_000_000, jobs: 40 },
  });

  await openAt(page, planner, `#/organisations/${orgId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hangzhou Zhiyuan AI Co., Ltd.' })).toBeVisible();
  await expect(page.getByText('杭州智源人工智能有限公司')).toBeVisible();
  await expect(page.getByRole('link', { name: 'zhiyuan.example.cn' })).toHaveAttribute('href', 'https://zhiyuan.example.cn');

  // Meetings newest first, in the zone where they happened (Shanghai), each linking to its trip's itinerary.
  const meetings = page.getByRole('list', { name: /Meetings/ }).getByRole('listitem');
  await expect(meetings).toHaveCount(2);
  await expect(meetings.nth(0)).toContainText('Site visit to the Zhiyuan lab');
  await expect(meetings.nth(0)).toContainText('9 Apr 2025, 14:30 GMT+8');
  await expect(meetings.nth(1)).toContainText('First call on Zhiyuan');
  await expect(meetings.nth(1)).toContainText('7 Apr 2025, 10:00');
  await expect(page.getByText('Unrelated lunch')).toHaveCount(0);

  // The note as plain text (markup shown, not run), the follow-up, the outcome, the person, and the totals.
  const notes = page.getByRole('region', { name: /Notes/ });
  await expect(notes).toContainText('Objectives Talk about landing in <b>Science Park</b>');
  await expect(page.getByRole('region', { name: /Follow-ups/ })).toContainText('Send the landing package');
  await expect(page.getByRole('region', { name: /Follow-ups/ })).toContainText('Due 1 May 2025');
  const outcomes = page.getByRole('region', { name: /^Outcomes/ });
  await expect(outcomes).toContainText('MoU: Landing MoU · Parties: Zhiyuan; HKSTP · Signed 2 Jun 2025');
  await expect(outcomes).toContainText('HK$80,000,000 · 40 jobs');
  await expect(page.getByRole('region', { name: /People/ }).getByRole('link', { name: 'Li Wei' })).toBeVisible();
  const totals = page.getByRole('definition');
  await expect(totals.nth(1 + 3)).toHaveText('1'); // after the four header facts: MoUs
  await expect(page.getByLabel('Outcome totals')).toContainText('HK$80,000,000');
  await shot(page, 'organisation-page');
  await page.getByRole('region', { name: /People/ }).scrollIntoViewIfNeeded();
  await shot(page, 'organisation-page-lower');

  // Move it along the pipeline; the toast offers Undo, which puts it back.
  await expect(page.getByRole('button', { name: 'Prospect' })).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Negotiating' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now at “Negotiating”' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Negotiating' })).toHaveAttribute('aria-current', 'step');
  const saved = (await planner.call('organisations.list', {})) as { id: string; stage: string }[];
  expect(saved.find((o) => o.id === orgId)?.stage).toBe('negotiating');
  await shot(page, 'organisation-stage');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Prospect' })).toHaveAttribute('aria-current', 'step');
  const undone = (await planner.call('organisations.list', {})) as { id: string; stage: string }[];
  expect(undone.find((o) => o.id === orgId)?.stage).toBe('prospect');

  // A meeting opens its trip's itinerary.
  await page.getByRole('link', { name: 'First call on Zhiyuan', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${tripId}/itinerary$`));

  // In Chinese.
  await page.goBack();
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('button', { name: '洽談中' })).toBeVisible();
  await expect(page.getByRole('region', { name: /會面/ })).toContainText('2025年4月9日');
  await shot(page, 'organisation-page-zh');
});

test('an organisation with many meetings shows the newest 50, then all on request', async ({ page, planner }) => {
  const tripId = await createTrip(planner, 'Long mission', '2025-04-01', '2025-04-30');
  const orgId = await createOrganisation(planner, { name: { en: 'Busy counterpart' } });
  const inputs = Array.from({ length: 60 }, (_, i) => {
    const start = new Date(Date.UTC(2025, 3, 1 + (i % 30), 1 + Math.floor(i / 30) * 3)).toISOString();
    return { tripId, title: `Meeting ${String(i + 1).padStart(2, '0')}`, start, end: start, timeZone: 'Asia/Shanghai', organisationIds: [orgId] };
  });
  for (const input of inputs) await planner.call('events.create', input);

  await openAt(page, planner, `#/organisations/${orgId}`);
  const meetings = page.getByRole('list', { name: /Meetings/ }).getByRole('listitem');
  await expect(meetings).toHaveCount(50);
  await expect(meetings.first()).toContainText('Meeting 60');
  await page.getByRole('button', { name: 'Show all 60' }).click();
  await expect(meetings).toHaveCount(60);
  await page.getByRole('button', { name: 'Show the newest 50 only' }).click();
  await expect(meetings).toHaveCount(50);
});

test('an organisation that no longer exists says so', async ({ page, planner }) => {
  await openAt(page, planner, '#/organisations/missing-org');
  await expect(page.getByRole('alert')).toContainText('This organisation could not be found');
  await expect(page.getByRole('link', { name: 'Directory' }).first()).toBeVisible();
});

test('the directory record links to the organisation page', async ({ page, planner }) => {
  const orgId = await createOrganisation(planner, { name: { en: 'Cyberport', zhHant: '數碼港' } });
  await openAt(page, planner, `#/directory/organisations/${orgId}`);
  await page.getByRole('link', { name: 'Open organisation page' }).click();
  await expect(page).toHaveURL(new RegExp(`#/organisations/${orgId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Cyberport' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Meetings/ })).toContainText('No meetings with this organisation yet');
});
