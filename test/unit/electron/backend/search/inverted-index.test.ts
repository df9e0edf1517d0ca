// The compact index on its own: AND over terms, prefixes, ranking, the best-few per group, hiding a trip, replacing and
// removing documents, and clean-up after many removals.
import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../../../../electron/backend/search/inverted-index';
import { indexTerms } from '../../../../../electron/backend/search/text';

const exact = (term: string) => ({ term, prefix: false });
const prefix = (term: string) => ({ term, prefix: true });

function add(index: InvertedIndex, key: string, text: string, { group = 0, trip, title = '' }: { group?: number; trip?: string; title?: string } = {}) {
  index.add(key, group, trip, [
    { terms: indexTerms(title), weight: 3 },
    { terms: indexTerms(text), weight: 1 },
  ]);
}

const keys = (index: InvertedIndex, terms: { term: string; prefix: boolean }[], keep = 10) =>
  [...index.search(terms, keep)].flatMap(([group, m]) => m.best.map((b) => `${group}:${b.key}`));

describe('InvertedIndex', () => {
  it('needs every term, and matches a prefix against longer words', () => {
    const index = new InvertedIndex();
    add(index, 'a', 'Hangzhou AI town visit');
    add(index, 'b', 'Hangzhou bureau meeting');
    add(index, 'c', 'Shanghai AI lab');
    index.settle();
    expect(keys(index, [exact('hangzhou'), exact('ai')])).toEqual(['0:a']);
    expect(keys(index, [prefix('hang')]).sort()).toEqual(['0:a', '0:b']);
    expect(keys(index, [exact('hang')])).toEqual([]);
    expect(keys(index, [exact('ai'), exact('nowhere')])).toEqual([]);
  });

  it('ranks a title match and a rarer word higher, and keeps the best few of each group with the total', () => {
    const index = new InvertedIndex();
    add(index, 'body', 'notes about the incubation programme');
    add(index, 'title', 'other text', { title: 'Incubation programme' });
    for (let i = 0; i < 20; i++) add(index, `org${i}`, 'incubation partner', { group: 3 });
    const result = index.search([exact('incubation')], 3);
    expect(result.get(0)!.best.map((b) => b.key)).toEqual(['title', 'body']);
    expect(result.get(3)!.best).toHaveLength(3);
    expect(result.get(3)!.total).toBe(20);
  });

  it('hides the documents of a hidden trip, and shows them again', () => {
    const index = new InvertedIndex();
    add(index, 'e1', 'Cyberport visit', { trip: 't1' });
    add(index, 'e2', 'Cyberport lunch', { trip: 't2' });
    index.setTripHidden('t1', true);
    expect(keys(index, [exact('cyberport')])).toEqual(['0:e2']);
    index.setTripHidden('t1', false);
    expect(keys(index, [exact('cyberport')]).sort()).toEqual(['0:e1', '0:e2']);
  });

  it('replaces a document added again under its key, and forgets a removed one', () => {
    const index = new InvertedIndex();
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
    const index = new InvertedIndex();
    add(index, 'a', 'alpha');
    index.settle();
    for (let i = 0; i < 300; i++) add(index, `w${i}`, `word${i} zeta${i}`);
    expect(keys(index, [prefix('zeta29')], 50).length).toBe(11); // zeta29, zeta290–299
  });

  it('stays correct after clearing out many removed documents', () => {
    const index = new InvertedIndex();
    for (let i = 0; i < 25_000; i++) add(index, `d${i}`, i % 2 ? 'odd common' : 'even common');
    for (let i = 0; i < 24_000; i++) index.remove(`d${i}`);
    const result = index.search([exact('common')], 5);
    expect(result.get(0)!.total).toBe(1000);
    expect(index.search([exact('odd')], 1000).get(0)!.best.every((b) => Number(b.key.slice(1)) % 2 === 1)).toBe(true);
  });
});
