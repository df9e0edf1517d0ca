// Meeting notes and briefings as a delegation member uses them on a sample trip: say who is writing, write a note
// that survives a reload and a page closed mid-sentence, turn a selected sentence into a follow-up, see that the
// preview runs no script and loads nothing remote, and keep a restricted briefing field marked.
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test, type Planner } from './fixtures';
import { dateTimeField, expectDateTime } from './datetime-fields';

process.env.PLANNER_SHOTS ??= '/tmp/shots4';

const sampleKey = 'oases-hangzhou-shanghai-2025';
const meetingTitle = 'Meeting with the Hangzhou Science and Technology Bureau';

interface Ids {
  tripId: string;
  eventId: string;
  bureauId: string;
  peterId: string;
  aliceId: string;
}
type Detail = {
  trip: { id: string; sampleKey?: string };
  events: { id: string; title: string; organisationIds: string[]; briefing: Record<string, { text: string; restricted: boolean }> }[];
  notes: { id: string; eventId: string; authorId?: string; body: string; deleted: boolean }[];
  members: { id: string; name: { en: string } }[];
};

const getTrip = async (planner: Planner, id: string): Promise<Detail> => (await planner.call('trips.get', { id })) as Detail;

/** The OASES sample trip, plus Alice (not on the trip) who writes notes on this laptop unless a test asks first. */
async function setUp(planner: Planner, { meIsAlice = true } = {}): Promise<Ids> {
  await planner.call('samples.load', { keys: [sampleKey] });
  await planner.call('samples.dismiss', {});
  const trips = (await planner.call('trips.list', {})) as { id: string; sampleKey?: string }[];
  const tripId = trips.find((t) => t.sampleKey === sampleKey)?.id ?? '';
  const detail = await getTrip(planner, tripId);
  const event = detail.events.find((e) => e.title === meetingTitle);
  if (!event) throw new Error('the sample meeting is missing');
  const alice = (await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Senior Manager', rank: 5 })) as { id: string };
  if (meIsAlice) await planner.call('settings.update', { meId: alice.id });
  return { tripId, eventId: event.id, bureauId: event.organisationIds[0] ?? '', peterId: detail.members[0]?.id ?? '', aliceId: alice.id };
}

/** Opens the meeting from the itinerary calendar and shows one of its sections. */
async function openEvent(page: Page, planner: Planner, tripId: string, section: 'Notes' | 'Briefing'): Promise<ReturnType<Page['getByRole']>> {
  await openApp(page, planner);
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), tripId);
  await expect(page.getByRole('region', { name: 'Itinerary calendar' })).toBeVisible();
  await page.locator('.rbc-event').filter({ hasText: meetingTitle }).first().focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await expect(editor).toBeVisible();
  await editor.getByRole('tab', { name: section }).click();
  await expect(editor.getByRole('tab', { name: section })).toHaveAttribute('aria-selected', 'true');
  return editor;
}

const myNote = (editor: ReturnType<Page['getByRole']>) => editor.getByRole('textbox', { name: 'My note (markdown)' });

