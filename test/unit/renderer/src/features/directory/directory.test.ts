// The directory's rules without a browser: what a search finds (English, Traditional and Simplified Chinese), the
// order of precedence, likely duplicates, and how form drafts become the contract's input.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyBriefing, type Contact, type Member, type Names, type Organisation } from '../../../../../../shared/model';
import type { DirectorySection } from '../../../../../../renderer/src/app/router';
import { placeIssues } from '../../../../../../renderer/src/components/forms/issuePaths';
import { flattenErrors, schemaResolver } from '../../../../../../renderer/src/components/forms/schemaForm';
import { contactInput, directoryFieldMap, directoryForm, directoryMessages, draftFromRecord, emptyDraft, memberInput, organisationInput, type DirectoryValues } from '../../../../../../renderer/src/features/directory/directoryForm';
import { chineseNames, contactTexts, foldText, matchesQuery, memberTexts, organisationTexts, sortByName, sortMembers, websiteHref } from '../../../../../../renderer/src/features/directory/directoryLogic';
import { chineseKey, englishKey, findDuplicates } from '../../../../../../renderer/src/features/directory/duplicates';

/** The form's own check for a section, as the directory form runs it on Save. */
async function validateDraft(section: DirectorySection, draft: DirectoryValues, tr: TFunction): Promise<Record<string, string>> {
  const { errors } = await schemaResolver<DirectoryValues>(directoryForm(section), directoryMessages(tr))(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flattenErrors(errors);
}

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const names = (en: string, zhHant = '', zhHans = ''): Names => ({ en, zhHant, zhHans });

function org(id: string, name: Names, extra: Partial<Organisation> = {}): Organisation {
  return { id, ...meta, name, kind: 'company', sector: '', city: '', website: '', stage: 'prospect', briefing: emptyBriefing, ...extra };
}
function contact(id: string, name: Names, extra: Partial<Contact> = {}): Contact {
  return { id, ...meta, name, title: '', email: '', phone: '', ...extra };
}
function member(id: string, name: Names, rank: number, extra: Partial<Member> = {}): Member {
  return { id, ...meta, name, rank, title: '', organisation: '', ...extra };
}

const t = ((key: string) => key) as unknown as TFunction;

const hkstp = org('hkstp', names('Hong Kong Science and Technology Parks Corporation', '香港科學技術園區公司', '香港科学技术园区公司'), { sector: 'Innovation and technology', city: 'Hong Kong', website: 'hkstp.org' });
const zhiyuan = org('zhiyuan', names('Hangzhou Zhiyuan AI Co., Ltd.', '杭州智源人工智能有限公司', '杭州智源人工智能有限公司'), { sector: 'Artificial intelligence', city: 'Hangzhou' });

describe('directory search', () => {
  it('matches a Traditional Chinese substring such as 科學技術', () => {
    expect(matchesQuery(organisationTexts(hkstp), '科學技術')).toBe(true);
    expect(matchesQuery(organisationTexts(zhiyuan), '科學技術')).toBe(false);
  });

  it('matches a Simplified Chinese substring against the Simplified name', () => {
    expect(matchesQuery(organisationTexts(hkstp), '科学技术')).toBe(true);
    expect(matchesQuery(organisationTexts(zhiyuan), '智源')).toBe(true);
  });

  it('ignores case and full-width letters, and needs every word of the query', () => {
    expect(matchesQuery(organisationTexts(hkstp), 'SCIENCE parks')).toBe(true);
    expect(matchesQuery(organisationTexts(hkstp), 'ＳＣＩＥＮＣＥ')).toBe(true);
    expect(matchesQuery(organisationTexts(hkstp), 'science hangzhou')).toBe(false);
    expect(matchesQuery(organisationTexts(zhiyuan), 'artificial hangzhou')).toBe(true);
  });

  it('finds by city, sector, website, title and email', () => {
    expect(matchesQuery(organisationTexts(zhiyuan), 'hangzhou')).toBe(true);
    expect(matchesQuery(organisationTexts(hkstp), 'innovation')).toBe(true);
    expect(matchesQuery(organisationTexts(hkstp), 'hkstp.org')).toBe(true);
    const chen = contact('c1', names('Chen Li', '陳莉', '陈莉'), { title: 'Vice President', email: 'Li.Chen@zhiyuan.example', organisationId: 'zhiyuan' });
    expect(matchesQuery(contactTexts(chen, zhiyuan), 'vice')).toBe(true);
    expect(matchesQuery(contactTexts(chen, zhiyuan), 'li.chen@')).toBe(true);
    expect(matchesQuery(contactTexts(chen, zhiyuan), '陈')).toBe(true);
    // A contact is found through their organisation's name too.
    expect(matchesQuery(contactTexts(chen, zhiyuan), '智源')).toBe(true);
    const dg = member('m1', names('Alice Wong', '黃愛麗'), 1, { title: 'Director-General', organisation: 'Invest Hong Kong' });
    expect(matchesQuery(memberTexts(dg), 'director-general')).toBe(true);
    expect(matchesQuery(memberTexts(dg), '黃')).toBe(true);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(matchesQuery(organisationTexts(hkstp), '')).toBe(true);
    expect(matchesQuery(organisationTexts(hkstp), '   ')).toBe(true);
    expect(foldText('  Ａ  b ')).toBe('a b');
  });
});

describe('directory order', () => {
  it('lists members by rank (1 leads), then by name among equal ranks', () => {
    const members = [member('c', names('Carol'), 3), member('a', names('Alan'), 1), member('z', names('Zoe'), 2), member('b', names('Bella'), 2)];
    expect(sortMembers(members).map((m) => m.id)).toEqual(['a', 'b', 'z', 'c']);
  });

  it('lists organisations and contacts alphabetically by English name, ignoring case', () => {
    const orgs = [org('2', names('beta Labs')), org('1', names('Alpha Bureau')), org('3', names('Cyberport'))];
    expect(sortByName(orgs).map((o) => o.id)).toEqual(['1', '2', '3']);
  });

  it('does not change the list it was given', () => {
    const members = [member('b', names('B'), 2), member('a', names('A'), 1)];
    sortMembers(members);
    expect(members.map((m) => m.id)).toEqual(['b', 'a']);
  });
});

describe('possible duplicates', () => {
  it('reduces English names to what identifies them', () => {
    expect(englishKey('Hangzhou Zhiyuan AI Co., Ltd.')).toBe('hangzhou zhiyuan ai');
    expect(englishKey('HANGZHOU ZHIYUAN AI LIMITED')).toBe('hangzhou zhiyuan ai');
    expect(englishKey('The Company')).toBe('the company');
    expect(chineseKey('杭州智源人工智能有限公司')).toBe('杭州智源人工智能');
    expect(chineseKey(' 杭州 智源・人工智能 ')).toBe('杭州智源人工智能');
  });

  it('groups records with the same English name once case, punctuation and Ltd/Limited/Co. are ignored', () => {
    const records = [org('a', names('Zhiyuan AI Co., Ltd.')), org('b', names('zhiyuan ai limited')), org('c', names('Zhiyuan Robotics'))];
    const groups = findDuplicates(records);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(groups[0]!.reasons).toEqual(['english']);
  });

  it('groups records with the same Chinese name, Traditional or Simplified, even when the English differs', () => {
    const records = [org('a', names('Hong Kong Science Park', '香港科學園')), org('b', names('HKSTP', '', '香港科學園')), org('c', names('Cyberport', '數碼港'))];
    const groups = findDuplicates(records);
    expect(groups.map((g) => g.records.map((r) => r.id))).toEqual([['a', 'b']]);
    expect(groups[0]!.reasons).toEqual(['chinese']);
  });

  it('joins chains into one group and gives every reason', () => {
    const records = [org('a', names('Alpha Ltd')), org('b', names('Alpha Limited', '甲公司')), org('c', names('Alef', '甲公司'))];
    const groups = findDuplicates(records);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.reasons).toEqual(['english', 'chinese']);
  });

  it('finds nothing among distinct records, and ignores empty Chinese names', () => {
    expect(findDuplicates([org('a', names('Alpha')), org('b', names('Beta')), hkstp, zhiyuan])).toEqual([]);
  });
});

