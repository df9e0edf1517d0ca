// An encrypted backup made on the Data page: the passphrase typed twice (a mismatch is caught before anything is
// made), a file that holds no text in clear, and a restore that asks for the passphrase, refuses a wrong one without
// changing anything, and restores with the right one. Without a passphrase the page says the file is not encrypted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, shot, startServer, stopServer, test } from './fixtures';

const SECRET = 'Restricted-e2e-51c9 Qianhai land swap';

async function shotOfSection(page: Page, name: string): Promise<void> {
  await page.locator('section.backup').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, `backup-encrypted-${name}`);
}

test('a backup encrypted with a passphrase holds no text in clear and restores only with that passphrase', async ({ page, planner }, testInfo) => {
  await planner.call('samples.load', {});
  const [trip] = (await planner.call('trips.list', {})) as { id: string; title: string }[];
  const detail = (await planner.call('trips.get', { id: trip!.id })) as { events: { id: string; briefing: Record<string, unknown> }[] };
  const event = detail.events[0]!;
  await planner.call('events.update', { id: event.id, tripId: trip!.id, patch: { briefing: { ...event.briefing, objectives: { text: SECRET, restricted: true } } } });

  await openApp(page, planner);
  await page.getByRole('link', { name: 'Data and backup' }).click();
  const section = page.locator('section.backup');
  await expect(section.getByRole('note')).toContainText('Without a passphrase the backup is not encrypted');
  await expect(section.getByRole('note')).toContainText('restricted briefing fields included');
  await shotOfSection(page, 'plain-warning');

  await section.getByLabel('Passphrase', { exact: true }).fill('harbour lights 2026');
  await section.getByLabel('Passphrase again').fill('harbour lights 2025');
  await expect(section.getByRole('note')).toContainText('The backup will be encrypted');
  await section.getByRole('button', { name: 'Back up everything' }).click();
  await expect(section.getByText('The two passphrases differ.')).toBeVisible();
  await shotOfSection(page, 'mismatch');

  await section.getByLabel('Passphrase again').fill('harbour lights 2026');
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloading;
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await expect(page.getByRole('status').filter({ hasText: 'It is encrypted' })).toBeVisible();
  const bytes = await readFile(saved);
  expect(bytes.includes(Buffer.from('Restricted-e2e-51c9'))).toBe(false);
  expect(bytes.includes(Buffer.from(trip!.title))).toBe(false);

  const freshDir = await mkdtemp(path.join(os.tmpdir(), 'planner-e2e-fresh-'));
  const fresh = await startServer(freshDir);
  try {
    await page.goto(fresh.url);
    await declineSamples(page);
    await page.getByRole('link', { name: 'Data and backup' }).click();
    await page.getByLabel('Restore from a backup…').setInputFiles(saved);
    const dialog = page.getByRole('dialog', { name: 'This backup is encrypted' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Passphrase').fill('harbour lights 2025');
    await dialog.getByRole('button', { name: 'Open the backup' }).click();
    await expect(dialog.getByText('This passphrase does not open the backup. Nothing was changed')).toBeVisible();
    await shot(page, 'backup-encrypted-wrong');
    await dialog.getByLabel('Passphrase').fill('harbour lights 2026');
    await dialog.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toBeVisible();
    await shotOfSection(page, 'restored');
    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    await expect(page.getByRole('main').getByRole('link', { name: trip!.title })).toBeVisible();
  } finally {
    await stopServer(fresh.child);
    await rm(freshDir, { recursive: true, force: true });
  }
});
