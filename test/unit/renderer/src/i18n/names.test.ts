// Chinese readers see Chinese names in both scripts: the stored name in their own script first, the other script's
// when only that is known, English last. English readers see English.
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../../../renderer/src/components/recordPicker';
import { personName } from '../../../../../renderer/src/features/clashes/clashMessage';
import { memberName } from '../../../../../renderer/src/features/ics/icsLogic';
import { authorName } from '../../../../../renderer/src/features/notes/notesLogic';
import { listSeparator, nameIn } from '../../../../../renderer/src/i18n/names';

const both = { en: 'Alibaba Cloud', zhHant: '阿里雲', zhHans: '阿里云' };
const traditionalOnly = { en: 'Mei Chan', zhHant: '陳美', zhHans: '' };
const englishOnly = { en: 'Bob Lee', zhHant: '', zhHans: '' };

describe('names in the reader’s language', () => {
  it('picks the script of the UI, then the other script, then English', () => {
    expect(nameIn(both, 'zh-Hans')).toBe('阿里云');
    expect(nameIn(both, 'zh-Hant')).toBe('阿里雲');
    expect(nameIn(both, 'en')).toBe('Alibaba Cloud');
    expect(nameIn(traditionalOnly, 'zh-Hans')).toBe('陳美');
    expect(nameIn({ en: 'X', zhHans: '数据' }, 'zh-Hant')).toBe('数据');
    expect(nameIn(englishOnly, 'zh-Hans')).toBe('Bob Lee');
    expect(listSeparator('zh-Hans')).toBe('、');
    expect(listSeparator('en')).toBe(', ');
  });

  it('is what the record picker, clash messages, calendar exports and note authors show in 简体', () => {
    expect(displayName({ name: both }, 'zh-Hans')).toBe('阿里云');
    expect(personName({ id: 'id', name: both }, 'id', 'zh-Hans')).toBe('阿里云');
    expect(authorName(new Map([['m1', traditionalOnly]]), 'm1', 'zh-Hans')).toBe('陳美');
    expect(memberName('zh-Hans', { name: both } as Parameters<typeof memberName>[1])).toBe('阿里云');
  });
});
