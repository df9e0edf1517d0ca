// The directory as a planner uses it: organisations with Chinese names found by a Chinese substring, contacts created
// and edited, members listed in order of precedence, duplicates merged (references move) and the merge undone.
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, shot, test, type Planner } from './fixtures';

/** Opens the app on the directory; the sample offer only comes while there are no trips. */
async function openDirectory(page: Page, planner: Planner, { samplesOffered = true } = {}): Promise<void> {
  await openApp(page, planner);
  if (samplesOffered) await declineSamples(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
}

test('an organisation with Chinese names is created and found by a Chinese substring', async ({ page, planner }) => {
  await planner.call('organisations.create', { name: { en: 'Cyberport', zhHant: '數碼港', zhHans: '数码港' }, kind: 'company', city: 'Hong Kong' });
  await openDirectory(page, planner);
  await expect(page.getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'New organisation' }).click();
  const form = page.getByRole('dialog', { name: 'New organisation' });
  // Saving without the English name keeps what was typed and says what is missing, beside the field.
  await form.getByLabel('Name in Traditional Chinese').fill('香港科學技術園區公司');
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form.getByText('Enter the name in English. The Chinese names are optional.')).toBeVisible();
  await expect(form.getByLabel('Name in English')).toBeFocused();
  await expect(form.getByLabel('Name in Traditional Chinese')).toHaveValue('香港科學技術園區公司');

  await form.getByLabel('Name in English').fill('Hong Kong Science and Technology Parks Corporation');
  await form.getByLabel('Name in Simplified Chinese').fill('香港科学技术园区公司');
  await form.getByLabel('Kind').selectOption({ label: 'Government' });
  await form.getByLabel('Sector').fill('Innovation and technology');
  await form.getByLabel('City').fill('Hong Kong');
  await form.getByLabel('Website').fill('hkstp.org');
  await shot(page, 'directory-organisation-form');
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row', { name: /Hong Kong Science and Technology Parks/ });
  await expect(row).toContainText('香港科學技術園區公司');
  await expect(row).toContainText('香港科学技术园区公司');
  await expect(row).toContainText('Government');
  await expect(row).toContainText('hkstp.org');

  const search = page.getByRole('searchbox', { name: 'Search organisations' });
  await search.fill('科學技術');
  await expect(row).toBeVisible();
  await expect(page.getByRole('row', { name: /Cyberport/ })).toBeHidden();
  await expect(page.getByText('Showing 1 of 2')).toBeVisible();
  await search.fill('科学技术');
  await expect(row).toBeVisible();
  await search.fill('数码');
  await expect(page.getByRole('row', { name: /Cyberport/ })).toBeVisible();
  await expect(row).toBeHidden();
  await search.fill('');

  // The record's own page shows every name and its details.
  await page.getByRole('link', { name: 'Hong Kong Science and Technology Parks Corporation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hong Kong Science and Technology Parks Corporation' })).toBeVisible();
  await expect(page.getByText('Innovation and technology')).toBeVisible();

  // A contact added from the organisation's page belongs to it.
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await expect(contactForm.getByLabel('Organisation')).toHaveValue(/.+/);
  await contactForm.getByLabel('Name in English').fill('Albert Wong');
  await contactForm.getByLabel('Name in Traditional Chinese').fill('黃志明');
  await contactForm.getByLabel('Title').fill('Chief Executive Officer');
  await contactForm.getByRole('button', { name: 'Create contact' }).click();
  await expect(contactForm).toBeHidden();
  await expect(page.getByRole('region', { name: /Contacts/ }).getByRole('link', { name: 'Albert Wong' })).toBeVisible();
  await shot(page, 'directory-organisation-page');
});

