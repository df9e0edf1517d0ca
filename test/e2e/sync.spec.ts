// Two laptops, one shared folder: each is a browser-mode server with its own data folder. Sample trips loaded on A
// reach B; then a note written on the same meeting on each (through the UI on A) ends up, with both texts, on both.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, shot, startServer, stopServer, test, type Planner } from './fixtures';

process.env.PLANNER_SHOTS ??= '/tmp/shots4';

const sampleKey = 'oases-hangzhou-shanghai-2025';
const meetingTitle = 'Meeting with the Hangzhou Science and Technology Bureau';
type Detail = {
  events: { id: string; title: string }[];
  notes: { id: string; eventId: string; authorId?: string; body: string; deleted: boolean }[];
  members: { id: string; name: { en: string } }[];
};

/** A second laptop: its own server and data folder, with the same `call` as the fixture's. */
async function secondLaptop(): Promise<{ planner: Planner; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'planner-e2e-b-'));
  const running = await startServer(dataDir);
  const planner: Planner = {
    url: running.url,
    baseURL: running.baseURL,
    token: running.token,
    dataDir,
    restart: () => Promise.reject(new Error('not needed here')),
    async call(method, input = {}) {
      const response = await fetch(`${running.baseURL}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json', Origin: running.baseURL },
        body: JSON.stringify(input),
      });
      const reply = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error?.message}`);
      return reply.result;
    },
  };
  return {
    planner,
    stop: async () => {
      await stopServer(running.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openSync(page: Page, planner: Planner): Promise<void> {
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Sync' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sync/ })).toBeVisible();
}

async function configureFolder(page: Page, folder: string): Promise<void> {
  await page.getByLabel('Shared folder').fill(folder);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sync settings saved.' })).toBeVisible();
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/^Last sync: /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
}

test('two laptops sharing a folder end up with the same trips and both people’s notes', async ({ page: pageA, planner: a, browser }) => {
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'planner-sync-folder-'));
  const laptopB = await secondLaptop();
  const b = laptopB.planner;
  const contextB = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Hong_Kong' });
  const pageB = await contextB.newPage();
  try {
    // A holds the sample trips; B starts empty. Both say not now to the offer so it does not cover the page.
    await a.call('samples.load', { keys: [sampleKey] });
    await a.call('samples.dismiss', {});
    await b.call('samples.dismiss', {});

    await openSync(pageA, a);
    await configureFolder(pageA, folder);
    await openSync(pageB, b);
    await configureFolder(pageB, folder);

    await syncNow(pageA);
    await syncNow(pageB);
    // B's report says what came in from A, in words.
    await expect(pageB.getByRole('list', { name: 'What came in' }).getByRole('listitem').first()).toContainText(/changes?$/);
    await shot(pageB, 'sync-page-after-first-sync-en');

    const tripsB = (await b.call('trips.list', {})) as { id: string; title: string; sampleKey?: string }[];
    const trip = tripsB.find((t) => t.sampleKey === sampleKey);
    expect(trip).toBeTruthy();
    await pageB.goto(`${b.url}`);
    await expect(pageB.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
    await expect(pageB.getByText(trip?.title ?? '—').first()).toBeVisible();

    // Each laptop writes as a different member of the delegation.
    const detailA = (await a.call('trips.get', { id: trip?.id })) as Detail;
    const meeting = detailA.events.find((e) => e.title === meetingTitle);
    const memberA = detailA.members[0];
    if (!meeting || !memberA) throw new Error('the sample meeting or its member is missing');
    // B's user is not on the sample trip: she is added on B, and reaches A with the next sync.
    const memberB = (await b.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Senior Manager', rank: 5 })) as { id: string };
    await a.call('settings.update', { meId: memberA.id });
    await b.call('settings.update', { meId: memberB.id });

    // A writes through the notes panel; B through the API, as B's own member.
    await openApp(pageA, a);
    await pageA.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), trip?.id ?? '');
    await expect(pageA.getByRole('region', { name: 'Itinerary calendar' })).toBeVisible();
    await pageA.locator('.rbc-event').filter({ hasText: meetingTitle }).first().focus();
    await pageA.keyboard.press('Enter');
    const editorA = pageA.getByRole('dialog', { name: 'Edit event' });
    await editorA.getByRole('tab', { name: 'Notes' }).click();
    const myNote = editorA.getByRole('textbox', { name: 'My note (markdown)' });
    await myNote.click();
    await pageA.keyboard.type('From laptop A: the bureau wants a joint AI lab.');
    await expect(editorA.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible({ timeout: 5000 });
    await pageA.keyboard.press('Escape');
    await b.call('notes.save', { tripId: trip?.id, eventId: meeting.id, authorId: memberB.id, body: 'From laptop B: follow up on the incubator visit.' });

    // A, B, A: after this every laptop has seen every other's changes.
    await openSync(pageA, a);
    await syncNow(pageA);
    await openSync(pageB, b);
    await syncNow(pageB);
    await openSync(pageA, a);
    await syncNow(pageA);

    for (const [page, planner] of [[pageA, a], [pageB, b]] as const) {
      await openApp(page, planner);
      await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), trip?.id ?? '');
      await expect(page.getByRole('region', { name: 'Itinerary calendar' })).toBeVisible();
      await page.locator('.rbc-event').filter({ hasText: meetingTitle }).first().focus();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('dialog', { name: 'Edit event' });
      await editor.getByRole('tab', { name: 'Notes' }).click();
      await expect(editor.getByText('From laptop A: the bureau wants a joint AI lab.').first()).toBeVisible();
      await expect(editor.getByText('From laptop B: follow up on the incubator visit.').first()).toBeVisible();
    }
    await shot(pageB, 'sync-notes-both-en');
  } finally {
    await contextB.close();
    await laptopB.stop();
    await rm(folder, { recursive: true, force: true });
  }
});

