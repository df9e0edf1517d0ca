// The event editor, the counterpart picker, clash warnings and duplicating a trip, driven as a planner would;
// stored results are checked through the API after a reload.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';
import { dateTimeField, typeDate, typeTime, expectDateTime } from './datetime-fields';

interface Ids {
  tripId: string;
  alice: string;
  bob: string;
  carol: string;
  alibaba: string;
  daniel: string;
}

type Stored = { id: string; title: string; start: string; end: string; timeZone: string; endTimeZone?: string; [key: string]: unknown };
type Detail = { trip: { id: string; title: string; startDate: string; endDate: string }; events: Stored[] };

const id = (record: unknown): string => (record as { id: string }).id;

/** A directory and a two-city trip, made through the API; the sample offer is answered so it stays away. */
async function setUp(planner: Planner): Promise<Ids> {
  await planner.call('samples.dismiss');
  const alice = id(await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Director-General', rank: 1 }));
  const bob = id(await planner.call('members.create', { name: { en: 'Bob Lee', zhHant: '李博' }, title: 'Senior Manager', rank: 3 }));
  const carol = id(await planner.call('members.create', { name: { en: 'Carol Wong' }, title: 'Press Officer', rank: 2 }));
  const alibaba = id(await planner.call('organisations.create', { name: { en: 'Alibaba Group', zhHant: '阿里巴巴集團', zhHans: '阿里巴巴集团' }, city: 'Hangzhou' }));
  const daniel = id(await planner.call('contacts.create', { name: { en: 'Daniel Zhang', zhHant: '張勇' }, title: 'Chairman', organisationId: alibaba }));
  const trip = await planner.call('trips.create', {
    title: 'DG visit to Hangzhou and Shanghai',
    startDate: '2027-03-10',
    endDate: '2027-03-13',
    memberIds: [alice, bob],
    legs: [
      { city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-11' },
      { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-12', endDate: '2027-03-13' },
    ],
  });
  return { tripId: id(trip), alice, bob, carol, alibaba, daniel };
}

async function openTrip(page: Page, planner: Planner, tab: '' | '/clashes' = ''): Promise<void> {
  await openApp(page, planner);
  await page.getByRole('link', { name: 'DG visit to Hangzhou and Shanghai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DG visit to Hangzhou and Shanghai' })).toBeVisible();
  if (tab) await page.getByRole('link', { name: /^Clashes/ }).click();
}

const getTrip = async (planner: Planner, tripId: string): Promise<Detail> => (await planner.call('trips.get', { id: tripId })) as Detail;

/** The local wall clock of an instant in a zone, "YYYY-MM-DD HH:mm". */
function local(instant: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

test('an event made in the editor keeps every field through a reload', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await openTrip(page, planner);
  await page.getByRole('button', { name: 'Add event' }).click();
  const editor = page.getByRole('dialog', { name: 'New event' });
  await expect(editor.getByLabel('Title')).toBeFocused();
  // "Add event" opens on the trip's first day at 09:00 in the first leg's zone.
  await expectDateTime(dateTimeField(editor, 'Start date'), '2027-03-10');
  await expectDateTime(dateTimeField(editor, 'Start time'), '09:00');
  await expect(editor.getByLabel('Time zone', { exact: true })).toHaveValue('Asia/Shanghai');

  await editor.getByLabel('Title').fill('Meeting with Alibaba');
  await editor.getByLabel('Kind').selectOption({ label: 'Signing' });
  await editor.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await typeTime(dateTimeField(editor, 'Start time'), '14:00');
  await typeDate(dateTimeField(editor, 'End date'), '2027-03-10');
  await typeTime(dateTimeField(editor, 'End time'), '15:30');
  await editor.getByLabel('Venue (English)').fill('Alibaba Xixi Campus');
  await editor.getByLabel('Venue (Chinese)').fill('阿里巴巴西溪園區');
  await editor.getByLabel('Address (English)').fill('969 Wenyi West Road, Hangzhou');
  await editor.getByLabel('Address (Chinese)').fill('杭州市文一西路969號');
  // The trip's delegation comes first, in order of precedence; others in the directory follow.
  await expect(editor.getByRole('checkbox')).toHaveCount(3);
  await expect(editor.getByRole('checkbox').nth(0)).toHaveAccessibleName(/Alice Chan/);
  await expect(editor.getByRole('checkbox').nth(1)).toHaveAccessibleName(/Bob Lee/);
  await expect(editor.getByRole('checkbox').nth(2)).toHaveAccessibleName(/Carol Wong/);
  await editor.getByRole('checkbox', { name: /Alice Chan/ }).check();
  await editor.getByRole('checkbox', { name: /Carol Wong/ }).check();

  // Organisations by their Chinese name, with the keyboard; contacts by English, case-insensitively, with the mouse.
  const orgs = editor.getByRole('combobox', { name: 'Counterpart organisations' });
  await orgs.fill('阿里');
  await expect(orgs).toHaveAttribute('aria-expanded', 'true');
  await expect(editor.getByRole('option', { name: /Alibaba Group/ })).toBeVisible();
  await orgs.press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove Alibaba Group' })).toBeVisible();
  await expect(editor).toBeVisible();
  const contacts = editor.getByRole('combobox', { name: 'Counterpart contacts' });
  await contacts.fill('DANIEL');
  await editor.getByRole('option', { name: /Daniel Zhang/ }).click();
  await expect(editor.getByRole('button', { name: 'Remove Daniel Zhang' })).toBeVisible();
  await editor.getByLabel('Description').fill('Sign the MoU on AI cloud services.');
  await shot(page, 'event-editor');

  // Enter in a text field saves.
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
  await expect(page.getByRole('status')).toContainText('“Meeting with Alibaba” was added.');

  await page.reload();
  const { events } = await getTrip(planner, ids.tripId);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    title: 'Meeting with Alibaba',
    kind: 'signing',
    status: 'confirmed',
    start: '2027-03-10T06:00:00.000Z',
    end: '2027-03-10T07:30:00.000Z',
    timeZone: 'Asia/Shanghai',
    venue: { en: 'Alibaba Xixi Campus', zh: '阿里巴巴西溪園區' },
    address: { en: '969 Wenyi West Road, Hangzhou', zh: '杭州市文一西路969號' },
    memberIds: [ids.alice, ids.carol],
    organisationIds: [ids.alibaba],
    contactIds: [ids.daniel],
    description: 'Sign the MoU on AI cloud services.',
  });
  expect(events[0]).not.toHaveProperty('endTimeZone');
});

