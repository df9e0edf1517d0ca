// The Travel tab (issue 14.1), driven from the keyboard as a planner entering flights would: two members' arrivals
// typed into the manifest grid (the second joins the first's flight), the segment copied to a third member, the
// seat seen in the event editor, and Export CSV asking export.manifest and showing its failure. One page, one server.
import { expect, openApp, shot, test, type Planner } from './fixtures';

type Journey = { id: string; kind: string; memberIds: string[]; travel?: { carrier?: string; number?: string; passengers?: { memberId: string; seat: string }[] } };

const id = (record: unknown): string => (record as { id: string }).id;

async function setUp(planner: Planner) {
  await planner.call('samples.dismiss');
  const alice = id(await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Director-General', rank: 1 }));
  const bob = id(await planner.call('members.create', { name: { en: 'Bob Lee', zhHant: '李博' }, title: 'Senior Manager', rank: 2 }));
  const carol = id(await planner.call('members.create', { name: { en: 'Carol Wong', zhHant: '黃嘉欣' }, title: 'Press Officer', rank: 3 }));
  const trip = await planner.call('trips.create', {
    title: 'DG visit to Shanghai',
    startDate: '2027-03-10',
    endDate: '2027-03-13',
    homeTimeZone: 'Asia/Hong_Kong',
    memberIds: [alice, bob, carol],
    legs: [{ city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-13' }],
  });
  return { tripId: id(trip), alice, bob, carol };
}

const journeys = async (planner: Planner, tripId: string): Promise<Journey[]> =>
  ((await planner.call('trips.get', { id: tripId })) as { events: Journey[] }).events.filter((e) => e.kind === 'travel');

test('flights typed in the manifest grid, a segment copied to another member, the seat in the editor', async ({ page, planner }) => {
  const { tripId, alice, bob, carol } = await setUp(planner);
  await openApp(page, planner);
  await page.getByRole('link', { name: 'DG visit to Shanghai' }).click();
  await page.getByRole('link', { name: 'Travel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Arrivals and departures' })).toBeVisible();

  // Alice's arrival, cell after cell with Tab; Enter leaves the row, which stores it.
  await page.getByLabel('Alice Chan, Arrival: Flight').fill('CX 906');
  for (const value of ['2027-03-10', '0930', 'hkg', 'pvg', '11:55', '2A', 'Business', 'X7K2QP']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  // Enter went down the column to Alice's departure.
  await expect(page.getByLabel('Alice Chan, Departure: Booking ref.')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy Alice Chan’s arrival to other members' })).toBeVisible();
  await expect(page.getByLabel('Alice Chan, Arrival: From')).toHaveValue('HKG');

  // Bob on the same flight that day: he joins Alice's journey with his own seat.
  await page.getByLabel('Bob Lee, Arrival: Flight').fill('cx906');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2027-03-10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('09:30');
  await page.getByLabel('Bob Lee, Arrival: Seat').fill('2C');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy Bob Lee’s arrival to other members' })).toBeVisible();
  await expect(page.getByLabel('Bob Lee, Arrival: To')).toHaveValue('PVG');
  await expect(page.getByLabel('Bob Lee, Arrival: Arrives')).toHaveValue('11:55');
  await expect.poll(async () => (await journeys(planner, tripId)).map((j) => j.memberIds)).toEqual([[alice, bob]]);
  const [flight] = await journeys(planner, tripId);
  expect(flight?.travel).toMatchObject({ carrier: 'CX', number: '906', passengers: [{ memberId: alice, seat: '2A' }, { memberId: bob, seat: '2C' }] });
  await shot(page, 'travel-grid-1280');

  // Copy the arrival to Carol.
  await page.getByRole('button', { name: 'Copy Alice Chan’s arrival to other members' }).click();
  const copy = page.getByRole('dialog', { name: 'Copy CX 906 to other members' });
  await copy.getByRole('checkbox', { name: /Carol Wong/ }).check();
  await copy.getByRole('button', { name: 'Add 1 member' }).click();
  await expect(copy).toBeHidden();
  await expect(page.getByLabel('Carol Wong, Arrival: Flight')).toHaveValue('CX 906');
  await expect.poll(async () => (await journeys(planner, tripId))[0]?.memberIds).toEqual([alice, bob, carol]);

  // The editor shows the journey's details and each passenger's seat.
  await page.getByRole('button', { name: 'Open Carol Wong’s arrival in the editor' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await expect(editor.getByLabel('Number', { exact: true })).toHaveValue('906');
  await expect(editor.getByLabel('Seat for Alice Chan')).toHaveValue('2A');
  await expect(editor.getByLabel('Seat for Bob Lee')).toHaveValue('2C');
  await expect(editor.getByLabel('Seat for Carol Wong')).toHaveValue('');
  await editor.getByRole('group', { name: 'Route' }).scrollIntoViewIfNeeded();
  await shot(page, 'travel-editor-route-1280');
  await editor.getByRole('group', { name: 'Passengers' }).scrollIntoViewIfNeeded();
  await shot(page, 'travel-editor-1280');
  await editor.getByLabel('Seat for Carol Wong').fill('2D');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByLabel('Carol Wong, Arrival: Seat')).toHaveValue('2D');

  // Export CSV asks export.manifest for this trip in the reader's language, and a failure is shown, not swallowed.
  let asked: unknown;
  await page.route('**/api/export.manifest', (route) => {
    asked = route.request().postDataJSON();
    return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'The manifest could not be made.' } }) });
  });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The manifest could not be exported as CSV' })).toBeVisible();
  expect(asked).toMatchObject({ tripId, format: 'csv', language: 'en' });
  await page.unroute('**/api/export.manifest');

  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'travel-grid-1024');
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 2, name: '抵達及離開' })).toBeVisible();
  await shot(page, 'travel-grid-1024-zh-Hant');
  await page.getByRole('button', { name: '在編輯器開啟陳愛麗的抵達行程' }).click();
  await expect(page.getByRole('dialog', { name: '編輯活動' }).getByLabel('陳愛麗的座位')).toHaveValue('2A');
  await page.getByRole('dialog', { name: '編輯活動' }).getByRole('group', { name: '乘客' }).scrollIntoViewIfNeeded();
  await shot(page, 'travel-editor-1024-zh-Hant');
});
