// Issue 13: nothing typed is lost without asking (page changes and a closing tab wait for "Discard changes?"; the
// Notes tab cannot delete the event), focus lands on what was just created or opened, and `?` shows the shortcuts.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';
import { dateTimeField, typeDate } from './datetime-fields';

const id = (record: unknown): string => (record as { id: string }).id;

async function tripWithEvent(planner: Planner): Promise<{ tripId: string; eventId: string }> {
  await planner.call('samples.dismiss');
  const tripId = id(
    await planner.call('trips.create', {
      title: 'Hangzhou visit',
      startDate: '2027-03-10',
      endDate: '2027-03-12',
      legs: [{ city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-12' }],
    }),
  );
  const eventId = id(
    await planner.call('events.create', {
      tripId, title: 'Meet the bureau', kind: 'meeting', status: 'confirmed',
      start: '2027-03-10T02:00:00.000Z', end: '2027-03-10T03:00:00.000Z', timeZone: 'Asia/Shanghai',
    }),
  );
  return { tripId, eventId };
}

/** Whether closing the tab now would be held up (the page's beforeunload handlers cancel the unload). */
const unloadRefused = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('a page change with unsaved edits asks first (a search hit, back); a closing tab is held only while dirty', async ({ page, planner }) => {
  const { tripId } = await tripWithEvent(planner);
  await planner.call('organisations.create', { name: { en: 'Alibaba Group' } });
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Hangzhou visit' }).click();
  await page.getByRole('button', { name: 'Meet the bureau' }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  const title = editor.getByLabel('Title');
  await expect(title).toHaveValue('Meet the bureau');
  expect(await unloadRefused(page)).toBe(false);

  await title.fill('Meet the mayor');
  expect(await unloadRefused(page)).toBe(true);
  const prompt = page.getByRole('dialog', { name: 'Discard changes?' });

  // A search hit opening another record asks first; Escape in the prompt keeps editing.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('Alibaba');
  await expect(palette.getByRole('option', { name: /Alibaba Group/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(title).toHaveValue('Meet the mayor');
  expect(page.url()).toContain(`#/trips/${tripId}`);

  // Back: the address stays on the trip while the form asks; Keep editing keeps the text.
  await page.evaluate(() => history.back());
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  expect(page.url()).toContain(`#/trips/${tripId}`);
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  await expect(title).toHaveValue('Meet the mayor');
  await expect(page.getByRole('heading', { level: 1, name: 'Hangzhou visit' })).toBeVisible();

  // Discard goes where the user was going, and nothing was saved.
  await page.evaluate(() => history.back());
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await unloadRefused(page)).toBe(false);
  const detail = (await planner.call('trips.get', { id: tripId })) as { events: { title: string }[] };
  expect(detail.events[0]!.title).toBe('Meet the bureau');

  // A clean form lets the page change at once.
  await page.getByRole('link', { name: 'Hangzhou visit' }).click();
  await page.getByRole('button', { name: 'Meet the bureau' }).first().click();
  await expect(title).toHaveValue('Meet the bureau');
  await page.evaluate(() => history.back());
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
});

test('the Notes tab has no event Delete; deleting an event with a colleague’s notes asks first', async ({ page, planner }) => {
  const { tripId, eventId } = await tripWithEvent(planner);
  const me = id(await planner.call('members.create', { name: { en: 'Alice Chan' }, rank: 1 }));
  const colleague = id(await planner.call('members.create', { name: { en: 'Bob Lee' }, rank: 2 }));
  await planner.call('settings.update', { meId: me });
  await planner.call('notes.save', { tripId, eventId, authorId: colleague, body: 'The bureau offers a landing grant.' });
  await openApp(page, planner);
  await page.getByRole('link', { name: 'Hangzhou visit' }).click();
  await page.getByRole('button', { name: 'Meet the bureau' }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  const deleteEvent = editor.getByRole('button', { name: 'Delete', exact: true });
  await expect(deleteEvent).toBeVisible();

  await editor.getByRole('tab', { name: 'Notes' }).click();
  await expect(editor.getByText('The bureau offers a landing grant.')).toBeVisible();
  await expect(deleteEvent).toHaveCount(0);
  await editor.getByRole('tab', { name: 'Briefing' }).click();
  await expect(deleteEvent).toHaveCount(0);

  await editor.getByRole('tab', { name: 'Details' }).click();
  await deleteEvent.click();
  const confirm = page.getByRole('dialog', { name: 'Delete the event and its notes?' });
  await expect(confirm).toContainText('Bob Lee');
  await expect(confirm.getByRole('button', { name: 'Keep the event' })).toBeFocused();
  await shot(page, 'delete-event-with-notes');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(editor).toBeVisible();
  expect(((await planner.call('trips.get', { id: tripId })) as { events: unknown[] }).events).toHaveLength(1);

  await deleteEvent.click();
  await confirm.getByRole('button', { name: 'Delete event and notes' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(((await planner.call('trips.get', { id: tripId })) as { events: unknown[] }).events).toHaveLength(0);
});

const focusedText = (page: Page): Promise<string> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

test('focus lands on what was just created or opened', async ({ page, planner }) => {
  await planner.call('samples.dismiss');
  const me = id(await planner.call('members.create', { name: { en: 'Alice Chan' }, rank: 1 }));
  await openApp(page, planner);

  // Create trip: the new trip's page, at its heading; Add a leg: the new leg's first field.
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Shanghai visit');
  await typeDate(dateTimeField(form, 'Start date'), '2027-03-10');
  await typeDate(dateTimeField(form, 'End date'), '2027-03-11');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  await expect(form.getByLabel('City (leg 1)')).toBeFocused();
  await form.getByLabel('City (leg 1)').fill('Shanghai');
  await form.getByRole('button', { name: 'Add a leg' }).click();
  await expect(form.getByLabel('City (leg 2)')).toBeFocused();
  await form.getByRole('button', { name: 'Remove leg 2' }).click();
  await form.getByRole('button', { name: 'Create trip' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Shanghai visit' });
  await expect(heading).toBeFocused();

  // A new event: the event in the trip's day list.
  await page.getByRole('button', { name: 'Add event' }).click();
  const eventEditor = page.getByRole('dialog', { name: 'New event' });
  await eventEditor.getByLabel('Title').fill('Signing ceremony');
  await eventEditor.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('button', { name: 'Signing ceremony' })).toBeFocused();

  // "Write as this member": the note editor.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await editor.getByRole('tab', { name: 'Notes' }).click();
  await editor.getByLabel('Delegation member', { exact: true }).selectOption(me);
  await editor.getByRole('button', { name: 'Write as this member' }).click();
  await expect(editor.getByRole('textbox', { name: 'My note (markdown)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // A new follow-up: its card on the board.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Follow-ups/ }).click();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  const followUp = page.getByRole('dialog', { name: 'New follow-up' });
  await followUp.getByLabel('Title', { exact: true }).fill('Send the landing package');
  const [trip] = (await planner.call('trips.list', {})) as { id: string }[];
  await followUp.getByLabel('Trip', { exact: true }).selectOption(trip!.id);
  await followUp.getByRole('button', { name: 'Create follow-up' }).click();
  await expect(followUp).toBeHidden();
  expect(await focusedText(page)).toContain('Send the landing package');

  // A new organisation and a new contact: the new row's name.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('button', { name: 'New organisation' }).first().click();
  const org = page.getByRole('dialog', { name: 'New organisation' });
  await org.getByLabel('Name in English').fill('Shanghai AI Lab');
  await org.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('link', { name: 'Shanghai AI Lab' })).toBeFocused();

  await page.getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const contact = page.getByRole('dialog', { name: 'New contact' });
  await contact.getByLabel('Name in English').fill('Li Wei');
  await contact.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByRole('link', { name: 'Li Wei' })).toBeFocused();
});

test('? shows the keyboard shortcuts, Escape closes them and gives focus back; in a field ? is just typed', async ({ page, planner }) => {
  await planner.call('samples.dismiss');
  await openApp(page, planner);
  const newTrip = page.getByRole('button', { name: 'New trip' }).first();
  await newTrip.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Ctrl\+K Search everything/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /\? This list/ })).toBeVisible();
  // The menu's accelerators exist only on the desktop, so a browser does not list them.
  await expect(sheet.getByRole('row', { name: /Ctrl\+N/ })).toHaveCount(0);
  await shot(page, 'shortcut-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(newTrip).toBeFocused();

  await newTrip.click();
  const title = page.getByRole('dialog', { name: 'New trip' }).getByLabel('Title');
  await title.pressSequentially('Why go?');
  await expect(title).toHaveValue('Why go?');
  await expect(sheet).toHaveCount(0);
});
