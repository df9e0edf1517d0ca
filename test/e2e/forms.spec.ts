// What every form shares (issue 11): a value the backend turns down is marked beside its field with the keyboard on
// it, and closing a form with unsaved edits asks "Discard changes?" first, while an untouched form just closes.
import type { Page } from '@playwright/test';
import { expect, openApp, refuseInput, shot, test, type Planner } from './fixtures';

const id = (record: unknown): string => (record as { id: string }).id;

async function tripWithEvent(planner: Planner): Promise<string> {
  await planner.call('samples.dismiss');
  const trip = id(
    await planner.call('trips.create', {
      title: 'Hangzhou visit',
      startDate: '2027-03-10',
      endDate: '2027-03-12',
      legs: [{ city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-12' }],
    }),
  );
  await planner.call('events.create', {
    tripId: trip, title: 'Meet the bureau', kind: 'meeting', status: 'confirmed',
    start: '2027-03-10T02:00:00.000Z', end: '2027-03-10T03:00:00.000Z', timeZone: 'Asia/Shanghai', venue: { en: 'City Hall', zh: '市政府' },
  });
  return trip;
}

async function openEvent(page: Page, planner: Planner): Promise<ReturnType<Page['getByRole']>> {
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Hangzhou visit' }).click();
  await page.getByRole('button', { name: /Meet the bureau/ }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await expect(editor.getByLabel('Title')).toHaveValue('Meet the bureau');
  return editor;
}

test('a value the backend turns down is shown beside its field, with the keyboard on it', async ({ page, planner }) => {
  const tripId = await tripWithEvent(planner);
  // The backend's answer to a bad venue, as it sends it: a zod issue whose path goes through the update's patch.
  await refuseInput(page, 'events.update', 'Not saved.', [{ path: ['patch', 'venue', 'zh'], message: 'This venue name is not allowed here.' }]);
  const editor = await openEvent(page, planner);
  await editor.getByLabel('Venue (Chinese)').fill('市政府大樓');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('The event was not saved');
  const venue = editor.getByLabel('Venue (Chinese)');
  await expect(venue).toHaveAccessibleDescription(/This venue name is not allowed here\./);
  await expect(venue).toHaveAttribute('aria-invalid', 'true');
  await expect(venue).toBeFocused();
  await expect(venue).toHaveValue('市政府大樓');
  await shot(page, 'form-field-error');
  // Typing in the field takes its error away until the next save.
  await venue.fill('市政府');
  await expect(venue).not.toHaveAttribute('aria-invalid', 'true');
  expect(((await planner.call('trips.get', { id: tripId })) as { events: { venue: { zh: string } }[] }).events[0]!.venue.zh).toBe('市政府');
});

test('Escape on a changed event editor asks "Discard changes?"; Keep editing keeps the edits, Discard drops them', async ({ page, planner }) => {
  const tripId = await tripWithEvent(planner);
  const editor = await openEvent(page, planner);
  await editor.getByLabel('Title').fill('Meet the mayor');
  await page.keyboard.press('Escape');
  const prompt = page.getByRole('dialog', { name: 'Discard changes?' });
  await expect(prompt).toBeVisible();
  // Keep editing is where the keyboard starts, so a second Escape or Enter loses nothing.
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await shot(page, 'discard-prompt');
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(editor.getByLabel('Title')).toHaveValue('Meet the mayor');

  // Escape in the prompt also keeps editing.
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Title')).toHaveValue('Meet the mayor');

  // The dialog's × asks too; Discard closes the editor and nothing is saved.
  await editor.getByRole('button', { name: 'Close' }).click();
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const detail = (await planner.call('trips.get', { id: tripId })) as { events: { title: string }[] };
  expect(detail.events[0]!.title).toBe('Meet the bureau');
});

test('an event editor with nothing changed closes at once, also after an edit is typed back', async ({ page, planner }) => {
  await tripWithEvent(planner);
  const editor = await openEvent(page, planner);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: /Meet the bureau/ }).first().click();
  await editor.getByLabel('Title').fill('Meet the mayor');
  await editor.getByLabel('Title').fill('Meet the bureau');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the discard prompt speaks Traditional Chinese', async ({ page, planner }) => {
  await tripWithEvent(planner);
  await openApp(page, planner);
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await page.getByRole('link', { name: 'Hangzhou visit' }).click();
  await page.getByRole('button', { name: /Meet the bureau/ }).first().click();
  const editor = page.getByRole('dialog', { name: '編輯活動' });
  await editor.getByRole('textbox').first().fill('會見市長');
  await page.keyboard.press('Escape');
  const prompt = page.getByRole('dialog', { name: '捨棄更改？' });
  await expect(prompt.getByRole('button', { name: '繼續編輯' })).toBeFocused();
  await expect(prompt.getByRole('button', { name: '捨棄' })).toBeVisible();
});

test('a backend issue inside a trip leg (patch.legs[0].city) lands on that leg’s City, with the keyboard on it', async ({ page, planner }) => {
  await tripWithEvent(planner);
  await refuseInput(page, 'trips.update', 'Not saved.', [
    { path: 'patch.legs[0].city', message: 'This city is not on the list.' },
    { path: ['patch', 'sampleKey'], message: 'Not a sample.' },
  ]);
  await openApp(page, planner);
  await page.getByRole('button', { name: 'Actions for Hangzhou visit' }).click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog', { name: 'Edit trip' });
  await form.getByLabel('Country (leg 1)').fill('China (mainland)');
  await form.getByRole('button', { name: 'Save' }).click();
  const city = form.getByLabel('City (leg 1)');
  await expect(city).toHaveAccessibleDescription(/This city is not on the list\./);
  await expect(city).toBeFocused();
  // An issue no field shows is said at the top, so nothing the backend said is lost.
  await expect(form.getByRole('alert').first()).toContainText('Not a sample.');
  await expect(form.getByLabel('Country (leg 1)')).toHaveValue('China (mainland)');
});

test('the directory and follow-up forms ask before dropping edits, and close at once when untouched', async ({ page, planner }) => {
  await planner.call('samples.dismiss');
  await openApp(page, planner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('link', { name: 'Delegation members' }).click();
  await page.getByRole('button', { name: 'New member' }).first().click();
  const member = page.getByRole('dialog', { name: 'New member' });
  await member.getByRole('button', { name: 'Cancel' }).click();
  await expect(member).toBeHidden();

  await page.getByRole('button', { name: 'New member' }).first().click();
  await member.getByLabel('Name in English').fill('Alice Wong');
  await member.getByRole('button', { name: 'Cancel' }).click();
  const prompt = page.getByRole('dialog', { name: 'Discard changes?' });
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(member.getByLabel('Name in English')).toHaveValue('Alice Wong');
  await page.keyboard.press('Escape');
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Follow-ups/ }).click();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  const editor = page.getByRole('dialog', { name: 'New follow-up' });
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  await editor.getByLabel('Title', { exact: true }).fill('Send the landing package');
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
});