test('a flight keeps its departure and arrival each in its own zone; mistakes are shown beside their fields', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await openTrip(page, planner);
  await page.getByRole('button', { name: 'Add event' }).click();
  const editor = page.getByRole('dialog', { name: 'New event' });
  await editor.getByLabel('Kind').selectOption({ label: 'Travel' });
  await typeTime(dateTimeField(editor, 'Start time'), '10:00');
  await typeTime(dateTimeField(editor, 'End time'), '09:00');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor.getByRole('alert')).toContainText('The event was not saved');
  await expect(editor.getByText('Give the event a title.')).toBeVisible();
  await expect(editor.getByText('The event ends before it starts.')).toBeVisible();
  await expect(editor.getByLabel('Title')).toBeFocused();

  // Nothing typed was lost; fix the two fields and save a flight that lands in another zone.
  await expectDateTime(dateTimeField(editor, 'Start time'), '10:00');
  await editor.getByLabel('Title').fill('Flight to Riyadh');
  await editor.getByLabel('Time zone', { exact: true }).fill('Asia/Hong_Kong');
  await editor.getByLabel('Time zone', { exact: true }).press('Tab');
  await typeTime(dateTimeField(editor, 'Start time'), '08:05');
  await editor.getByLabel('Arrives in').fill('Asia/Riyadh');
  await editor.getByLabel('Arrives in').press('Tab');
  await typeTime(dateTimeField(editor, 'End time'), '12:40');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor).toBeHidden();

  const [flight] = (await getTrip(planner, ids.tripId)).events;
  expect(flight).toMatchObject({ start: '2027-03-10T00:05:00.000Z', end: '2027-03-10T09:40:00.000Z', timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Riyadh' });
});

