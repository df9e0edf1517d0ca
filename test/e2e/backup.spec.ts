// Full backup on the Data page: back up (a download), restore into a fresh instance and see the sample trips; then
// restore over data after confirming, see where the earlier data went, and refuse a damaged file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, shot, startServer, stopServer, test } from './fixtures';

const shots = (name: string) => `backup-${name}`;

/** Screenshots show the backup section, which sits below the tables on the Data page. */
async function shotOfSection(page: Page, name: string): Promise<void> {
  await page.locator('section.backup').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await shot(page, shots(name));
}

test('a backup made on one instance restores into a fresh one, and replaces data only after confirming', async ({ page, planner }, testInfo) => {
  await planner.call('samples.load', {});
  const trips = (await planner.call('trips.list', {})) as { title: string }[];
  expect(trips.length).toBeGreaterThan(0);

  await openApp(page, planner);
  await page.getByRole('link', { name: 'Data and backup' }).click();
  await expect(page.getByRole('heading', { name: 'Backup and restore' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Delegation Planner backup \d{4}-\d{2}-\d{2} \d{4}\.dpbackup$/);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible();
  await shotOfSection(page, 'saved');

  // A fresh instance on its own empty data folder.
  const freshDir = await mkdtemp(path.join(os.tmpdir(), 'planner-e2e-fresh-'));
  const fresh = await startServer(freshDir);
  try {
    await page.goto(fresh.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
    await declineSamples(page);
    await page.getByRole('link', { name: 'Data and backup' }).click();

    await page.getByLabel('Restore from a backup…').setInputFiles(saved);
    const done = page.getByRole('status').filter({ hasText: 'Restored from' });
    await expect(done).toBeVisible();
    await expect(done).toContainText(`${trips.length} trips`);
    await expect(done).not.toContainText('What was here before');
    await shotOfSection(page, 'restored-empty');

    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    for (const trip of trips) await expect(page.getByRole('main').getByRole('link', { name: trip.title })).toBeVisible();

    // Restoring again over data: asked first, with what would be replaced; Escape cancels and changes nothing.
    await page.getByRole('link', { name: 'Data and backup' }).click();
    await page.getByLabel('Restore from a backup…').setInputFiles(saved);
    const dialog = page.getByRole('dialog', { name: 'Replace the data on this computer?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`${trips.length} trips`);
    await expect(dialog).toContainText('saved first to a file');
    await shotOfSection(page, 'confirm');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByLabel('Restore from a backup…').setInputFiles(saved);
    await dialog.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect(dialog).toBeHidden();
    const replaced = page.getByRole('status').filter({ hasText: 'What was here before is saved in' });
    await expect(replaced).toBeVisible();
    await expect(replaced).toContainText(path.join(freshDir, 'exports', 'before-restore-'));
    await shotOfSection(page, 'replaced');

    // A damaged file: a clear refusal, and nothing changed.
    const bytes = await readFile(saved);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const damaged = testInfo.outputPath('damaged.dpbackup');
    await writeFile(damaged, bytes);
    await page.getByLabel('Restore from a backup…').setInputFiles(damaged);
    await expect(page.getByRole('alert')).toContainText('This backup file is damaged. Nothing was changed; your data is as it was.');
    await shotOfSection(page, 'damaged');

    // The same page in Traditional Chinese.
    await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
    await expect(page.getByRole('heading', { name: '備份及還原' })).toBeVisible();
    await expect(page.getByRole('button', { name: '備份所有資料' })).toBeVisible();
    await page.getByLabel('從備份還原…').setInputFiles(saved);
    await expect(page.getByRole('dialog', { name: '要取代這部電腦上的資料嗎？' })).toBeVisible();
    await shotOfSection(page, 'confirm-zh');
    await page.getByRole('dialog').getByRole('button', { name: '以備份取代' }).click();
    await expect(page.getByRole('status').filter({ hasText: '還原前的資料已儲存於' })).toBeVisible();
    await shotOfSection(page, 'replaced-zh');
  } finally {
    await stopServer(fresh.child);
    await rm(freshDir, { recursive: true, force: true });
  }
});
