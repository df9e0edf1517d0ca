// Shows markdown written by people (notes, briefings) as formatted text, through the one safe renderer.
import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import './markdown.css';

export function Markdown({ text, className, id }: { text: string; className?: string; id?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  // renderMarkdown escapes raw HTML and DOMPurify has cleaned the result: this is the one sanctioned innerHTML.
  return <div id={id} className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
