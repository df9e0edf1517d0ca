// Issue 14: a two-car day for the HKSTP sample planned through the UI — the sample loaded from the first-run offer, two
// cars with their drivers added on the Logistics tab, the day assigned by precedence and seats (rides.assignDay), one
// member moved to the other car from the keyboard, and the rides seen. Screenshots at 1280×800 and 1024×700.
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

const TITLE = 'HKSTP delegation to Beijing: talent and enterprise attraction';

async function addCar(page: Page, car: { label: string; seats: number; plate: string; en: string; zh: string; phone: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add vehicle…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vehicle' });
  await dialog.getByLabel('Label').fill(car.label);
  await dialog.getByLabel('Passenger seats').fill(String(car.seats));
  await dialog.getByLabel('Plate').fill(car.plate);
  await dialog.getByLabel('Driver’s name (English)').fill(car.en);
  await dialog.getByLabel('Driver’s name (中文)').fill(car.zh);
  await dialog.getByLabel('Driver’s phone').fill(car.phone);
  // Escape on a form with typed changes asks first (issue 13); Keep editing keeps every field.
  await page.keyboard.press('Escape');
  const prompt = page.getByRole('dialog', { name: 'Discard changes?' });
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  await expect(dialog.getByLabel('Plate')).toHaveValue(car.plate);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Vehicles' }).getByRole('listitem', { name: car.label })).toContainText(car.zh);
}

/** The passengers of a ride, in the order shown. */
function passengers(ride: Locator): Locator {
  return ride.getByRole('list', { name: 'Passengers' }).getByRole('listitem');
}

test('a two-car day for the HKSTP sample: add the cars, assign the day, move a member, see the rides', async ({ page, planner }) => {
  await openApp(page, planner);
  await page.getByRole('dialog', { name: 'Load the sample trips?' }).getByRole('button', { name: 'Load sample trips' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('link', { name: 'Logistics' }).click();
  const vehicles = page.getByRole('region', { name: 'Vehicles' });
  await expect(vehicles).toBeVisible();

  // Start from no cars, whatever illustrative ones the sample brings, so the day is seated in these two only.
  const deletes = vehicles.getByRole('button', { name: /^Delete vehicle / });
  // The sample brings two illustrative cars and a hotel (issue 14.6); wait for them before counting.
  await expect(deletes).toHaveCount(2);
  // Each delete waits for its row to go, so the next count is not of a list still being redrawn.
  for (let left = await deletes.count(); left > 0; left--) {
    await deletes.first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(deletes).toHaveCount(left - 1);
  }
  await expect(vehicles).toContainText('No cars yet');
  // Likewise no hotel: the one added below is then the only one of its name.
  const stays = page.getByRole('region', { name: 'Stays' });
  const stayDeletes = stays.getByRole('button', { name: /^Delete stay / });
  await expect(stayDeletes).toHaveCount(1);
  for (let left = await stayDeletes.count(); left > 0; left--) {
    await stayDeletes.first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(stayDeletes).toHaveCount(left - 1);
  }
  await expect(stays).toContainText('No hotels yet');

  // Two seats in the first car: the principal and the next in precedence; the third member goes to the second car.
  await addCar(page, { label: 'Car 1', seats: 2, plate: '京A·12345', en: 'Wang Jun', zh: '王軍', phone: '+86 139 0000 1111' });
  await addCar(page, { label: 'Car 2', seats: 4, plate: '京B·67890', en: 'Li Ming', zh: '李明', phone: '+86 139 0000 2222' });

  // A hotel with two rooms, the second shared (14.2).
  await page.getByRole('button', { name: 'Add stay…' }).click();
  const stay = page.getByRole('dialog', { name: 'Stay' });
  await stay.getByLabel('Hotel (English)').fill('Shangri-La Hotel, Beijing');
  await stay.getByLabel('Hotel (中文)').fill('北京香格里拉飯店');
  await stay.getByRole('group', { name: 'Who sleeps in room 1' }).getByLabel('Albert Wong').check();
  await stay.getByRole('button', { name: 'Add room' }).click();
  const room2 = stay.getByRole('group', { name: 'Who sleeps in room 2' });
  await room2.getByLabel('Derek Chim').check();
  await room2.getByLabel('Fanny Wong').check();
  await stay.getByRole('button', { name: 'Save' }).click();
  await expect(stay).toBeHidden();
  const hotel = page.getByRole('region', { name: 'Stays' }).getByRole('listitem', { name: 'Shangri-La Hotel, Beijing' });
  await expect(hotel.getByRole('listitem')).toHaveText([/Room 1: Albert Wong$/, /Room 2: Fanny Wong, Derek ChimShared$/]);

  const rides = page.getByRole('region', { name: 'Rides' });
  await rides.getByLabel('Day').selectOption('2025-05-19');
  await expect(rides).toContainText('No rides on this day.');
  await rides.getByRole('button', { name: 'Assign cars for this day' }).click();

  const car1 = rides.getByRole('listitem', { name: /Car 1$/ }).first();
  const car2 = rides.getByRole('listitem', { name: /Car 2$/ }).first();
  await expect(passengers(car1)).toHaveText([/^Albert Wong/, /^Fanny Wong/]);
  await expect(passengers(car2)).toHaveText([/^Derek Chim/]);
  await expect(car1).toContainText('京A·12345');
  await shot(page, 'logistics-assigned-1280');

  // Assigning again asks first, since it replaces the day's rides; keeping them changes nothing.
  await rides.getByRole('button', { name: 'Assign cars for this day' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace this day’s rides?' });
  await expect(replace).toBeVisible();
  await replace.getByRole('button', { name: 'Keep them' }).click();
  await expect(replace).toBeHidden();
  await expect(passengers(car1)).toHaveCount(2);

  // Moved by hand from the keyboard: Tab goes from one passenger's car choice to the next, arrows pick the car.
  await car1.getByRole('combobox', { name: 'Move Albert Wong to another car' }).focus();
  await page.keyboard.press('Tab');
  const moveFanny = car1.getByRole('combobox', { name: 'Move Fanny Wong to another car' });
  await expect(moveFanny).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'Fanny Wong moved to Car 2.' })).toBeVisible();

  // The rides as they now are: the principal alone in Car 1, Fanny Wong in Car 2 before Derek Chim (precedence).
  await expect(passengers(car1)).toHaveText([/^Albert Wong/]);
  await expect(passengers(car2)).toHaveText([/^Fanny Wong/, /^Derek Chim/]);
  await shot(page, 'logistics-moved-1280');

  // And after a reload, from the stored rides.
  await page.reload();
  await page.getByRole('region', { name: 'Rides' }).getByLabel('Day').selectOption('2025-05-19');
  await expect(passengers(car2)).toHaveText([/^Fanny Wong/, /^Derek Chim/]);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('region', { name: 'Rides' }).scrollIntoViewIfNeeded();
  await shot(page, 'logistics-1024');

  // The Export menu offers the logistics documents; the driver's sheet asks for a car and a day.
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Driver’s sheet…' }).click();
  const sheet = page.getByRole('dialog', { name: 'Driver’s sheet' });
  await expect(sheet.getByLabel('Vehicle')).toHaveValue(/.+/);
  await expect(sheet.getByLabel('Vehicle').getByRole('option')).toHaveText(['Car 1 (京A·12345)', 'Car 2 (京B·67890)']);
  await sheet.getByLabel('Day').selectOption('2025-05-19');
  await shot(page, 'logistics-driver-sheet-dialog-1024');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The tab in 繁體中文.
  await page.getByRole('combobox', { name: 'Language / 語言' }).selectOption('zh-Hant');
  await expect(page.getByRole('button', { name: '編排當天車輛' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'logistics-zh-Hant-1280');
});
