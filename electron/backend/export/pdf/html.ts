// Escaping for every PDF's HTML. `html` is a tagged template that escapes each value it is given unless the value is
// already Html (built by `html` itself, or `trustedHtml` for the sanitised markdown), so user text cannot become markup.

/** A piece of markup that is safe to insert as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text, safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Markup from a source that already made it safe (renderMarkdown's output, our own templates). */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function piece(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/** html`<p>${userText}</p>`: interpolated strings are escaped, Html and arrays of Html go in as they are. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += piece(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Plain text with its line breaks kept (descriptions typed in a text area). */
export function multiline(text: string): Html {
  return new Html(
    text
      .trim()
      .split(/\r?\n/)
      .map((line) => escapeHtml(line))
      .join('<br>'),
  );
}
