// Deleting my note from the event's Notes tab with "also purge": the note goes, the editor starts empty, and no file
// in the data folder (backups and change log included) holds its text any more.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, openApp, shot, test } from './fixtures';

const sampleKey = 'oases-hangzhou-shanghai-2025';
const meetingTitle = 'Meeting with the Hangzhou Science and Technology Bureau';
const SECRET = 'Purge-e2e-77aa';

async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    let bytes = await readFile(full);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (bytes.includes(Buffer.from(needle))) found.push(path.relative(dir, full));
  }
  return found;
}

test('a note deleted with "also purge" leaves no trace of its text in the data folder', async ({ page, planner }) => {
  await planner.call('samples.load', { keys: [sampleKey] });
  await planner.call('samples.dismiss', {});
  const [trip] = (await planner.call('trips.list', {})) as { id: string }[];
  const detail = (await planner.call('trips.get', { id: trip!.id })) as { events: { id: string; title: string }[] };
  const event = detail.events.find((e) => e.title === meetingTitle)!;
  const alice = (await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Senior Manager', rank: 5 })) as { id: string };
  await planner.call('settings.update', { meId: alice.id });
  let note = (await planner.call('notes.save', { tripId: trip!.id, eventId: event.id, authorId: alice.id, body: `${SECRET} draft` })) as { id: string; body: string };
  note = (await planner.call('notes.save', { id: note.id, tripId: trip!.id, eventId: event.id, body: `${SECRET}: they will not relocate` })) as typeof note;

  await openApp(page, planner);
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), trip!.id);
  await expect(page.getByRole('region', { name: 'Itinerary calendar' })).toBeVisible();
  await page.locator('.rbc-event').filter({ hasText: meetingTitle }).first().focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit event' });
  await editor.getByRole('tab', { name: 'Notes' }).click();
  const myNote = editor.getByRole('textbox', { name: 'My note (markdown)' });
  await expect(myNote).toHaveValue(note.body);

  await editor.getByRole('button', { name: 'Delete note' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this note?' });
  await expect(confirm).toBeVisible();
  await confirm.getByLabel('Also purge its text from this laptop’s files and backups').check();
  await expect(confirm).toContainText('Changes not yet sent by sync keep it');
  await shot(page, 'notes-purge-confirm');
  await confirm.getByRole('button', { name: 'Delete and purge' }).click();
  await expect(confirm).toBeHidden();
  await expect(editor.getByRole('status').filter({ hasText: 'Note deleted, and its text purged' })).toBeVisible();
  await expect(myNote).toHaveValue('');
  await shot(page, 'notes-purge-done');

  await planner.restart(); // every write flushed
  expect(await filesHolding(planner.dataDir, SECRET)).toEqual([]);
  const after = (await planner.call('trips.get', { id: trip!.id })) as { notes: { id: string }[] };
  expect(after.notes.some((n) => n.id === note.id)).toBe(false);
});