test('two people retitling the same trip offline: the review list shows both and “Keep that” swaps', async ({ page: pageA, planner: a }) => {
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'planner-sync-folder-'));
  const laptopB = await secondLaptop();
  const b = laptopB.planner;
  try {
    await a.call('samples.dismiss', {});
    await b.call('samples.dismiss', {});
    const trip = (await a.call('trips.create', { title: 'Mission to Seoul', startDate: '2027-05-10', endDate: '2027-05-12', homeTimeZone: 'Asia/Hong_Kong', organisingBody: 'InvestHK' })) as { id: string };
    for (const p of [a, b]) await p.call('sync.configure', { folder });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    // Both retitle it without seeing each other: A first, B a moment later, so B's title is the newer one.
    await a.call('trips.update', { id: trip.id, patch: { title: 'Seoul AI mission' } });
    await new Promise((r) => setTimeout(r, 50));
    await b.call('trips.update', { id: trip.id, patch: { title: 'Seoul and Busan mission' } });
    await b.call('sync.now', {});

    await openSync(pageA, a);
    await syncNow(pageA);
    await expect(pageA.getByRole('heading', { level: 1, name: 'Sync (1 to review)' })).toBeVisible();
    await expect(pageA.getByRole('link', { name: 'Sync 1 change to review' })).toBeVisible();
    const item = pageA.getByRole('listitem', { name: /Seoul.* — title/ });
    await expect(item.getByRole('group', { name: 'In use now' })).toContainText('Seoul and Busan mission');
    await expect(item.getByRole('group', { name: 'The other value' })).toContainText('Seoul AI mission');
    await item.scrollIntoViewIfNeeded();
    await shot(pageA, 'sync-review-en');
    await pageA.getByLabel('Language').selectOption('zh-Hant');
    await expect(pageA.getByRole('heading', { level: 1, name: '同步（1 項待覆核）' })).toBeVisible();
    await shot(pageA, 'sync-review-zh-Hant');
    await pageA.evaluate(() => window.scrollTo(0, 0));
    await shot(pageA, 'sync-settings-zh-Hant');
    await pageA.getByLabel('Language').selectOption('en');

    // The kept value is the newer (B's); choosing A's own makes it the title everywhere.
    await pageA.getByRole('button', { name: /^Keep that: “Seoul AI mission”/ }).click();
    await expect(pageA.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
    await expect(pageA.getByText('Nothing to review.')).toBeVisible();
    await expect(pageA.getByRole('link', { name: 'Sync', exact: true })).toBeVisible();
    expect(((await a.call('trips.get', { id: trip.id })) as { trip: { title: string } }).trip.title).toBe('Seoul AI mission');
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    expect(((await b.call('trips.get', { id: trip.id })) as { trip: { title: string } }).trip.title).toBe('Seoul AI mission');
  } finally {
    await laptopB.stop();
    await rm(folder, { recursive: true, force: true });
  }
});

