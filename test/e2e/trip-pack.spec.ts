// The phone trip pack opened as a phone would from its files app: a file:// page at 390×844 with the network off.
// Without a member named, the chooser leads to Fanny's own view (CSS :target, no script); her day shows her seat,
// car and room, the map links carry the Chinese address, and the driver's phone is a tel: link. A screenshot of her
// view goes to /tmp/people-shots/trip-pack-phone*.png for a person to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addPeopleLogistics, PEOPLE } from '../fixtures/people-logistics';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('the trip pack works offline from a file and shows a member their own day', async ({ planner, page, context }) => {
  const trip = await addPeopleLogistics((method, input) => planner.call(method, input));
  const made = (await planner.call('export.tripPack', { tripId: trip.tripId })) as { id: string; fileName: string };
  const response = await fetch(`${planner.baseURL}/api/files/${made.id}?token=${planner.token}`);
  expect(response.status).toBe(200);
  const file = path.join(os.tmpdir(), `trip-pack-${process.pid}.html`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));

  await context.setOffline(true);
  await page.goto(`file://${file}`);
  const chooser = page.getByRole('navigation', { name: 'Whose programme?' });
  await expect(chooser.getByRole('link')).toHaveText([/Albert Wong/, /Fanny Wong/, /Derek Chim/]);
  await chooser.getByRole('link', { name: /Fanny Wong/ }).click();

  const fanny = page.getByRole('article', { name: 'Fanny Wong' });
  await expect(fanny).toBeVisible();
  await mkdir('/tmp/people-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/people-shots/trip-pack-phone.png' });
  await expect(chooser).toBeHidden();
  await expect(page.getByRole('article', { name: 'Albert Wong' })).toBeHidden();
  const day = fanny.locator('section.day', { has: page.getByRole('heading', { name: 'Monday, 19 May 2025' }) });
  await expect(day.getByText(PEOPLE.fannyOnly)).toBeVisible();
  await expect(day.getByText(PEOPLE.plate)).toBeVisible();
  await expect(day.getByText(`Room ${PEOPLE.fannyRoom}`)).toBeVisible();
  await expect(fanny.getByText(`Seat ${PEOPLE.fannySeat}`)).toBeVisible();

  // The ride's pick-up address, in Chinese, searched in each map app.
  const ride = day.locator('.ride');
  const hrefs = await ride.getByRole('link', { name: /Amap|Apple Maps|Google Maps/ }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  const [amap, apple, google] = hrefs.map((href) => new URL(href));
  expect(`${amap!.origin}${amap!.pathname}`).toBe('https://uri.amap.com/search');
  expect(amap!.searchParams.get('keyword')).toBe(PEOPLE.pickUpAddress);
  expect(apple!.host).toBe('maps.apple.com');
  expect(apple!.searchParams.get('q')).toBe(PEOPLE.pickUpAddress);
  expect(google!.searchParams.get('query')).toBe(PEOPLE.pickUpAddress);
  await expect(ride.getByRole('link', { name: new RegExp(PEOPLE.driverPhone.replace(/[+]/g, '\\+')) })).toHaveAttribute('href', 'tel:+8613800138000');

  await ride.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-shots/trip-pack-phone-ride.png' });
});
