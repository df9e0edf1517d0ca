// The shared "no Traditional-only character" check (test/support/traditional-only.ts), used for the zh-Hans UI strings
// and for the 简体 exports: it must catch Traditional text, and must not flag standard Simplified text.
import { describe, expect, it } from 'vitest';
import { traditionalOnly } from '../../support/traditional-only';

describe('traditionalOnly', () => {
  it('finds each Traditional-only character with its Simplified form and where it is', () => {
    const found = traditionalOnly('行程已儲存。之後，请於杭州會面');
    expect(found.map((f) => `${f.char}→${f.simplified}`)).toEqual(['儲→储', '後→后', '於→于', '會→会']);
    expect(found[0]!.context).toContain('儲存');
  });

  it('passes Simplified text, including characters Simplified keeps in certain words (乾坤, 著名, 显著, 什么)', () => {
    expect(traditionalOnly('代表团访问杭州及上海：乾坤、著名、显著、什么、乾隆年间的头发、看着、里面、干净')).toEqual([]);
    expect(traditionalOnly('English only, 2027-05-13 09:30')).toEqual([]);
  });

  it('reports each Traditional character once, however often it occurs and whichever standard converts it', () => {
    expect(traditionalOnly('資料、資料').map((f) => f.char)).toEqual(['資']);
  });

  it('judges a character by its word: 乾 is Simplified in 乾坤 but Traditional in 乾淨', () => {
    expect(traditionalOnly('乾坤')).toEqual([]);
    expect(traditionalOnly('乾淨').map((f) => f.char)).toEqual(['乾', '淨']);
  });
});
