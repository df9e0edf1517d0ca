// The date and list wording of the press-release draft: Chinese numerals, spans across months, how releases close.
import { describe, expect, it } from 'vitest';
import { chineseNumber, cityInChinese, endsLine, endsLineZh, listEn, listZh, roleInChinese, spanEn, spanZh } from '../../../../../../electron/backend/export/reports/press-words';

describe('press-release wording', () => {
  it('writes days in Chinese numerals', () => {
    expect([1, 10, 11, 16, 20, 21, 30, 31].map(chineseNumber)).toEqual(['一', '十', '十一', '十六', '二十', '二十一', '三十', '三十一']);
  });

  it('writes spans the way releases do', () => {
    expect(spanEn('2025-05-13', '2025-05-15')).toBe('from May 13 to 15');
    expect(spanEn('2025-05-30', '2025-06-02')).toBe('from May 30 to June 2');
    expect(spanEn('2025-05-16', '2025-05-16')).toBe('on May 16');
    expect(spanZh('2025-05-13', '2025-05-15')).toBe('五月十三日至十五日');
    expect(spanZh('2025-05-30', '2025-06-02')).toBe('五月三十日至六月二日');
  });

  it('closes with Ends/ and 完', () => {
    expect(endsLine('2025-05-16')).toBe('Ends/Friday, May 16, 2025');
    expect(endsLineZh('2025-05-16')).toBe('完\n2025年5月16日（星期五）');
  });

  it('lists, titles and cities', () => {
    expect(listEn(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listZh(['甲', '乙', '丙'])).toBe('甲、乙及丙');
    expect(roleInChinese('Director-General')).toBe('總監');
    expect(roleInChinese('Chief Executive Officer')).toBe('行政總裁');
    expect(roleInChinese('Chief Wizard')).toBeUndefined();
    expect(cityInChinese('Riyadh')).toBe('利雅得');
    expect(cityInChinese('Atlantis')).toBe('Atlantis');
  });
});
