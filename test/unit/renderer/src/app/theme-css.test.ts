// The light and dark themes are two sets of the same custom properties in app/theme.css, and every other stylesheet
// takes its colours from them: a literal colour anywhere else would stay light in the dark theme (or the reverse).
// The text/fill pairs the app draws keep WCAG AA contrast in both themes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../../../renderer/src');
const themePath = path.join(root, 'app/theme.css');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

const stripComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');
// Hex, functional and named colours; `transparent`, `currentColor` and `inherit` are not a theme's business.
const literalColour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|(?<![-\w])(?:white|black|red|green|blue|gray|grey|silver|orange|yellow|purple|navy|maroon)(?![-\w])/gi;

function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`theme.css has no ${selector} block`);
  return css.slice(start, css.indexOf('\n}', start));
}

function variables(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

const theme = stripComments(readFileSync(themePath, 'utf8'));
const light = variables(block(theme, ':root'));
const dark = variables(block(theme, ":root[data-theme='dark']"));
const notColours = new Set(['--font', '--radius', '--radius-lg']);

describe('theme.css', () => {
  it('gives every colour variable a value in the light theme and in the dark theme', () => {
    const lightColours = [...light.keys()].filter((name) => !notColours.has(name));
    expect(lightColours.length).toBeGreaterThan(50);
    expect(lightColours.filter((name) => !dark.has(name))).toEqual([]);
    expect([...dark.keys()].filter((name) => !light.has(name))).toEqual([]);
  });

  it('uses no literal colour outside its two sets of variables', () => {
    const rules = theme.replace(block(theme, ':root'), '').replace(block(theme, ":root[data-theme='dark']"), '');
    expect(rules.match(literalColour) ?? []).toEqual([]);
  });
});

describe('every other stylesheet', () => {
  const files = cssFiles(root).filter((file) => file !== themePath);

  it.each(files.map((file) => [path.relative(root, file), file]))('%s takes its colours from the theme', (_name, file) => {
    const css = stripComments(readFileSync(file, 'utf8'));
    const found = css.split('\n').filter((line) => new RegExp(literalColour.source, 'i').test(line));
    expect(found).toEqual([]);
  });

  it('refers only to variables the theme (or the stylesheet itself) defines', () => {
    const all = files.map((file) => stripComments(readFileSync(file, 'utf8'))).join('\n');
    const local = new Set([...all.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const used = new Set([...all.matchAll(/var\((--[\w-]+)\s*([,)])/g)].filter((m) => m[2] === ')').map((m) => m[1] as string));
    expect([...used].filter((name) => !light.has(name) && !local.has(name))).toEqual([]);
  });
});

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const kinds = ['meeting', 'seminar', 'signing', 'site-visit', 'travel', 'hotel', 'meal', 'press', 'internal'];
// [text, fill] as the stylesheets pair them.
const pairs: [string, string][] = [
  ['--text', '--bg'], ['--text', '--surface'], ['--text', '--surface-muted'], ['--text', '--row-hover'],
  ['--text-muted', '--bg'], ['--text-muted', '--surface'], ['--text-muted', '--surface-muted'], ['--text-muted', '--info-soft'],
  ['--primary', '--surface'], ['--primary', '--primary-soft'], ['--on-primary', '--primary'], ['--on-primary', '--primary-hover'],
  ['--danger', '--surface'], ['--on-danger', '--danger'], ['--danger-text', '--danger-soft'],
  ['--warning-text', '--warning-soft'], ['--on-warning', '--warning-border'], ['--info-text', '--info-soft'],
  ['--success-text', '--success-soft'], ['--success-text', '--surface'], ['--accent-text', '--accent-soft'], ['--neutral-text', '--neutral-soft'],
  ['--primary-text', '--primary-soft'], ['--priority-text', '--priority-soft'], ['--text', '--neutral-strong'], ['--text', '--mark-bg'], ['--text-muted', '--mark-bg'],
  ['--on-header', '--header-bg'], ['--on-header-soft', '--header-bg'], ['--on-header-muted', '--header-bg'], ['--header-bg', '--brand-mark-bg'],
  ['--on-toast', '--toast-bg'], ['--kind-label', '--surface'], ['--text', '--today-bg'], ['--text', '--trip-day-bg'],
  ...kinds.map((kind): [string, string] => [`--kind-${kind}-text`, `--kind-${kind}-bg`]),
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, vars) => {
  it.each(pairs)('%s on %s reaches AA contrast (4.5:1)', (text, fill) => {
    const [fg, bg] = [vars.get(text), vars.get(fill)];
    expect(fg, text).toMatch(/^#[0-9a-f]{6}$/i);
    expect(bg, fill).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrast(fg as string, bg as string)).toBeGreaterThanOrEqual(4.5);
  });
});