test('two contacts are created and one is edited', async ({ page, planner }) => {
  await planner.call('organisations.create', { name: { en: 'Hangzhou Zhiyuan AI', zhHant: '杭州智源人工智能' }, city: 'Hangzhou' });
  await openDirectory(page, planner);
  await page.getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByText('No contacts yet.')).toBeVisible();

  for (const [en, zh, title] of [
    ['Chen Li', '陳莉', 'Vice President'],
    ['Wang Tao', '王濤', 'Director of International Affairs'],
  ] as const) {
    await page.getByRole('button', { name: 'New contact' }).first().click();
    const form = page.getByRole('dialog', { name: 'New contact' });
    await form.getByLabel('Name in English').fill(en);
    await form.getByLabel('Name in Traditional Chinese').fill(zh);
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Organisation').selectOption({ label: 'Hangzhou Zhiyuan AI 杭州智源人工智能' });
    await form.getByLabel('Email').fill(`${en.split(' ')[0]!.toLowerCase()}@zhiyuan.example`);
    await form.getByRole('button', { name: 'Create contact' }).click();
    await expect(form).toBeHidden();
  }
  await expect(page.getByRole('row', { name: /Chen Li/ })).toContainText('Hangzhou Zhiyuan AI');
  await expect(page.getByRole('row', { name: /Wang Tao/ })).toContainText('Director of International Affairs');

  await page.getByRole('button', { name: 'Edit Wang Tao' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(edit.getByLabel('Name in English')).toHaveValue('Wang Tao');
  await edit.getByLabel('Email').fill('not an email');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('This does not look like an email address')).toBeVisible();
  await edit.getByLabel('Email').fill('tao.wang@zhiyuan.example');
  await edit.getByLabel('Phone').fill('+86 571 8888 0000');
  await edit.getByLabel('Title').fill('Chief Executive');
  // He left the company: the link to it can be cleared.
  await edit.getByLabel('Organisation').selectOption({ label: 'No organisation' });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const row = page.getByRole('row', { name: /Wang Tao/ });
  await expect(row).toContainText('Chief Executive');
  await expect(row).not.toContainText('Hangzhou Zhiyuan AI');
  const stored = (await planner.call('contacts.list')) as { name: { en: string }; organisationId?: string }[];
  expect(stored.find((c) => c.name.en === 'Wang Tao')?.organisationId).toBeUndefined();
  await expect(row).toContainText('tao.wang@zhiyuan.example');
  await expect(row).toContainText('+86 571 8888 0000');

  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('chief');
  await expect(page.getByRole('row', { name: /Chen Li/ })).toBeHidden();
  await expect(row).toBeVisible();
  await shot(page, 'directory-contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('');

  // Deleting asks first, and can be undone from the toast.
  await page.getByRole('button', { name: 'Delete Chen Li' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this record?' });
  await expect(confirm).toContainText('“Chen Li” will be removed from the directory.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: /Chen Li/ })).toBeHidden();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Chen Li/ })).toBeVisible();
});

test('members are listed in order of precedence', async ({ page, planner }) => {
  await openDirectory(page, planner);
  await page.getByRole('link', { name: 'Delegation members' }).click();
  for (const [name, rank] of [
    ['Carol Chan', '3'],
    ['Alice Wong', '1'],
    ['Bob Lee', '2'],
  ] as const) {
    await page.getByRole('button', { name: 'New member' }).first().click();
    const form = page.getByRole('dialog', { name: 'New member' });
    await form.getByLabel('Name in English').fill(name);
    await form.getByLabel('Rank').fill(rank);
    await form.getByLabel('Title').fill(rank === '1' ? 'Director-General' : 'Senior Manager');
    await form.getByLabel('Organisation').fill('Invest Hong Kong');
    await form.getByRole('button', { name: 'Create member' }).click();
    await expect(form).toBeHidden();
  }
  // Data rows carry a link to the record; the header row does not.
  const rows = page.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Alice Wong');
  await expect(rows.nth(1)).toContainText('Bob Lee');
  await expect(rows.nth(2)).toContainText('Carol Chan');
  await shot(page, 'directory-members');
});

test('two duplicate organisations are merged, the event follows the kept one, and the merge is undone', async ({ page, planner }) => {
  const keep = (await planner.call('organisations.create', { name: { en: 'Zhiyuan AI Co., Ltd.', zhHant: '智源人工智能有限公司' }, city: 'Hangzhou', sector: 'AI' })) as { id: string };
  const dup = (await planner.call('organisations.create', { name: { en: 'ZHIYUAN AI LIMITED' } })) as { id: string };
  const trip = (await planner.call('trips.create', { title: 'Hangzhou visit', startDate: '2027-05-13', endDate: '2027-05-14' })) as { id: string };
  const event = (await planner.call('events.create', {
    tripId: trip.id,
    title: 'Meeting with Zhiyuan',
    start: '2027-05-13T02:00:00.000Z',
    end: '2027-05-13T03:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    organisationIds: [dup.id],
  })) as { id: string };
  const organisationsOfEvent = async (): Promise<string[]> => {
    const detail = (await planner.call('trips.get', { id: trip.id })) as { events: { id: string; organisationIds: string[] }[] };
    return detail.events.find((e) => e.id === event.id)!.organisationIds;
  };

  await openDirectory(page, planner, { samplesOffered: false });
  const hint = page.getByRole('region', { name: /Possible duplicates/ });
  await expect(hint).toContainText('Zhiyuan AI Co., Ltd. and ZHIYUAN AI LIMITED');

  await page.getByRole('checkbox', { name: 'Select Zhiyuan AI Co., Ltd.' }).check();
  await page.getByRole('checkbox', { name: 'Select ZHIYUAN AI LIMITED' }).check();
  await page.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge organisations' });
  await expect(dialog).toContainText('moves to the kept record');
  await expect(dialog).toContainText('undo');
  // The record with more details is suggested; choose it explicitly anyway.
  await dialog.getByRole('radio', { name: /Zhiyuan AI Co., Ltd./ }).check();
  await shot(page, 'directory-merge');
  await dialog.getByRole('button', { name: 'Merge into “Zhiyuan AI Co., Ltd.”' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('row', { name: /ZHIYUAN AI LIMITED/ })).toBeHidden();
  await expect(page.getByRole('row', { name: /Zhiyuan AI Co., Ltd./ })).toBeVisible();
  await expect(hint).toBeHidden();
  expect(await organisationsOfEvent()).toEqual([keep.id]);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /ZHIYUAN AI LIMITED/ })).toBeVisible();
  await expect.poll(organisationsOfEvent).toEqual([dup.id]);
});

test('the directory in Traditional Chinese', async ({ page, planner }) => {
  await planner.call('organisations.create', { name: { en: 'Hong Kong Science and Technology Parks Corporation', zhHant: '香港科學技術園區公司', zhHans: '香港科学技术园区公司' }, kind: 'government', sector: 'Innovation and technology', city: 'Hong Kong', website: 'hkstp.org' });
  await planner.call('organisations.create', { name: { en: 'Cyberport', zhHant: '數碼港' }, city: 'Hong Kong' });
  await planner.call('organisations.create', { name: { en: 'Cyberport Limited', zhHant: '數碼港' }, city: 'Hong Kong' });
  await openDirectory(page, planner);
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 1, name: '名錄' })).toBeVisible();
  await expect(page.getByRole('region', { name: /可能重複的記錄/ })).toBeVisible();
  await shot(page, 'directory-organisations-zh');
  await page.getByRole('button', { name: '新增機構' }).click();
  await expect(page.getByRole('dialog', { name: '新增機構' })).toBeVisible();
  await shot(page, 'directory-form-zh');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: '檢視並合併 Cyberport、Cyberport Limited' }).click();
  await expect(page.getByRole('dialog', { name: '合併機構' })).toBeVisible();
  await shot(page, 'directory-merge-zh');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Hong Kong Science and Technology Parks Corporation' }).click();
  await expect(page.getByRole('link', { name: '所有機構' })).toBeVisible();
  await shot(page, 'directory-organisation-page-zh');
});
