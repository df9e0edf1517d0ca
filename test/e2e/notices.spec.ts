// Issue 9, item 8: a notice raised after start-up (a trip's file repaired when it is first read — by the first screen's
// overdue count, which reads every trip's follow-ups, or by opening the trip) reaches the screen at once, without a
// reload, and names the trip by its title rather than by its file.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { declineSamples, expect, openApp, shot, test } from './fixtures';

const title = 'OASES to Hangzhou and Shanghai';

test('a trip file repaired when the trip is opened is reported at once, by the trip title', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  const trip = (await planner.call('trips.create', { title, startDate: '2027-05-13', endDate: '2027-05-16', legs: [] })) as { id: string };
  await planner.call('events.create', { tripId: trip.id, title: 'Courtesy call', start: '2027-05-14T01:00:00.000Z', end: '2027-05-14T02:00:00.000Z', timeZone: 'Asia/Shanghai' });
  // The last save touches another file, so the trip's own file is not read when the server starts but after it.
  await planner.call('organisations.create', { name: { en: 'Hangzhou Bureau of Commerce', zhHant: '', zhHans: '' } });
  await planner.restart(() => writeFile(path.join(planner.dataDir, 'trips', `${trip.id}.json`), '{"schemaVersion":1,"events":['));

  await openApp(page, planner);
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText(`the trip "${title}" could not be read`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await expect(notices).toContainText(`the trip "${title}" could not be read`);
  await expect(notices).not.toContainText(`trips/${trip.id}.json`);
  await expect(page.getByText('Courtesy call').first()).toBeVisible(); // rebuilt from the change log
  await shot(page, 'notice-trip-repaired');
});
