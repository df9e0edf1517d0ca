// What the app is told rather than asks: changes made elsewhere (pushed `data.changed`) and notices from the store.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { declineSamples, expect, openApp, shot, test } from './fixtures';

const newTrip = { title: 'Riyadh investment roadshow', startDate: '2027-02-02', endDate: '2027-02-05', organisingBody: 'InvestHK', legs: [] };

test('a trip added elsewhere appears without a reload, and an open trip follows changes to it', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();

  const created = (await planner.call('trips.create', newTrip)) as { id: string };
  await expect(page.getByRole('link', { name: 'Riyadh investment roadshow' })).toBeVisible();

  await page.getByRole('link', { name: 'Riyadh investment roadshow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riyadh investment roadshow' })).toBeVisible();
  await planner.call('trips.update', { id: created.id, patch: { title: 'Riyadh and Dubai roadshow' } });
  await expect(page.getByRole('heading', { level: 1, name: 'Riyadh and Dubai roadshow' })).toBeVisible();

  await planner.call('trips.delete', { id: created.id });
  await expect(page.getByRole('heading', { level: 1, name: /could not be found/ })).toBeVisible();
});

test('a damaged data file is reported in a banner that can be dismissed', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await planner.call('trips.create', newTrip);
  await planner.restart(async () => {
    const tripsDir = path.join(planner.dataDir, 'trips');
    const index = (await readdir(tripsDir)).find((name) => name.startsWith('index-'));
    expect(index, 'a trip index file').toBeTruthy();
    await writeFile(path.join(tripsDir, index as string), '{ this is not JSON');
  });

  await openApp(page, planner);
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toBeVisible();
  await expect(notices).not.toBeEmpty();
  await shot(page, 'notice');
  await notices.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.getByRole('region', { name: 'Notices' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toBeHidden();
});