test('a double-booked member shows a warning in the editor and in the Clashes list, which opens the event', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await planner.call('events.create', {
    tripId: ids.tripId, title: 'Lunch with the bureau', kind: 'meal', status: 'confirmed',
    start: '2027-03-10T04:00:00.000Z', end: '2027-03-10T05:00:00.000Z', timeZone: 'Asia/Shanghai', memberIds: [ids.alice],
  });
  await openTrip(page, planner);
  await page.getByRole('button', { name: 'Add event' }).click();
  const editor = page.getByRole('dialog', { name: 'New event' });
  await editor.getByLabel('Title').fill('Visit Alibaba');
  await editor.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await typeTime(dateTimeField(editor, 'Start time'), '12:30');
  await typeTime(dateTimeField(editor, 'End time'), '13:30');
  await editor.getByRole('combobox', { name: 'Counterpart organisations' }).fill('alibaba');
  await editor.getByRole('combobox', { name: 'Counterpart organisations' }).press('Enter');
  const warnings = editor.getByRole('region', { name: /warning/ });
  await expect(warnings).toBeHidden();
  await editor.getByRole('checkbox', { name: /Alice Chan/ }).check();
  // The warning follows the form before it is saved.
  await expect(warnings).toContainText('Alice Chan is in two events at once: “Lunch with the bureau” (Wed 10 Mar, 12:00) and “Visit Alibaba” (Wed 10 Mar, 12:30).');
  await editor.getByLabel('Title').focus();
  await shot(page, 'event-editor-clash');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor).toBeHidden();

  await page.getByRole('link', { name: /^Clashes/ }).click();
  const list = page.getByRole('region', { name: /Clashes/ });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Member booked twice');
  await expect(list).toContainText('Alice Chan is in two events at once');
  await shot(page, 'clash-list');
  await list.getByRole('button', { name: 'Open event “Visit Alibaba”' }).click();
  const opened = page.getByRole('dialog', { name: 'Edit event' });
  await expect(opened.getByLabel('Title')).toHaveValue('Visit Alibaba');
  await expect(opened.getByRole('region', { name: /warning/ })).toContainText('Alice Chan is in two events at once');

  // Taking Alice off the visit clears the warning, there and in the list once saved.
  await opened.getByRole('checkbox', { name: /Alice Chan/ }).uncheck();
  await expect(opened.getByRole('region', { name: /warning/ })).toBeHidden();
  await opened.getByRole('button', { name: 'Save' }).click();
  await expect(opened).toBeHidden();
  await expect(page.getByText('No clashes found')).toBeVisible();
});

test('the clash rules are saved and change the warnings', async ({ page, planner }) => {
  const ids = await setUp(planner);
  const base = { tripId: ids.tripId, kind: 'site-visit', status: 'confirmed', timeZone: 'Asia/Shanghai', memberIds: [ids.alice] };
  await planner.call('events.create', { ...base, title: 'Lab tour', start: '2027-03-10T01:00:00.000Z', end: '2027-03-10T02:00:00.000Z', venue: { en: 'AI Lab', zh: '' } });
  await planner.call('events.create', { ...base, title: 'Factory tour', start: '2027-03-10T02:40:00.000Z', end: '2027-03-10T03:30:00.000Z', venue: { en: 'Factory', zh: '' } });
  await openTrip(page, planner, '/clashes');
  await expect(page.getByText('No clashes found')).toBeVisible();
  const rules = page.getByRole('region', { name: 'Clash rules' });
  await rules.getByLabel('Transfer time in a city').fill('45');
  await rules.getByLabel('Warn about tentative events from').fill('400');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByText('Enter a whole number from 0 to 365.')).toBeVisible();
  await rules.getByLabel('Warn about tentative events from').fill('10');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByRole('status')).toContainText('The clash rules were saved.');
  await expect(page.getByRole('region', { name: /Clashes/ })).toContainText('Only 40 min from “Lab tour” (ends Wed 10 Mar, 10:00) to “Factory tour”');
  expect(await planner.call('settings.get')).toMatchObject({ transferMinutes: 45, tentativeWarningDays: 10 });
});

