// Pictures for people to look at, not compared: every screen of the tour at 1024×700 and 1280×800, in every language
// the app offers (read from its own language switch, so a new language is photographed without touching this file),
// light and dark, saved as test-results/screens/<lang>-<theme>-<w>x<h>-<screen>.png (CI keeps test-results/ as an
// artefact). One server and one page: each screen is opened once and language, theme and size change in place.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, projectRoot, test } from './fixtures';
import { choose, languageSelect, openWithSample, screens, themeSelect } from './screen-tour';

const outDir = path.join(projectRoot, 'test-results/screens');
const sizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
];
const themes = ['light', 'dark'] as const;

test('a screenshot of every screen in every language, light and dark, at both laptop sizes', async ({ page, planner }) => {
  // Generous: the whole matrix took under six minutes on a machine with every core busy (load ~30 on 2 cores).
  test.setTimeout(900_000);
  await mkdir(outDir, { recursive: true });
  const sample = await openWithSample(page, planner);
  const languages = await page.locator(`${languageSelect} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(languages).toEqual(expect.arrayContaining(['en', 'zh-Hant']));

  let saved = 0;
  for (const screen of screens) {
    await screen.open(page, sample);
    for (const language of languages) {
      await choose(page, languageSelect, language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const theme of themes) {
        await choose(page, themeSelect, theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        for (const size of sizes) {
          await page.setViewportSize(size);
          const file = path.join(outDir, `${language}-${theme}-${size.width}x${size.height}-${screen.name}.png`);
          await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
          saved++;
        }
      }
    }
    // Back to how the tour opens screens (English names), for the next one.
    await choose(page, languageSelect, 'en');
    await choose(page, themeSelect, 'light');
    await screen.close?.(page);
  }
  expect(saved).toBe(screens.length * languages.length * themes.length * sizes.length);
});
