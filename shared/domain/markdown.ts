// Markdown → safe HTML for notes and briefings, on screen and in PDF exports. Safe by construction: raw HTML is
// escaped, links only to http(s)/mailto (opened outside the app), and no remote content ever loads (images become
// the text "[image: alt]"). It lives in shared/ so the backend's exports render notes exactly as the screen does;
// the renderer adds DOMPurify on top (renderer/src/components/markdown.ts) where a DOM exists.
import MarkdownIt, { type Token } from 'markdown-it';

const safeHref = /^(?:https?:|mailto:)/i;

/** The only link targets a note may carry, as a pattern (DOMPurify takes it as ALLOWED_URI_REGEXP). */
export const safeHrefPattern = safeHref;

/** True for the only link targets a note may carry: web pages and e-mail addresses. */
export function isSafeHref(href: string): boolean {
  return safeHref.test(href.trim());
}

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// markdown-it asks this of every link, autolink and image source; anything else stays as the literal text typed.
md.validateLink = isSafeHref;

const escape = md.utils.escapeHtml;

// An image would be fetched from wherever it points (a tracking pixel, an internal host); show its description only.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token: Token = tokens[idx]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
  return `<span class="md-image">${escape(`[image: ${alt}]`)}</span>`;
};

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token: Token = tokens[idx]!;
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

// Table alignment arrives as inline style; a class keeps `style` out of the allowed attributes entirely.
for (const rule of ['th_open', 'td_open'] as const) {
  md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    const token: Token = tokens[idx]!;
    const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
    token.attrs = align ? [['class', `md-align-${align}`]] : null;
    return self.renderToken(tokens, idx, options);
  };
}

/** The tags renderMarkdown can produce; the renderer's DOMPurify pass allows exactly these. */
export const markdownTags = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** The HTML for a piece of markdown; safe to put into a page or a PDF as it is. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
