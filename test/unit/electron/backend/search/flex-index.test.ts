// The FlexSearch-backed index on its own: AND over terms (FlexSearch's intersection), prefixes standing for one or many
// words, single CJK characters, title matches first, the best few per group, hiding a trip, replacing and removing.
import { describe, expect, it } from 'vitest';
import { FlexIndex } from '../../../../../electron/backend/search/flex-index';

const exact = (term: string) => ({ term, prefix: false });
const prefix = (term: string) => ({ term, prefix: true });

function add(index: FlexIndex, key: string, text: string, { group = 0, trip, title = '' }: { group?: number; trip?: string; title?: string } = {}) {
  index.add(key, group, trip, title, [text]);
}

const keys = (index: FlexIndex, terms: { term: string; prefix: boolean }[], keep = 10) =>
  [...index.search(terms, keep)].flatMap(([group, m]) => m.best.map((key) => `${group}:${key}`));

describe('FlexIndex', () => {
  it('needs every term (AND), and matches a prefix against longer words', () => {
    const index = new FlexIndex(1);
    add(index, 'a', 'Hangzhou AI town visit');
    add(index, 'b', 'Hangzhou bureau meeting');
    add(index, 'c', 'Shanghai AI lab');
    index.settle();
    expect(keys(index, [exact('hangzhou'), exact('ai')])).toEqual(['0:a']);
    expect(keys(index, [exact('ai'), exact('hangzhou')])).toEqual(['0:a']);
    expect(keys(index, [prefix('hang')]).sort()).toEqual(['0:a', '0:b']);
    expect(keys(index, [exact('hang')])).toEqual([]);
    expect(keys(index, [exact('ai'), exact('nowhere')])).toEqual([]);
    expect(keys(index, [exact('ai'), prefix('nowh')])).toEqual([]);
  });

  it('ANDs whole words with a prefix that stands for several words', () => {
    const index = new FlexIndex(1);
    add(index, 'cloud', 'Alibaba Cloud dinner');
    add(index, 'clock', 'Alibaba clock tower');
    add(index, 'other', 'Alibaba headquarters');
    add(index, 'tencent', 'Tencent cloud');
    index.settle();
    expect(keys(index, [exact('alibaba'), prefix('cl')]).sort()).toEqual(['0:clock', '0:cloud']);
    expect(keys(index, [prefix('cl')]).sort()).toEqual(['0:clock', '0:cloud', '0:tencent']);
    // The word itself comes before longer ones.
    add(index, 'cl', 'CL as a word');
    expect(keys(index, [prefix('cl')])[0]).toBe('0:cl');
  });

  it('fills the asked number from long lists when a prefix stands for several words', () => {
    const index = new FlexIndex(1);
    for (let i = 0; i < 300; i++) add(index, `d${i}`, `common ${i % 2 ? 'investment' : 'innovation'} ${i}`);
    index.settle();
    expect(keys(index, [exact('common'), prefix('in')], 40)).toHaveLength(40);
    expect(keys(index, [prefix('in')], 40)).toHaveLength(40);
    expect(index.search([exact('common'), prefix('in')], 1000).get(0)!.best).toHaveLength(300);
  });

  it('finds a single CJK character anywhere in a run, and a pair only where it stands', () => {
    const index = new FlexIndex(1);
    add(index, 'zh', '杭州市科學技術局');
    add(index, 'other', '香港');
    expect(keys(index, [prefix('杭')])).toEqual(['0:zh']);
    expect(keys(index, [prefix('技')])).toEqual(['0:zh']);
    expect(keys(index, [prefix('局')])).toEqual(['0:zh']);
    expect(keys(index, [exact('科学'), exact('技术')])).toEqual(['0:zh']);
    expect(keys(index, [exact('州科'), exact('香港')])).toEqual([]);
  });

  it('ranks title matches first, and keeps the best few of each group', () => {
    const index = new FlexIndex(4);
    add(index, 'body', 'notes about the incubation programme');
    add(index, 'title', 'other text', { title: 'Incubation programme' });
    for (let i = 0; i < 20; i++) add(index, `org${i}`, 'incubation partner', { group: 3 });
    const result = index.search([exact('incubation')], 3);
    expect(result.get(0)!.best).toEqual(['title', 'body']);
    expect(result.get(0)!.more).toBe(false);
    expect(result.get(3)!.best).toHaveLength(3);
    expect(result.get(3)!.more).toBe(true);
    expect(index.searchGroup(3, [exact('incubation')], 100).best).toHaveLength(20);
  });

  it('keeps the pieces of a record apart: a CJK run never joins two fields', () => {
    const index = new FlexIndex(1);
    index.add('r', 0, undefined, '香港', ['科技']);
    expect(keys(index, [exact('港科')])).toEqual([]);
    expect(keys(index, [exact('香港'), exact('科技')])).toEqual(['0:r']);
  });

  it('hides the documents of a hidden trip, and shows them again', () => {
    const index = new FlexIndex(1);
    add(index, 'e1', 'Cyberport visit', { trip: 't1' });
    add(index, 'e2', 'Cyberport lunch', { trip: 't2' });
    index.setTripHidden('t1', true);
    expect(keys(index, [exact('cyberport')])).toEqual(['0:e2']);
    index.setTripHidden('t1', false);
    expect(keys(index, [exact('cyberport')]).sort()).toEqual(['0:e1', '0:e2']);
  });

  it('still fills the asked number when the first matches belong to a hidden trip', () => {
    const index = new FlexIndex(1);
    for (let i = 0; i < 50; i++) add(index, `hidden${i}`, 'visa scheme', { trip: 'gone' });
    for (let i = 0; i < 5; i++) add(index, `shown${i}`, 'visa scheme', { trip: 'kept' });
    index.setTripHidden('gone', true);
    expect(keys(index, [exact('visa')], 3)).toEqual(['0:shown0', '0:shown1', '0:shown2']);
  });

  it('replaces a document added again under its key, and forgets a removed one', () => {
    const index = new FlexIndex(1);
    add(index, 'n1', 'first draft about visas');
    add(index, 'n1', 'second draft about talent');
    expect(keys(index, [exact('visas')])).toEqual([]);
    expect(keys(index, [exact('talent')])).toEqual(['0:n1']);
    expect(index.size).toBe(1);
    index.remove('n1');
    expect(keys(index, [exact('talent')])).toEqual([]);
    expect(index.has('n1')).toBe(false);
    expect(index.size).toBe(0);
  });

  it('finds words added after the vocabulary was sorted, by prefix too', () => {
    const index = new FlexIndex(1);
    add(index, 'a', 'alpha');
    index.settle();
    for (let i = 0; i < 300; i++) add(index, `w${i}`, `word${i} zeta${i}`);
    expect(keys(index, [prefix('zeta29')], 50).length).toBe(11); // zeta29, zeta290–299
  });
});

describe('FlexIndex input', () => {
  it('indexes a text that starts with a NUL character like any other', () => {
    const index = new FlexIndex(1);
    index.add('nul', 0, undefined, '\u0000Cyberport', ['\u0000visit']);
    expect(keys(index, [exact('cyberport'), exact('visit')])).toEqual(['0:nul']);
  });
});