test('logistics warnings are listed under the clashes, counted in the tab, and follow their rules', async ({ page, planner }) => {
  const ids = await setUp(planner);
  const members = [ids.alice, ids.bob];
  await planner.call('events.create', {
    tripId: ids.tripId, kind: 'travel', status: 'confirmed', title: 'CX 906', memberIds: members,
    start: '2027-03-10T00:00:00.000Z', end: '2027-03-10T02:00:00.000Z', timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Shanghai',
  });
  const car = id(await planner.call('vehicles.create', { tripId: ids.tripId, label: 'VIP car', seats: 1 }));
  // 10:20 in Shanghai: 20 minutes after landing, with two passengers in a one-seat car.
  await planner.call('rides.create', { tripId: ids.tripId, vehicleId: car, pickUpAt: '2027-03-10T02:20:00.000Z', timeZone: 'Asia/Shanghai', memberIds: members });
  await openTrip(page, planner, '/clashes');
  const logistics = page.getByRole('region', { name: /^Logistics/ });
  await expect(logistics).toContainText('VIP car has 1 seat but 2 passengers');
  await expect(logistics).toContainText('The pick-up of Alice Chan, Bob Lee at');
  await expect(logistics).toContainText('No journey takes Alice Chan, Bob Lee home');
  await expect(page.getByRole('link', { name: /^Clashes/ })).toContainText('4');
  await shot(page, 'logistics-warnings');

  const rules = page.getByRole('region', { name: 'Clash rules' });
  await rules.getByLabel('Pick-up after landing').fill('15');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByRole('status')).toContainText('The clash rules were saved.');
  await expect(logistics).not.toContainText('The pick-up of');
  await expect(page.getByRole('link', { name: /^Clashes/ })).toContainText('3');
  expect(await planner.call('settings.get')).toMatchObject({ pickUpMarginMinutes: 15, travelWindowDays: 1 });
});

test('organisations and contacts can be created on the fly in the picker', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await openTrip(page, planner);
  await page.getByRole('button', { name: 'Add event' }).click();
  const editor = page.getByRole('dialog', { name: 'New event' });
  await editor.getByLabel('Title').fill('Meet Tencent');
  const orgs = editor.getByRole('combobox', { name: 'Counterpart organisations' });
  await orgs.fill('騰訊控股');
  await expect(editor.getByRole('option').last()).toHaveText('Create “騰訊控股”');
  // Escape closes the list only, not the editor.
  await orgs.press('Escape');
  await expect(orgs).toHaveAttribute('aria-expanded', 'false');
  await expect(editor).toBeVisible();
  await orgs.press('ArrowDown');
  await orgs.press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove 騰訊控股' })).toBeVisible();
  await expect(orgs).toHaveValue('');

  await orgs.fill('Hangzhou AI Lab');
  await editor.getByRole('option', { name: 'Create “Hangzhou AI Lab”' }).click();
  await expect(editor.getByRole('button', { name: 'Remove Hangzhou AI Lab' })).toBeVisible();
  await editor.getByRole('button', { name: 'Remove 騰訊控股' }).click();
  await expect(editor.getByRole('button', { name: 'Remove 騰訊控股' })).toBeHidden();
  await orgs.fill('騰訊');
  await orgs.press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove 騰訊控股' })).toBeVisible();

  const contacts = editor.getByRole('combobox', { name: 'Counterpart contacts' });
  await contacts.fill('Pony Ma');
  await contacts.press('ArrowUp');
  await contacts.press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove Pony Ma' })).toBeVisible();
  await shot(page, 'event-picker');
  await editor.getByRole('button', { name: 'Create event' }).click();
  await expect(editor).toBeHidden();

  const organisations = (await planner.call('organisations.list')) as { id: string; name: { en: string; zhHant: string } }[];
  const tencent = organisations.find((o) => o.name.zhHant === '騰訊控股');
  const lab = organisations.find((o) => o.name.en === 'Hangzhou AI Lab');
  expect(tencent?.name.en).toBe('騰訊控股');
  expect(organisations).toHaveLength(3);
  const pony = ((await planner.call('contacts.list')) as { id: string; name: { en: string } }[]).find((c) => c.name.en === 'Pony Ma');
  const [event] = (await getTrip(planner, ids.tripId)).events;
  expect(event?.organisationIds).toEqual([lab?.id, tencent?.id]);
  expect(event?.contactIds).toEqual([pony?.id]);
});

