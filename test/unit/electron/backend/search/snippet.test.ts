// Snippets: ±40 characters of the original around what matched, plain text, cut between words where one is near.
import { describe, expect, it } from 'vitest';
import { SNIPPET_RADIUS, makeSnippet, plainText } from '../../../../../electron/backend/search/snippet';

const long = 'The minister opened the session with remarks on trade. ' + 'We then discussed the Hangzhou pilot zone for AI start-ups and their listing plans. ' + 'Next steps were agreed.';

describe('makeSnippet', () => {
  it('cuts around the match, with an ellipsis where the text goes on', () => {
    const snippet = makeSnippet([long], ['hangzhou']);
    expect(snippet).toContain('Hangzhou pilot zone');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(2 * SNIPPET_RADIUS + 'hangzhou'.length + 2);
  });

  it('shows the original script where the folded query matched', () => {
    const body = '會議紀錄：我們與香港科學技術園公司討論了人工智能孵化計劃，對方同意下月提交建議書。';
    expect(makeSnippet([body], ['科学技术'])).toContain('香港科學技術園公司');
  });

  it('prefers a word start to a piece of a longer word', () => {
    expect(makeSnippet(['We support the port authority'], ['port'])).toMatch(/the port authority/);
  });

  it('falls back to the start of the texts when the match was elsewhere (the title)', () => {
    expect(makeSnippet(['Fintech · Shenzhen'], ['acme'])).toBe('Fintech · Shenzhen');
    expect(makeSnippet([long], ['nothing']).endsWith('…')).toBe(true);
  });

  it('gives an empty snippet for a record with no other text', () => {
    expect(makeSnippet(['', ''], ['x'])).toBe('');
  });
});

describe('plainText', () => {
  it('reads markdown as the words without the marks', () => {
    const md = '## Objectives\n- **Land** the [HKSTP](https://example.org) deal\n> quoted `code`\n<script>alert(1)</script>';
    expect(plainText(md).replace(/\s+/g, ' ').trim()).toBe('Objectives Land the HKSTP deal quoted code alert(1)');
  });
});