test('asks who is writing, then a note written with the template is there after a reload', async ({ page, planner }) => {
  const ids = await setUp(planner, { meIsAlice: false });
  let editor = await openEvent(page, planner, ids.tripId, 'Notes');

  await expect(editor.getByRole('heading', { name: 'Who is writing on this laptop?' })).toBeVisible();
  await editor.getByLabel('Delegation member', { exact: true }).selectOption(ids.aliceId);
  await shot(page, 'notes-who-am-i-en');
  await editor.getByRole('button', { name: 'Write as this member' }).click();
  await expect(editor.getByText('Writing as Alice Chan')).toBeVisible();
  expect(((await planner.call('settings.get', {})) as { meId?: string }).meId).toBe(ids.aliceId);

  // Peter's note from the sample is shown as his own entry, with his name and when it was last edited.
  const peters = editor.getByRole('article', { name: 'Note by Peter Yan' });
  await expect(peters.getByRole('heading', { name: '與杭州市科學技術局會面' })).toBeVisible();
  await expect(peters).toContainText('Last edited');

  await editor.getByRole('button', { name: 'Use the meeting template' }).click();
  await expect(myNote(editor)).toBeFocused();
  await page.keyboard.type('Bureau keen on joint AI research with Hong Kong universities.');
  const preview = editor.getByRole('region', { name: 'Preview' });
  for (const heading of ['Objectives', 'Talking points', 'What they said', 'What we offered', 'Outcomes and next steps']) {
    await expect(preview.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(preview).toContainText('Bureau keen on joint AI research');
  await expect(editor.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible({ timeout: 3000 });
  await shot(page, 'notes-panel-en');

  await page.reload();
  editor = await openEvent(page, planner, ids.tripId, 'Notes');
  await expect(myNote(editor)).toHaveValue(/^## Objectives\n\nBureau keen on joint AI research with Hong Kong universities\.\n## Talking points/);
  const stored = (await getTrip(planner, ids.tripId)).notes.filter((n) => n.eventId === ids.eventId && n.authorId === ids.aliceId);
  expect(stored).toHaveLength(1);
});

test('text typed just before the page is closed is kept', async ({ page, planner, context }) => {
  const ids = await setUp(planner);
  const editor = await openEvent(page, planner, ids.tripId, 'Notes');
  await myNote(editor).click();
  await page.keyboard.type('Typed a moment before closing.', { delay: 5 });
  await page.close();
  const stored = async () => (await getTrip(planner, ids.tripId)).notes.find((n) => n.eventId === ids.eventId && n.authorId === ids.aliceId)?.body;
  // The last save left with the page (pagehide → keepalive request), before any debounce could fire.
  await expect.poll(stored, { timeout: 3000 }).toBe('Typed a moment before closing.');

  const again = await context.newPage();
  const reopened = await openEvent(again, planner, ids.tripId, 'Notes');
  await expect(myNote(reopened)).toHaveValue('Typed a moment before closing.');
  await expect
    .poll(async () => (await getTrip(planner, ids.tripId)).notes.find((n) => n.eventId === ids.eventId && n.authorId === ids.aliceId)?.body, { timeout: 5000 })
    .toBe('Typed a moment before closing.');
  // Exactly one note: the last save as the page went and the restored draft did not make two.
  expect((await getTrip(planner, ids.tripId)).notes.filter((n) => n.authorId === ids.aliceId)).toHaveLength(1);
});

test('a selected sentence becomes a follow-up linked to the meeting, its trip and organisation', async ({ page, planner }) => {
  const ids = await setUp(planner);
  const editor = await openEvent(page, planner, ids.tripId, 'Notes');

  // Select a sentence in Peter's rendered note, as a mouse would.
  const sentence = '提供引進辦支援資料及香港人工智能基建簡介';
  await expect(editor.getByText(sentence)).toBeVisible();
  await editor.getByText(sentence).selectText();
  await editor.getByRole('button', { name: 'Follow up' }).click();
  const dialog = page.getByRole('dialog', { name: 'New follow-up from the note' });
  await expect(dialog.getByLabel('Follow-up', { exact: true })).toHaveValue(sentence);
  await expect(dialog.getByLabel('Owner')).toHaveValue(ids.aliceId);
  await expectDateTime(dateTimeField(dialog, 'Due date'), '');
  await expect(dialog.getByLabel('Organisation')).toHaveValue(ids.bureauId);
  await expect(dialog).toContainText(meetingTitle);
  await shot(page, 'notes-follow-up-en');
  await dialog.getByRole('button', { name: 'Create follow-up' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Follow-up “${sentence}” was created.` })).toBeVisible();
  // The editor is still open underneath.
  await expect(editor).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  const rows = (await planner.call('followups.list', { today })) as { followUp: { title: string; eventId?: string; tripId: string; organisationId?: string; ownerId?: string; dueDate?: string } }[];
  const created = rows.find((r) => r.followUp.title === sentence)?.followUp;
  expect(created).toMatchObject({ eventId: ids.eventId, tripId: ids.tripId, organisationId: ids.bureauId, ownerId: ids.aliceId });
  expect(created?.dueDate).toBeUndefined();

  // In my own note: select with the keyboard and press Ctrl+Shift+F; Escape closes only the follow-up dialog.
  await myNote(editor).fill('- **Send** the talent-scheme note to the bureau');
  await myNote(editor).press('Home');
  await myNote(editor).press('Shift+End');
  await page.keyboard.press('Control+Shift+F');
  await expect(dialog.getByLabel('Follow-up', { exact: true })).toHaveValue('Send the talent-scheme note to the bureau');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeVisible();
});

test('the preview runs no script and loads nothing remote', async ({ page, planner }) => {
  const ids = await setUp(planner);
  const remote: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('tracker.example')) remote.push(request.url());
  });
  const editor = await openEvent(page, planner, ids.tripId, 'Notes');
  await myNote(editor).fill(
    [
      '<script>window.__pwned = 1</script>',
      '',
      '![Site plan](https://tracker.example/pixel.png)',
      '',
      '<img src="https://tracker.example/img.png" onerror="window.__pwned = 2">',
      '',
      '[bad link](javascript:window.__pwned=3) and [good link](https://www.oases.gov.hk)',
    ].join('\n'),
  );
  const preview = editor.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('[image: Site plan]');
  await expect(preview).toContainText('<script>window.__pwned = 1</script>');
  await expect(preview.locator('img, script, iframe')).toHaveCount(0);
  // The text of the refused <img> tag may show its address as a plain link, but nothing points at javascript:.
  await expect(preview.locator('a[href^="javascript" i]')).toHaveCount(0);
  await expect(preview.getByRole('link', { name: 'bad link' })).toHaveCount(0);
  await expect(preview).toContainText('[bad link](javascript:window.__pwned=3)');
  const good = preview.getByRole('link', { name: 'good link' });
  await expect(good).toHaveAttribute('target', '_blank');
  await expect(good).toHaveAttribute('rel', 'noopener noreferrer');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(remote).toEqual([]);
  await shot(page, 'notes-safe-preview-en');
});

test('a restricted briefing field is saved and marked, on the event and on the organisation', async ({ page, planner }) => {
  const ids = await setUp(planner);
  let editor = await openEvent(page, planner, ids.tripId, 'Briefing');
  await editor.getByRole('textbox', { name: 'Background' }).fill('The bureau funds 40 AI labs; its director studied in Hong Kong.');
  await editor.getByRole('checkbox', { name: 'Restricted (Background)' }).check();
  await expect(editor.getByText('Restricted: kept out of printed and exported documents')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Objectives' }).fill('Agree a research matching session.');
  await editor.getByRole('textbox', { name: 'Talking points' }).focus();
  await expect(editor.getByRole('status').filter({ hasText: /^Briefing saved \d\d:\d\d$/ })).toBeVisible();
  await shot(page, 'notes-briefing-en');
  await expect
    .poll(async () => (await getTrip(planner, ids.tripId)).events.find((e) => e.id === ids.eventId)?.briefing)
    .toMatchObject({
      background: { text: 'The bureau funds 40 AI labs; its director studied in Hong Kong.', restricted: true },
      objectives: { text: 'Agree a research matching session.', restricted: false },
    });

  await page.reload();
  editor = await openEvent(page, planner, ids.tripId, 'Briefing');
  await expect(editor.getByRole('checkbox', { name: 'Restricted (Background)' })).toBeChecked();
  await expect(editor.getByRole('checkbox', { name: 'Restricted (Objectives)' })).not.toBeChecked();
  await expect(editor.locator('.lock-badge')).toHaveCount(1);

  // The organisation's record view has the same panel.
  await page.keyboard.press('Escape');
  await page.evaluate((id) => (location.hash = `#/directory/organisations/${id}`), ids.bureauId);
  const briefing = page.getByRole('region', { name: 'Briefing' });
  await briefing.getByRole('textbox', { name: 'Previous interactions' }).fill('Met OASES in Hong Kong in January 2025.');
  await briefing.getByRole('checkbox', { name: 'Restricted (Previous interactions)' }).check();
  await expect(briefing.getByRole('status').filter({ hasText: /^Briefing saved/ })).toBeVisible();
  await shot(page, 'notes-organisation-briefing-en');
  const organisations = (await planner.call('organisations.list', {})) as { id: string; briefing: Record<string, { text: string; restricted: boolean }> }[];
  expect(organisations.find((o) => o.id === ids.bureauId)?.briefing.previousInteractions).toEqual({ text: 'Met OASES in Hong Kong in January 2025.', restricted: true });
});

test('in Chinese, the notes panel and briefing speak Chinese; on a narrow window the preview is a switch', async ({ page, planner }) => {
  const ids = await setUp(planner);
  await page.addInitScript(() => localStorage.setItem('planner.language', 'zh-Hant'));
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1, name: '行程' })).toBeVisible();
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), ids.tripId);
  await page.locator('.rbc-event').filter({ hasText: meetingTitle }).first().focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog');
  await editor.getByRole('tab', { name: '會議筆記' }).click();
  await editor.getByRole('button', { name: '使用會議範本' }).click();
  await page.keyboard.type('科技局對與香港大學合作研究人工智能有興趣。');
  await expect(editor.getByRole('status').filter({ hasText: /^已於 \d\d:\d\d 儲存$/ })).toBeVisible({ timeout: 3000 });
  await expect(editor.getByRole('region', { name: '預覽' }).getByRole('heading', { name: '談話要點' })).toBeVisible();
  await shot(page, 'notes-panel-zh');
  await editor.getByRole('tab', { name: '簡報資料' }).click();
  await editor.getByRole('textbox', { name: '背景' }).fill('科技局資助四十個人工智能實驗室。');
  await editor.getByRole('checkbox', { name: '限閱（背景）' }).check();
  await shot(page, 'notes-briefing-zh');

  await page.setViewportSize({ width: 700, height: 800 });
  await editor.getByRole('tab', { name: '會議筆記' }).click();
  const toggle = editor.getByRole('button', { name: '顯示預覽' });
  await expect(toggle).toBeVisible();
  await expect(editor.getByRole('region', { name: '預覽' })).toBeHidden();
  await toggle.click();
  await expect(editor.getByRole('region', { name: '預覽' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: '我的筆記（Markdown）' })).toBeHidden();
});
