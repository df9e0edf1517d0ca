// Plain text with the words that matched marked. The text is only ever split and put in text nodes (React escapes
// it), never read as HTML, so a note that contains "<script>" shows those characters and nothing else.
import { highlightParts } from './searchLogic';

export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
