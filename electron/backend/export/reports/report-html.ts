// The post-trip report laid out as HTML for the PDF printer.
import { esc, pageFrame } from './html';
import type { ReportContent, Table } from './report-content';

function table(t: Table, empty: string): string {
  if (t.rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  const cls = (i: number) => (t.numeric?.includes(i) ? ' class="num"' : t.nowrap?.includes(i) ? ' class="nowrap"' : '');
  return (
    `<table><thead><tr>${t.headers.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${t.rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${esc(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

export function reportHtml(c: ReportContent): string {
  const l = c.labels;
  const body =
    `<h1>${esc(c.title)}</h1><p class="subtitle"><strong>${esc(c.tripTitle)}</strong></p>` +
    `<dl class="meta">${c.summary.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` +
    `<h3>${esc(l.meetingsHeld)}</h3>${table(c.meetings, l.none)}` +
    `<h3>${esc(l.whoWasMet)}</h3>${table(c.whoWasMet, l.none)}` +
    `<h3>${esc(l.outcomes)}</h3>` +
    `<dl class="meta">${c.totals.map(([k, v]) => `<dt>${esc(k)}</dt><dd><strong>${esc(v)}</strong></dd>`).join('')}</dl>` +
    table(c.outcomes, l.noOutcomes) +
    `<h3>${esc(l.followUps)}</h3>${table(c.followUps, l.noFollowUps)}`;
  return pageFrame(c.language, `${c.title} — ${c.tripTitle}`, `<div class="report">${body}</div>`);
}