test('an event is duplicated, then deleted and brought back with Undo', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await planner.call('events.create', {
    tripId: ids.tripId, title: 'Briefing', kind: 'meeting', status: 'confirmed',
    start: '2027-03-11T01:00:00.000Z', end: '2027-03-11T02:00:00.000Z', timeZone: 'Asia/Shanghai',
  });
  await openTrip(page, planner, '/clashes');
  // A meeting without a counterpart is a note in the list, and a way into the editor.
  await page.getByRole('button', { name: 'Open event “Briefing”' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await editor.getByLabel('Title').fill('Briefing (morning)');
  await editor.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('status')).toContainText('A copy of “Briefing (morning)” was made.');
  await typeTime(dateTimeField(editor, 'Start time'), '15:00');
  await typeTime(dateTimeField(editor, 'End time'), '16:00');
  await editor.getByLabel('Title').fill('Briefing (afternoon)');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  let events = (await getTrip(planner, ids.tripId)).events;
  expect(events.map((e) => [e.title, local(e.start, e.timeZone)])).toEqual([
    ['Briefing (morning)', '2027-03-11 09:00'],
    ['Briefing (afternoon)', '2027-03-11 15:00'],
  ]);

  await page.getByRole('button', { name: 'Open event “Briefing (afternoon)”' }).click();
  await editor.getByRole('button', { name: 'Delete' }).click();
  await expect(editor).toBeHidden();
  const toast = page.getByRole('status');
  await expect(toast).toContainText('“Briefing (afternoon)” was deleted.');
  events = (await getTrip(planner, ids.tripId)).events;
  expect(events).toHaveLength(1);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('“Briefing (afternoon)” is back.');
  expect((await getTrip(planner, ids.tripId)).events.map((e) => e.title)).toEqual(['Briefing (morning)', 'Briefing (afternoon)']);
});