test('a laptop waiting for a missing batch says so and what to do; "This laptop is …" reaches the other laptop', async ({ page: pageA, planner: a }) => {
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'planner-sync-folder-'));
  const laptopB = await secondLaptop();
  const b = laptopB.planner;
  try {
    await a.call('samples.dismiss', {});
    await b.call('samples.dismiss', {});
    const mei = (await b.call('members.create', { name: { en: 'Mei Chan', zhHant: '陳美' }, rank: 3 })) as { id: string };
    for (const p of [a, b]) await p.call('sync.configure', { folder });
    await b.call('sync.now', {});
    await a.call('sync.now', {});

    // B's user says who uses B on B's Sync page; A learns it from B's next batch.
    await openSync(pageA, b);
    const thisLaptop = pageA.getByRole('region', { name: 'This laptop', exact: true });
    await expect(thisLaptop).toContainText('No one is chosen for this laptop yet.');
    await thisLaptop.getByLabel('Delegation member').selectOption(mei.id);
    await thisLaptop.getByRole('button', { name: 'Write as this member' }).click();
    await expect(thisLaptop).toContainText('This laptop is used by Mei Chan.');
    await thisLaptop.scrollIntoViewIfNeeded();
    await shot(pageA, 'sync-this-laptop-en');
    await syncNow(pageA);

    // Two batches from B, the first lost from the folder: A waits at batch 1 until B syncs again.
    const trip = (await b.call('trips.create', { title: 'Mission to Seoul', startDate: '2027-05-10', endDate: '2027-05-12' })) as { id: string };
    await b.call('sync.now', {});
    await b.call('trips.update', { id: trip.id, patch: { purpose: 'AI and data centres' } });
    await b.call('sync.now', {});
    const bId = ((await b.call('sync.status', {})) as { deviceId: string }).deviceId;
    const bDir = path.join(folder, 'DelegationSync', 'devices', bId);
    const batches = (await readdir(bDir)).filter((n) => /^\d{12}\.json$/.test(n)).sort();
    const lost = batches.at(-2)!;
    await rm(path.join(bDir, lost));

    await openSync(pageA, a);
    await syncNow(pageA);
    const waiting = pageA.getByRole('region', { name: 'Changes waiting' });
    await expect(waiting).toContainText(new RegExp(`Mei Chan’s laptop: waiting for batch ${Number(lost.slice(0, 12))} since `));
    await expect(waiting).toContainText('Ask Mei Chan to open Delegation Planner and press Sync now: that sends the missing batch again.');
    await waiting.scrollIntoViewIfNeeded();
    await shot(pageA, 'sync-waiting-en');
    await pageA.getByLabel('Language').selectOption('zh-Hant');
    await expect(pageA.getByRole('region', { name: '等待中的更改' })).toContainText('Mei Chan的電腦');
    await shot(pageA, 'sync-waiting-zh-Hant');
    await pageA.getByLabel('Language').selectOption('en');

    // Done as told: B syncs, which sends batch 1 again, and A's next sync clears the message.
    await b.call('sync.now', {});
    await syncNow(pageA);
    await expect(pageA.getByRole('region', { name: 'Changes waiting' })).toHaveCount(0);
    expect(((await a.call('trips.get', { id: trip.id })) as { trip: { purpose?: string } }).trip.purpose).toBe('AI and data centres');
  } finally {
    await laptopB.stop();
    await rm(folder, { recursive: true, force: true });
  }
});