describe('directory form drafts', () => {
  it('needs an English name; checks email and rank when given', async () => {
    const draft = { ...emptyDraft(), email: 'not-an-email', rank: '0' };
    expect(await validateDraft('contacts', draft, t)).toEqual({ nameEn: 'directory.form.required.nameEn', email: 'directory.form.badEmail' });
    expect(await validateDraft('members', draft, t)).toEqual({ nameEn: 'directory.form.required.nameEn', rank: 'directory.form.badRank' });
    expect(await validateDraft('members', { ...draft, nameEn: 'A', rank: '2' }, t)).toEqual({});
  });

  it('turns drafts into trimmed inputs, with the default rank when none is typed', () => {
    const draft = { ...emptyDraft(), nameEn: ' Alice ', nameZhHant: ' 愛麗 ', city: ' Hangzhou ', rank: '' };
    expect(organisationInput(draft)).toMatchObject({ name: { en: 'Alice', zhHant: '愛麗', zhHans: '' }, city: 'Hangzhou', kind: 'company' });
    expect(memberInput(draft).rank).toBe(100);
    expect(memberInput({ ...draft, rank: '3' }).rank).toBe(3);
    expect(contactInput(draft)).not.toHaveProperty('organisationId');
    expect(contactInput({ ...draft, organisationId: 'o1' }).organisationId).toBe('o1');
  });

  it('reads a record back into a draft', () => {
    expect(draftFromRecord('members', member('m', names('A', '甲'), 4, { title: 'CEO' }))).toMatchObject({ nameEn: 'A', nameZhHant: '甲', rank: '4', title: 'CEO' });
    expect(draftFromRecord('organisations', hkstp)).toMatchObject({ website: 'hkstp.org', kind: 'company' });
  });

  it('puts the backend’s issues beside the fields they are about', () => {
    const { fields, form: other } = placeIssues({ issues: [{ path: 'patch.name.en', message: 'an English name is needed' }, { path: 'rank', message: 'too big' }, { path: '', message: 'odd' }] }, directoryFieldMap);
    expect(fields).toEqual({ nameEn: 'an English name is needed', rank: 'too big' });
    expect(other).toEqual(['odd']);
  });
});

describe('display helpers', () => {
  it('shows the Simplified name only when it differs from the Traditional', () => {
    expect(chineseNames(names('X', '香港科學園', '香港科学园'))).toEqual({ zhHant: '香港科學園', zhHans: '香港科学园' });
    expect(chineseNames(names('X', '杭州', '杭州'))).toEqual({ zhHant: '杭州', zhHans: undefined });
  });

  it('links websites typed without a scheme, and nothing else', () => {
    expect(websiteHref('hkstp.org')).toBe('https://hkstp.org');
    expect(websiteHref('http://example.com/a')).toBe('http://example.com/a');
    expect(websiteHref('javascript:alert(1)')).toBeUndefined();
    expect(websiteHref('')).toBeUndefined();
  });
});
