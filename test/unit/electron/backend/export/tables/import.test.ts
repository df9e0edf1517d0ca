// import.contacts*: the mapping guessed from English and Chinese headers, the row-level report of a malformed file
// (which changes nothing on disk), importing only the valid rows when the user agreed, organisations created, undo.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../../helpers/tmp';
import type { TestBackend } from '../../backend-fixture';
import { openTestBackend } from '../../backend-fixture';

const fixtures = path.resolve(import.meta.dirname, '../../../../../fixtures');
const fixture = (name: string) => readFile(path.join(fixtures, name), 'utf8');

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

async function directory() {
  const cyberport = await t.call('organisations.create', { name: { en: 'Cyberport', zhHant: '數碼港', zhHans: '数码港' } });
  const hkstp = await t.call('organisations.create', { name: { en: 'Hong Kong Science and Technology Parks Corporation', zhHant: '香港科學園' } });
  return { cyberport, hkstp };
}

describe('import.contactsPreview', () => {
  it('guesses the mapping from English headers and reads semicolon-separated files', async () => {
    await directory();
    const preview = await t.call('import.contactsPreview', { text: await fixture('contacts.csv') });
    expect(preview.columns).toEqual(['Name', 'Title', 'Company', 'E-mail', 'Tel']);
    expect(preview.mapping).toEqual({ nameEn: 'Name', title: 'Title', organisation: 'Company', email: 'E-mail', phone: 'Tel' });
    expect(preview.rows.map((r) => [r.row, r.errors])).toEqual([
      [2, []],
      [3, ['the email address "henry@hkstp" is not valid']],
      [4, []],
    ]);
    expect(preview.rows[0]!.values).toEqual({ nameEn: 'Grace Yip', title: 'Head of Investment', organisation: 'Alibaba Cloud', email: 'grace.yip@alibabacloud.com', phone: '+86 571 8502 2088' });
    // An unknown organisation is a note, not a bar: it will be created.
    expect(preview.rows[0]!.issues).toEqual([{ code: 'new-organisation', level: 'note', value: 'Alibaba Cloud' }]);
  });

  it('guesses the mapping from Chinese headers, with a BOM and tabs', async () => {
    const { cyberport } = await directory();
    const preview = await t.call('import.contactsPreview', { text: await fixture('contacts-zh.csv') });
    expect(preview.columns[0]).toBe('英文姓名');
    expect(preview.mapping).toEqual({ nameEn: '英文姓名', nameZhHant: '姓名', title: '職位', organisation: '機構', email: '電郵', phone: '電話' });
    expect(preview.rows.every((r) => r.errors.length === 0)).toBe(true);
    // 數碼港 is Cyberport's Chinese name: no new organisation for it.
    expect(preview.rows[0]!.issues).toEqual([]);
    expect(preview.rows[1]!.issues).toEqual([{ code: 'new-organisation', level: 'note', value: '智譜AI' }]);
    await t.call('import.contactsApply', { text: await fixture('contacts-zh.csv'), mapping: preview.mapping });
    const peter = (await t.call('contacts.list', {})).find((c) => c.name.en === 'Peter Chan')!;
    expect(peter).toMatchObject({ name: { en: 'Peter Chan', zhHant: '陳彼得' }, title: '總監', organisationId: cyberport.id });
  });

  it('guesses other common names, and a plain "Name" becomes the Chinese one beside an "English name"', async () => {
    const text = 'Full name,Position,Organization,Email address,Mobile\r\nA,B,C,a@b.co,1\r\n';
    expect((await t.call('import.contactsPreview', { text })).mapping).toEqual({ nameEn: 'Full name', title: 'Position', organisation: 'Organization', email: 'Email address', phone: 'Mobile' });
    const zh = '姓名,中文名,公司,电话\r\nA,甲,C,1\r\n';
    expect((await t.call('import.contactsPreview', { text: zh })).mapping).toEqual({ nameEn: '姓名', nameZhHant: '中文名', organisation: '公司', phone: '电话' });
    const both = 'Name (English),姓名,Work email\r\nA,甲,a@b.co\r\n';
    expect((await t.call('import.contactsPreview', { text: both })).mapping).toEqual({ nameEn: 'Name (English)', nameZhHant: '姓名', email: 'Work email' });
  });

  it('uses the mapping given, ignoring unknown fields and columns', async () => {
    const text = await fixture('contacts.csv');
    const preview = await t.call('import.contactsPreview', { text, mapping: { nameEn: 'Title', email: '', phone: 'Nope', colour: 'Name' } });
    expect(preview.mapping).toEqual({ nameEn: 'Title' });
    expect(preview.rows[0]!.values).toEqual({ nameEn: 'Head of Investment' });
    expect(preview.rows[0]!.errors).toEqual([]);
  });

  it('reports every problem of a malformed file row by row', async () => {
    await directory();
    const preview = await t.call('import.contactsPreview', { text: await fixture('contacts-bad.csv') });
    expect(preview.mapping).toMatchObject({ nameEn: 'Name', nameZhHant: 'Chinese name', email: 'Email' });
    expect(preview.rows.map((r) => [r.row, r.issues?.filter((i) => i.level === 'error').map((i) => i.code)])).toEqual([
      [2, []],
      [3, ['no-name']],
      [4, ['bad-email']],
      [5, []],
      [6, ['no-name']],
      // The unclosed quote swallows the rest of the file: row 8 is never read on its own.
      [7, ['unclosed-quote']],
    ]);
    expect(preview.rows[2]!.errors).toEqual(['the email address "bob at zhipu" is not valid']);
    expect(preview.rows[5]!.errors[0]).toMatch(/quote .* never closed/);
    expect(preview.rows[3]!.values.title).toBe('Head of AI, Research');
  });

  it('reports an empty file and a file without a header row', async () => {
    expect((await t.call('import.contactsPreview', { text: '\uFEFF\r\n' })).rows).toEqual([
      { row: 1, values: {}, errors: ['the file is empty'], issues: [{ code: 'empty-file', level: 'error' }] },
    ]);
    const headless = await t.call('import.contactsPreview', { text: 'Alice Wong,alice@hkstp.org\r\nBob Lee,bob@zhipu.ai\r\n' });
    expect(headless.rows[0]).toMatchObject({ row: 1, issues: [{ code: 'no-header', level: 'error' }] });
  });

  it('reports a row with more values than columns, and values too long for the directory', async () => {
    const long = 'x'.repeat(101);
    const preview = await t.call('import.contactsPreview', { text: `Name,Email,Phone\r\nWong, Ka Yan,wong@x.hk,1\r\nLee,lee@x.hk,${long}\r\n` });
    // The unquoted comma shifts every value: the extra one is reported, and so is the "email" it pushed along.
    expect(preview.rows[0]!.issues).toEqual([
      { code: 'extra-values', level: 'error', value: '4' },
      { code: 'bad-email', level: 'error', value: 'Ka Yan' },
    ]);
    expect(preview.rows[1]!.errors).toEqual(['the phone number is too long (at most 100 characters)']);
  });

  it('flags contacts already in the directory and repeated rows', async () => {
    const { cyberport } = await directory();
    await t.call('contacts.create', { name: { en: 'Ivy Chow' }, organisationId: cyberport.id });
    const text = 'Name,Organisation\r\nivy  chow,數碼港\r\nIvy Chow,Other Co\r\nNew Person,Other Co\r\nNew Person,other co\r\n';
    const preview = await t.call('import.contactsPreview', { text });
    expect(preview.rows.map((r) => r.issues?.map((i) => i.code))).toEqual([['duplicate'], ['new-organisation'], ['new-organisation'], ['duplicate-in-file', 'new-organisation']]);
    expect(preview.rows[0]!.errors).toEqual(['already in the directory (same English name and organisation)']);
    expect(preview.rows[3]!.errors).toEqual(['the same contact as row 4']);
  });
});

