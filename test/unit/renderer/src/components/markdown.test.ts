// Notes are typed by people and may be pasted from anywhere: rendering them must never run code, load remote
// content or link anywhere but the web and e-mail, while ordinary markdown (headings, lists, tables) still works.
import { describe, expect, it } from 'vitest';
import { isSafeHref, renderMarkdown } from '../../../../../renderer/src/components/markdown';

describe('renderMarkdown', () => {
  it('escapes raw HTML, so a <script> or an onerror handler is only text', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    // The words may remain as visible text, but never as an attribute of a tag.
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, data: and vbscript: links, keeping their text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', 'file:///etc/passwd']) {
      const html = renderMarkdown(`[click me](${href}) and <${href}>`);
      expect(html, href).not.toMatch(/<a /);
      expect(html, href).toContain('click me');
    }
  });

  it('opens http(s) and mailto links outside the app, without referrer or opener', () => {
    const html = renderMarkdown('[site](https://www.investhk.gov.hk) <mailto:a@b.hk> https://www.hkstp.org');
    expect(html).toContain('<a href="https://www.investhk.gov.hk" target="_blank" rel="noopener noreferrer">site</a>');
    expect(html).toContain('href="mailto:a@b.hk"');
    expect(html).toContain('href="https://www.hkstp.org"');
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(3);
  });

  it('never loads an image: remote ones become “[image: alt]”, data: ones stay as text', () => {
    const remote = renderMarkdown('![Site plan](https://tracker.example/pixel.png "t")');
    expect(remote).not.toMatch(/<img/i);
    expect(remote).not.toContain('tracker.example');
    expect(remote).toContain('[image: Site plan]');
    const data = renderMarkdown('![dot](data:image/png;base64,iVBORw0KGgo=)');
    expect(data).not.toMatch(/<img/i);
    expect(data).not.toMatch(/src=/i);
  });

  it('escapes the alt text of an image', () => {
    expect(renderMarkdown('![<b>x</b>](https://a.example/i.png)')).toContain('[image: &lt;b&gt;x&lt;/b&gt;]');
  });

  it('renders headings, lists, emphasis, tables and line breaks', () => {
    const html = renderMarkdown('## Objectives\n\n- one\n- **two**\n\n1. first\n2. second\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n\nline one\nline two');
    expect(html).toContain('<h2>Objectives</h2>');
    expect(html).toContain('<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<table>');
    expect(html).toContain('<th class="md-align-left">A</th>');
    expect(html).toContain('<td class="md-align-right">2</td>');
    expect(html).not.toContain('style=');
    expect(html).toContain('line one<br>\nline two');
  });

  it('keeps Chinese text as it is', () => {
    expect(renderMarkdown('### 會議目標\n\n- 推廣香港創科')).toContain('<h3>會議目標</h3>');
  });
});

describe('isSafeHref', () => {
  it('accepts only web and e-mail addresses', () => {
    expect(isSafeHref('https://a.hk')).toBe(true);
    expect(isSafeHref('HTTP://a.hk')).toBe(true);
    expect(isSafeHref('mailto:x@y.hk')).toBe(true);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
    expect(isSafeHref('ftp://a.hk')).toBe(false);
  });
});
