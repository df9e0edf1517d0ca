// Markdown → safe HTML on screen. The rendering itself (safe by construction) is shared with the PDF exports in
// shared/domain/markdown.ts; here, where a DOM exists, DOMPurify cleans the result again as defence in depth.
import DOMPurify from 'dompurify';
import { isSafeHref, markdownTags, renderMarkdown as renderMarkdownHtml, safeHrefPattern } from '../../../shared/domain/markdown';

export { isSafeHref };

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null | undefined;

/** One DOMPurify of our own (its hooks are per instance), or null where there is no DOM (Node: tests). */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier;
  if (typeof window === 'undefined') return (purifier = null);
  const instance = DOMPurify(window);
  if (!instance.isSupported) return (purifier = null);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!isSafeHref(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return (purifier = instance);
}

/** The HTML for a piece of markdown; safe to put into the page as it is. */
export function renderMarkdown(text: string): string {
  const html = renderMarkdownHtml(text);
  const clean = getPurifier();
  if (!clean) return html;
  return clean.sanitize(html, {
    ALLOWED_TAGS: markdownTags,
    ALLOWED_ATTR: ['href', 'target', 'rel', 'title', 'class', 'start'],
    ALLOWED_URI_REGEXP: safeHrefPattern,
    ADD_ATTR: ['target'],
  });
}
