// react-big-calendar marks its layout divs with table roles (table, rowgroup, row, cell, columnheader) that do not
// nest as ARIA requires — a row of event rows, cells outside any row — and labels its month grid "Month View" in
// English. Screen readers then announce a broken table and axe reports critical errors. Everything a person needs is
// already reachable without them: the toolbar's heading names the period, day headings and events are buttons with
// full labels. So the calendar's divs and spans lose those roles (and the label and sort state that only a table's
// parts may carry) as rbc renders them. The agenda is a real <table> of its own elements and is left alone.
import { useEffect, type RefObject } from 'react';

const layoutRoles = new Set(['table', 'rowgroup', 'row', 'cell', 'columnheader', 'gridcell']);

function stripLayoutRoles(root: Element): void {
  for (const element of root.querySelectorAll('div[role], span[role]')) {
    if (!layoutRoles.has(element.getAttribute('role') ?? '')) continue;
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-sort');
  }
}

/** Keeps rbc's table roles off the calendar inside `container`, including parts it renders later (views, dates). */
export function useCalendarRoles(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    stripLayoutRoles(root);
    const observer = new MutationObserver(() => stripLayoutRoles(root));
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
    return () => observer.disconnect();
  }, [container]);
}
