// The counterpart picker's matching in three scripts, when it offers "Create …", and the name a new record gets.
import { describe, expect, it } from 'vitest';
import { canCreate, displayName, isChinese, matchRecords, nameFromText, type PickerRecord } from '../../../../../renderer/src/components/recordPicker';

const records: PickerRecord[] = [
  { id: 'ali', name: { en: 'Alibaba Group', zhHant: '阿里巴巴集團', zhHans: '阿里巴巴集团' } },
  { id: 'hz', name: { en: 'Hangzhou Municipal Bureau', zhHant: '杭州市局', zhHans: '' } },
  { id: 'zj', name: { en: 'Zhejiang University', zhHant: '浙江大學', zhHans: '浙江大学' } },
  { id: 'ant', name: { en: 'Ant Group' } },
];

describe('matchRecords', () => {
  it('matches English names case-insensitively, names that start with the text first', () => {
    expect(matchRecords(records, 'GROUP').map((r) => r.id)).toEqual(['ali', 'ant']);
    expect(matchRecords(records, 'an').map((r) => r.id)).toEqual(['ant', 'hz', 'zj']);
  });
  it('matches Traditional and Simplified Chinese names', () => {
    expect(matchRecords(records, '大學').map((r) => r.id)).toEqual(['zj']);
    expect(matchRecords(records, '集团').map((r) => r.id)).toEqual(['ali']);
  });
  it('leaves out records already chosen, and lists everything for an empty query', () => {
    expect(matchRecords(records, '', ['ali']).map((r) => r.id)).toEqual(['ant', 'hz', 'zj']);
    expect(matchRecords(records, 'group', ['ali']).map((r) => r.id)).toEqual(['ant']);
  });
  it('matches full-width letters as their plain form', () => {
    expect(matchRecords(records, 'ＡＮＴ').map((r) => r.id)).toEqual(['ant']);
  });
});

describe('create on the fly', () => {
  it('offers "Create" unless a record already has exactly that name in any script', () => {
    expect(canCreate(records, 'Tencent')).toBe(true);
    expect(canCreate(records, ' ant group ')).toBe(false);
    expect(canCreate(records, '浙江大学')).toBe(false);
    expect(canCreate(records, '   ')).toBe(false);
  });
  it('puts Chinese text in both the English and the Traditional name (English is required)', () => {
    expect(isChinese('騰訊')).toBe(true);
    expect(isChinese('Tencent')).toBe(false);
    expect(nameFromText(' 騰訊控股 ')).toEqual({ en: '騰訊控股', zhHant: '騰訊控股' });
    expect(nameFromText('Tencent ')).toEqual({ en: 'Tencent' });
  });
  it('shows the Traditional name in the Chinese UI when there is one', () => {
    expect(displayName(records[0]!, 'zh-Hant')).toBe('阿里巴巴集團');
    expect(displayName(records[3]!, 'zh-Hant')).toBe('Ant Group');
    expect(displayName(records[0]!, 'en')).toBe('Alibaba Group');
  });
});