describe('import.contactsApply', () => {
  it('refuses a file with problems unless told to skip them, and then writes nothing at all', async () => {
    await directory();
    const text = await fixture('contacts-bad.csv');
    const { mapping } = await t.call('import.contactsPreview', { text });
    const before = await t.call('contacts.list', {});
    const orgsBefore = await t.call('organisations.list', {});
    await t.backend.dispatch('app.info', {});
    await t.backend.settle();
    const disk = await snapshot(t.dir);

    const error = await t.fail('import.contactsApply', { text, mapping });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^The file has 4 rows that cannot be imported \(rows 3, 4, 6, 7\): row 3: no name in English/);
    expect(error.message).toContain('Nothing was imported.');
    expect(error.details).toMatchObject({ rows: [{ row: 3 }, { row: 4 }, { row: 6 }, { row: 7 }] });

    expect(await t.call('contacts.list', {})).toEqual(before);
    expect(await t.call('organisations.list', {})).toEqual(orgsBefore);
    expect(await snapshot(t.dir)).toEqual(disk);
  });

  it('imports only the valid rows when told to skip, creates missing organisations once, and undo removes it all', async () => {
    const { hkstp } = await directory();
    const text = await fixture('contacts-bad.csv');
    const { mapping } = await t.call('import.contactsPreview', { text });
    const result = await t.call('import.contactsApply', { text, mapping, skipInvalid: true });
    expect(result).toEqual({ imported: 2, skipped: [3, 4, 6, 7] });

    const contacts = await t.call('contacts.list', {});
    const live = contacts.filter((c) => !c.deleted);
    expect(live.map((c) => c.name.en).sort()).toEqual(['Alice Wong', 'Carol Ho']);
    const alice = live.find((c) => c.name.en === 'Alice Wong')!;
    expect(alice).toMatchObject({ name: { en: 'Alice Wong', zhHant: '王愛麗', zhHans: '' }, title: 'Director of Partnerships', organisationId: hkstp.id, email: 'alice.wong@hkstp.org', phone: '+852 2629 1818' });
    const orgs = (await t.call('organisations.list', {})).filter((o) => !o.deleted);
    const zhipu = orgs.filter((o) => o.name.en === 'Zhipu AI');
    expect(zhipu).toHaveLength(1);
    expect(zhipu[0]).toMatchObject({ kind: 'company', stage: 'prospect' });
    expect(live.find((c) => c.name.en === 'Carol Ho')!.organisationId).toBe(zhipu[0]!.id);

    // Imported again, the same rows are now duplicates of what is in the directory.
    const again = await t.call('import.contactsPreview', { text, mapping });
    expect(again.rows.find((r) => r.row === 2)!.issues?.map((i) => i.code)).toEqual(['duplicate']);

    const { step } = await t.call('history.undo', {});
    expect(step).toMatchObject({ action: 'contact.import', subject: '2 contacts' });
    expect((await t.call('contacts.list', {})).filter((c) => !c.deleted)).toEqual([]);
    expect((await t.call('organisations.list', {})).filter((o) => !o.deleted).map((o) => o.name.en)).not.toContain('Zhipu AI');
    await t.call('history.redo', {});
    expect((await t.call('contacts.list', {})).filter((c) => !c.deleted)).toHaveLength(2);
  });

  it('survives a restart: the imported contacts are on disk', async () => {
    const text = await fixture('contacts-zh.csv');
    const { mapping } = await t.call('import.contactsPreview', { text });
    expect(await t.call('import.contactsApply', { text, mapping })).toEqual({ imported: 2, skipped: [] });
    await t.reopen();
    expect((await t.call('contacts.list', {})).map((c) => c.name.zhHant).sort()).toEqual(['劉美麗', '陳彼得']);
    expect((await t.call('organisations.list', {})).map((o) => o.name)).toEqual(
      expect.arrayContaining([{ en: '數碼港', zhHant: '數碼港', zhHans: '' }, { en: '智譜AI', zhHant: '智譜AI', zhHans: '' }]),
    );
  });

  it('refuses a file where no row can be imported, even when skipping', async () => {
    const error = await t.fail('import.contactsApply', { text: 'Name,Email\r\n,a@b.co\r\n', mapping: { nameEn: 'Name' }, skipInvalid: true });
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(error.message).toContain('no contacts that can be imported');
    expect(await t.call('contacts.list', {})).toEqual([]);
  });
});
