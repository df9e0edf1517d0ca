// The PDF building blocks: escaping that cannot be forgotten, a page frame that can load nothing, the CJK font
// stack, and the running header/footer as page-margin boxes with the page counters.
import { describe, expect, it } from 'vitest';
import { FONT_STACK, cssString, escapeHtml, html, multiline, pageDocument, pdfFileName, printCss, runningHeadCss, trustedHtml, withRunningHead } from '../../../../../../electron/backend/export/pdf';

const nasty = `<script>alert(1)</script> & "quotes" 'single'`;

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const out = html`<p title="${nasty}">${nasty}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;');
    expect(out.match(/"/g)).toHaveLength(2);
  });

  it('keeps Html pieces and arrays of them as markup, and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
    expect(html`${trustedHtml('<b>ok</b>')}`.value).toBe('<b>ok</b>');
  });

  it('escapeHtml and multiline keep line breaks only as <br>', () => {
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
    expect(multiline('one <i>\r\ntwo').value).toBe('one &lt;i&gt;<br>two');
  });
});

describe('pageDocument', () => {
  it('is a complete document in its language, with a CSP that allows no script and no network', () => {
    const doc = pageDocument({ lang: 'zh-Hant', title: nasty, body: html`<p>北京大學</p>` });
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('<html lang="zh-Hant">');
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('<p>北京大學</p>');
  });

  it('draws nothing on screen, so the printing window lays the document out only once, for paper', () => {
    const doc = pageDocument({ lang: 'en', title: 'T', body: html`<p>x</p>`, css: 'body { color: red; }' });
    // Last in the styles, so no document's own rule shows the body on screen again; the PDF tests read the print back.
    expect(doc).toMatch(/body \{ color: red; \}@media screen \{ body \{ display: none; \} \}<\/style>/);
  });

  it('uses a font stack that covers Chinese on Linux, Windows and macOS', () => {
    expect(FONT_STACK).toBe('"Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", "PingFang TC", sans-serif');
    expect(printCss).toContain(FONT_STACK);
    expect(printCss).toMatch(/break-inside: avoid/);
  });
});

describe('running header and footer', () => {
  const running = { title: nasty, documentName: 'Itinerary', pageOf: 'Page {page} of {pages}' };

  it('puts the title in the header as a CSS string that no markup, quote or line break can end', () => {
    const css = runningHeadCss(running);
    expect(css).not.toMatch(/[<>]/);
    expect(css).toContain('@top-right { content: "Itinerary";');
    expect(css).toMatch(/font-size: 8pt/);
    expect(cssString('a "b" \\ </style>\nc')).toBe('"a \\22 b\\22  \\5c  \\3c /style\\3e \\a c"');
  });

  it('puts the page counters in the footer, in the document’s words', () => {
    expect(runningHeadCss(running)).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(runningHeadCss({ ...running, pageOf: '第 {page} 頁，共 {pages} 頁' })).toContain('content: "第 " counter(page) " 頁，共 " counter(pages) " 頁";');
    expect(runningHeadCss({ ...running, pageOf: '{page}' })).toContain('content: counter(page);');
  });

  it('adds the running head at the end of the document’s head, and refuses a document without one', () => {
    const doc = pageDocument({ lang: 'en', title: 'T', body: html`<p>x</p>` });
    const printed = withRunningHead(doc, running);
    expect(printed.indexOf('@top-left')).toBeGreaterThan(printed.indexOf(printCss.slice(0, 40)));
    expect(printed.indexOf('@top-left')).toBeLessThan(printed.indexOf('</head>'));
    expect(() => withRunningHead('<p>no head</p>', running)).toThrow(/without a <head>/);
  });
});

describe('pdfFileName', () => {
  it('keeps Chinese, replaces characters file systems refuse, and stays short', () => {
    expect(pdfFileName('Itinerary', 'Beijing: "AI" <week>/2025')).toBe('Itinerary – Beijing AI week 2025.pdf');
    expect(pdfFileName('行程表', '北京大學訪問')).toBe('行程表 – 北京大學訪問.pdf');
    expect(pdfFileName('Itinerary', 'x'.repeat(300)).length).toBeLessThan(100);
    expect(pdfFileName('Itinerary', '???')).toBe('Itinerary.pdf');
  });
});
