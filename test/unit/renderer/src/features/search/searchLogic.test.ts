// The search palette's rules without a browser: group order, moving through every hit across groups, where a hit
// opens, and highlighting that only splits text (English and Chinese) and never changes it.
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../../../../../shared/contract';
import { flatHits, highlightParts, highlightTerms, hitHref, moveActive, orderGroups } from '../../../../../../renderer/src/features/search/searchLogic';
import { isSearchShortcut } from '../../../../../../renderer/src/features/search/searchOpen';

const hit = (kind: SearchHit['kind'], id: string, extra: Partial<SearchHit> = {}): SearchHit => ({ kind, id, title: id, snippet: '', ...extra });

describe('search results', () => {
  const results: SearchResults = {
    text: 'ai',
    tookMs: 3,
    groups: [
      { kind: 'followup', hits: [hit('followup', 'f1')] },
      { kind: 'trip', hits: [hit('trip', 't1'), hit('trip', 't2')] },
      { kind: 'note', hits: [] },
      { kind: 'organisation', hits: [hit('organisation', 'o1')] },
    ],
  };

  it('orders groups trips → events → notes → organisations → contacts → follow-ups and drops empty ones', () => {
    const groups = orderGroups(results);
    expect(groups.map((g) => g.kind)).toEqual(['trip', 'organisation', 'followup']);
    expect(groups.map((g) => g.offset)).toEqual([0, 2, 3]);
    expect(flatHits(groups).map((h) => h.id)).toEqual(['t1', 't2', 'o1', 'f1']);
    expect(orderGroups(undefined)).toEqual([]);
  });

  it('moves through all hits across groups and wraps round', () => {
    expect(moveActive(0, 1, 4)).toBe(1);
    expect(moveActive(3, 1, 4)).toBe(0);
    expect(moveActive(0, -1, 4)).toBe(3);
    expect(moveActive(-1, 1, 4)).toBe(0);
    expect(moveActive(-1, -1, 4)).toBe(3);
    expect(moveActive(2, 1, 0)).toBe(-1);
  });

  it('opens each kind where people expect it', () => {
    expect(hitHref(hit('trip', 't1'))).toBe('#/trips/t1');
    expect(hitHref(hit('event', 'e1', { tripId: 't1' }))).toBe('#/trips/t1/itinerary/e1');
    expect(hitHref(hit('note', 'n1', { tripId: 't1', eventId: 'e1' }))).toBe('#/trips/t1/itinerary/e1/notes');
    expect(hitHref(hit('organisation', 'o1'))).toBe('#/organisations/o1');
    expect(hitHref(hit('contact', 'c1'))).toBe('#/directory/contacts/c1');
    expect(hitHref(hit('followup', 'f1', { tripId: 't1' }))).toBe('#/followups/list?trip=t1');
  });
});

describe('highlighting', () => {
  const joined = (parts: { text: string }[]): string => parts.map((p) => p.text).join('');

  it('marks every word of the query, ignoring case, and gives back the text unchanged', () => {
    const text = 'Met the AI lab; ai talent and Science Park';
    const parts = highlightParts(text, 'ai science');
    expect(joined(parts)).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['AI', 'ai', 'Science']);
  });

  it('marks a Chinese phrase inside a sentence', () => {
    const text = '把握科學技術研究機遇';
    const parts = highlightParts(text, '科學技術');
    expect(parts).toEqual([
      { text: '把握', match: false },
      { text: '科學技術', match: true },
      { text: '研究機遇', match: false },
    ]);
  });

  it('falls back to two-character pieces when the snippet holds only part of a Chinese phrase', () => {
    expect(highlightTerms('科學技術', '科學園與技術')).toEqual(expect.arrayContaining(['科學', '技術']));
    expect(highlightParts('科學園與技術', '科學技術').filter((p) => p.match).map((p) => p.text)).toEqual(['科學', '技術']);
  });

  it('keeps markup in a snippet as plain text to be escaped by React', () => {
    const text = '<img src=x onerror=alert(1)> AI';
    const parts = highlightParts(text, 'ai');
    expect(joined(parts)).toBe(text);
    expect(parts.at(-1)).toEqual({ text: 'AI', match: true });
  });

  it('prefers the longest term where two start at the same place', () => {
    expect(highlightParts('science park', 'science park').filter((p) => p.match).map((p) => p.text)).toEqual(['science', 'park']);
    expect(highlightTerms('sci science', 'science')[0]).toBe('science');
  });

  it('returns the text whole when there is nothing to mark', () => {
    expect(highlightParts('Hangzhou', '')).toEqual([{ text: 'Hangzhou', match: false }]);
    expect(highlightParts('', 'ai')).toEqual([]);
  });
});

describe('the shortcut', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  it('is Ctrl+K or Cmd+K, and nothing else', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key('j', { ctrlKey: true }))).toBe(false);
  });
});