test('a trip is duplicated to new dates: events keep their local times, across a clock change', async ({ page, planner }) => {
  await planner.call('samples.dismiss');
  const trip = await planner.call('trips.create', {
    title: 'London fintech week',
    startDate: '2025-10-20',
    endDate: '2025-10-23',
    homeTimeZone: 'Asia/Hong_Kong',
    legs: [{ city: 'London', country: 'United Kingdom', timeZone: 'Europe/London', startDate: '2025-10-20', endDate: '2025-10-23' }],
  });
  const base = { tripId: id(trip), kind: 'meeting', status: 'confirmed', timeZone: 'Europe/London' };
  // 10:00 BST on 21 Oct; the copy a week later falls after the clocks go back on 26 Oct and must still say 10:00.
  await planner.call('events.create', { ...base, title: 'Bank of England', start: '2025-10-21T09:00:00.000Z', end: '2025-10-21T10:30:00.000Z' });
  await planner.call('events.create', { ...base, title: 'Flight home', kind: 'travel', start: '2025-10-23T20:00:00.000Z', end: '2025-10-24T07:00:00.000Z', endTimeZone: 'Asia/Hong_Kong' });

  await openApp(page, planner);
  // The trip list offers it on each row…
  await page.getByRole('button', { name: 'Actions for London fintech week' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate…' }).click();
  await expect(page.getByRole('dialog', { name: 'Duplicate trip' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // …and so does the trip's own page.
  await page.getByRole('link', { name: 'London fintech week' }).click();
  await page.getByRole('button', { name: 'Duplicate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate trip' });
  await expect(dialog.getByLabel('New title')).toHaveValue('London fintech week (copy)');
  await dialog.getByLabel('New title').fill('London fintech week 2');
  await dialog.getByRole('button', { name: 'Duplicate trip' }).click();
  await expect(dialog.getByText('Choose the date the copy starts.')).toBeVisible();
  await typeDate(dateTimeField(dialog, 'New start date'), '2025-10-27');
  await expect(dialog).toContainText('The copy ends on Thursday, 30 Oct 2025 (4 days).');
  await shot(page, 'duplicate-trip');
  await dialog.getByRole('button', { name: 'Duplicate trip' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'London fintech week 2' })).toBeVisible();

  const copyId = /#\/trips\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1];
  expect(copyId).toBeTruthy();
  const copy = await getTrip(planner, copyId!);
  expect(copy.trip).toMatchObject({ startDate: '2025-10-27', endDate: '2025-10-30' });
  const [meeting, flight] = copy.events;
  expect(local(meeting!.start, 'Europe/London')).toBe('2025-10-28 10:00');
  expect(local(meeting!.end, 'Europe/London')).toBe('2025-10-28 11:30');
  expect(meeting!.start).toBe('2025-10-28T10:00:00.000Z');
  expect(local(flight!.start, 'Europe/London')).toBe('2025-10-30 21:00');
  expect(local(flight!.end, 'Asia/Hong_Kong')).toBe('2025-10-31 15:00');
  // The original is untouched.
  expect((await getTrip(planner, id(trip))).events[0]!.start).toBe('2025-10-21T09:00:00.000Z');
});

test('screens in Traditional Chinese: overview, editor with a warning, clashes', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await planner.call('events.create', {
    tripId: ids.tripId, title: '與市政府午宴', kind: 'meal', status: 'confirmed', organisationIds: [ids.alibaba], contactIds: [ids.daniel],
    start: '2027-03-10T04:00:00.000Z', end: '2027-03-10T05:00:00.000Z', timeZone: 'Asia/Shanghai', memberIds: [ids.alice],
  });
  await planner.call('events.create', {
    tripId: ids.tripId, title: '參觀阿里巴巴', kind: 'meeting', status: 'confirmed', organisationIds: [ids.alibaba],
    start: '2027-03-10T04:30:00.000Z', end: '2027-03-10T05:30:00.000Z', timeZone: 'Asia/Shanghai', memberIds: [ids.alice, ids.bob],
  });
  await openApp(page, planner);
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await page.getByRole('link', { name: 'DG visit to Hangzhou and Shanghai' }).click();
  await expect(page.getByRole('button', { name: '新增活動' })).toBeVisible();
  await expect(page.getByText('會見的對口單位')).toBeVisible();
  await shot(page, 'overview-zh');
  await page.getByRole('link', { name: /^衝突/ }).click();
  const list = page.getByRole('region', { name: /衝突/ }).first();
  await expect(list).toContainText('陳愛麗同時被安排出席兩項活動');
  await expect(list).not.toContainText('two events');
  await shot(page, 'clash-list-zh');
  await list.getByRole('button', { name: '開啟活動「參觀阿里巴巴」' }).click();
  const editor = page.getByRole('dialog', { name: '編輯活動' });
  await expect(editor.getByLabel('場地（英文）')).toBeVisible();
  await expect(editor.getByRole('button', { name: '移除阿里巴巴集團' })).toBeVisible();
  await shot(page, 'event-editor-zh');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '複製…' }).click();
  await typeDate(dateTimeField(page.getByRole('dialog', { name: '複製行程' }), '新的開始日期'), '2027-06-01');
  await shot(page, 'duplicate-trip-zh');
});

test('screens in English: the overview with its timeline and counts', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await planner.call('events.create', {
    tripId: ids.tripId, title: 'Signing with Alibaba', kind: 'signing', status: 'confirmed', organisationIds: [ids.alibaba], contactIds: [ids.daniel],
    start: '2027-03-10T06:00:00.000Z', end: '2027-03-10T07:00:00.000Z', timeZone: 'Asia/Shanghai', memberIds: [ids.alice],
  });
  await planner.call('events.create', {
    tripId: ids.tripId, title: 'Seminar', kind: 'seminar', status: 'tentative',
    start: '2027-03-12T06:00:00.000Z', end: '2027-03-12T08:00:00.000Z', timeZone: 'Asia/Shanghai', memberIds: [ids.alice, ids.bob],
  });
  await openTrip(page, planner);
  const stats = page.getByRole('list', { name: 'At a glance' });
  await expect(stats).toContainText('2meetings');
  await expect(stats).toContainText('0open follow-ups');
  await expect(stats).toContainText('0clashes');
  const timeline = page.getByRole('region', { name: 'Legs' });
  await expect(timeline.getByRole('listitem')).toHaveText([/Hangzhou/, /Shanghai/]);
  await expect(page.getByRole('region', { name: 'Counterparts met' })).toContainText('Alibaba Group');
  await expect(page.getByRole('region', { name: 'Counterparts met' })).toContainText('Daniel Zhang');
  await shot(page, 'overview');
  await page.getByRole('link', { name: 'Back to trips' }).click();
  await page.getByRole('button', { name: 'Actions for DG visit to Hangzhou and Shanghai' }).click();
  await expect(page.getByRole('menuitem', { name: 'Duplicate…' })).toBeVisible();
  await shot(page, 'trip-list-duplicate');
});
