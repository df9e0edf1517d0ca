// A backup that takes a while shows how far it has got (issue 12, item 5): the backend pushes export.progress for the
// call's job id while its worker makes the file, and the Data page shows the phase and the count until it is saved.
import { expect, openApp, shot, test } from './fixtures';

test('a backup shows its progress while it is made, then says where it went', async ({ page, planner }) => {
  await planner.call('samples.load', {});
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Data and backup' }).click();

  // The answer is held back until the progress has been seen: a sample backup is otherwise made in a moment.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/backup.export', async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const progress = page.getByRole('status').filter({ hasText: /^Making the file: [\d,]+ of [\d,]+ records$/ });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await page.locator('section.backup').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'backup-progress');

  release();
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible();
  await expect(progress).toHaveCount(0);
});
