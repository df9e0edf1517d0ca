// axe (WCAG 2.x A and AA rules) over every screen of the tour, in the light and the dark theme: no critical or serious
// violation anywhere, react-big-calendar's views included. One server and one page walk the whole tour.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, openWithSample, screens, themeSelect } from './screen-tour';

const themes = ['light', 'dark'] as const;
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on what is shown and lists every critical or serious violation as "screen/theme rule (impact): targets".
 * The dark theme changes colours only, so there axe runs its colour rules; the light pass runs every WCAG A/AA rule.
 */
async function violations(page: Page, where: string, theme: (typeof themes)[number]): Promise<string[]> {
  // resultTypes: only violations are reported in full, which keeps axe quick on the calendar's large DOM. (options()
  // replaces the run options, so it comes before withTags/withRules, which add to them.)
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (theme === 'light') builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  else builder.withRules(colourRules);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${where} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 6).join(' | ')}${v.nodes.length > 6 ? ` …and ${v.nodes.length - 6} more` : ''}`);
}

test('axe finds no critical or serious violation on any screen, light or dark', async ({ page, planner }) => {
  // Generous: axe over every screen, twice, took over ten minutes on a machine with every core busy.
  test.setTimeout(900_000);
  const sample = await openWithSample(page, planner);
  const found: string[] = [];
  for (const screen of screens) {
    await screen.open(page, sample);
    for (const theme of themes) {
      await choose(page, themeSelect, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      found.push(...(await violations(page, `${screen.name}/${theme}`, theme)));
    }
    await choose(page, themeSelect, 'light');
    await screen.close?.(page);
  }
  expect(found, `axe found ${found.length} critical or serious violations:\n${found.join('\n')}\n`).toEqual([]);
});
