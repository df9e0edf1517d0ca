// The post-trip report as a Markdown file: headings, a summary list and pipe tables that any Markdown reader shows.
import type { ReportContent, Table } from './report-content';

/** Text safe inside a Markdown table cell or paragraph: markup characters escaped, line breaks folded. */
export function mdText(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([-=+#])/, '$1\\$2')
    .replace(/^(\d+)\./, '$1\\.');
}

function table(t: Table, empty: string): string {
  if (t.rows.length === 0) return `_${mdText(empty)}_\n`;
  const align = t.headers.map((_, i) => (t.numeric?.includes(i) ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.map((c) => mdText(c) || ' ').join(' | ')} |`;
  return [line(t.headers), `| ${align.join(' | ')} |`, ...t.rows.map(line)].join('\n') + '\n';
}

export function reportMarkdown(c: ReportContent): string {
  const l = c.labels;
  return [
    `# ${mdText(c.title)}: ${mdText(c.tripTitle)}`,
    '',
    ...c.summary.map(([k, v]) => `- **${mdText(k)}:** ${mdText(v)}`),
    '',
    `## ${mdText(l.meetingsHeld)}`,
    '',
    table(c.meetings, l.none),
    `## ${mdText(l.whoWasMet)}`,
    '',
    table(c.whoWasMet, l.none),
    `## ${mdText(l.outcomes)}`,
    '',
    ...c.totals.map(([k, v]) => `- **${mdText(k)}:** ${mdText(v)}`),
    '',
    table(c.outcomes, l.noOutcomes),
    `## ${mdText(l.followUps)}`,
    '',
    table(c.followUps, l.noFollowUps),
  ].join('\n');
}
