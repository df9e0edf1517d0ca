// Folding, the CJK bigram tokenizer, query parsing and the Traditional/Simplified table, without an index.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, bigrams, fold, indexTerms, parseQuery } from '../../../../../electron/backend/search/text';
import { TRADITIONAL_TO_SIMPLIFIED, VARIANT_PAIRS } from '../../../../../electron/backend/search/variants';

describe('fold', () => {
  it('lower-cases, drops accents, narrows full-width letters and folds Traditional to Simplified', () => {
    expect(fold('Müller São Paulo ＨＫＳＴＰ２０２４')).toBe('muller sao paulo hkstp2024');
    expect(fold('香港科學技術園')).toBe('香港科学技术园');
    expect(fold('科学技术')).toBe('科学技术');
  });

  it('keeps every position, so a match in the folded text points into the original', () => {
    for (const text of ['İstanbul Ölçek', 'Café 香港科學園 ＡＢＣ', '𠀀 rare Han 𠀀', 'plain ascii']) {
      expect(fold(text)).toHaveLength(text.length);
    }
  });
});

describe('indexTerms', () => {
  it('makes Latin and digit words, and overlapping pairs of CJK characters plus the last one', () => {
    expect(indexTerms('Hangzhou AI-2024 香港科學園')).toEqual(['hangzhou', 'ai', '2024', '香港', '港科', '科学', '学园', '园']);
  });

  it('splits a CJK run from the Latin letters written against it', () => {
    expect(indexTerms('HKSTP香港')).toEqual(['hkstp', '香港', '港']);
  });

  it('keeps a one-character run whole and handles kana and hangul like Han', () => {
    expect(indexTerms('港 東京タワー 서울')).toEqual(['港', '东京', '京タ', 'タワ', 'ワー', 'ー', '서울', '울']);
  });

  it('cuts a very long token', () => {
    expect(indexTerms('x'.repeat(200))[0]).toHaveLength(60);
  });
});

describe('parseQuery', () => {
  it('searches the word being typed as a prefix, and closed words whole', () => {
    expect(parseQuery('science hangz').terms).toEqual([
      { term: 'science', prefix: false },
      { term: 'hangz', prefix: true },
    ]);
    expect(parseQuery('hangzhou ').terms).toEqual([{ term: 'hangzhou', prefix: false }]);
  });

  it('does not expand a one-letter word', () => {
    expect(parseQuery('a').terms).toEqual([{ term: 'a', prefix: false }]);
  });

  it('turns a Chinese phrase into its pairs, and one character into a prefix', () => {
    expect(parseQuery('科學技術').terms.map((t) => t.term)).toEqual(['科学', '学技', '技术']);
    expect(parseQuery('港').terms).toEqual([{ term: '港', prefix: true }]);
  });

  it('keeps the phrases for snippets: whole query, then Chinese, then words', () => {
    expect(parseQuery('Cyberport 數碼港').phrases).toEqual(['cyberport 数码港', '数码港', 'cyberport']);
  });

  it('finds nothing to search in whitespace and punctuation', () => {
    expect(parseQuery('   ').terms).toEqual([]);
    expect(parseQuery(' ,.;!? ').terms).toEqual([]);
  });

  it('bounds a long paste', () => {
    const long = parseQuery('香港特別行政區政府經濟貿易辦事處'.repeat(40).slice(0, 500));
    expect(long.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(parseQuery('word '.repeat(100)).terms).toHaveLength(1);
  });
});

describe('bigrams', () => {
  it('counts characters outside the Basic Multilingual Plane as one', () => {
    expect(bigrams('𠀀香港')).toEqual(['𠀀香', '香港']);
  });
});

describe('the Traditional → Simplified table', () => {
  it('has one pair of two different characters per entry, no chains and no contradictions', () => {
    const seen = new Map<string, string>();
    for (const pair of VARIANT_PAIRS) {
      const [from, to, ...rest] = Array.from(pair);
      expect(rest, pair).toEqual([]);
      expect(from, pair).not.toBe(to);
      if (seen.has(from!)) expect(seen.get(from!), pair).toBe(to);
      seen.set(from!, to!);
    }
    for (const to of TRADITIONAL_TO_SIMPLIFIED.values()) expect(TRADITIONAL_TO_SIMPLIFIED.has(to), to).toBe(false);
  });

  it('covers the characters of the names these offices use', () => {
    const names = ['香港科學園', '數碼港', '投資推廣署', '經濟貿易辦事處', '創新科技', '粵港澳大灣區', '華為', '國際金融中心', '電子網絡', '開發區', '協會'];
    for (const name of names) expect(Array.from(fold(name)).every((ch) => !TRADITIONAL_TO_SIMPLIFIED.has(ch)), name).toBe(true);
    expect(fold('投資推廣署')).toBe('投资推广署');
    expect(fold('粵港澳大灣區')).toBe('粤港澳大湾区');
  });
});
