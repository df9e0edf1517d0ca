// Writes the 简体中文 UI strings (renderer/src/i18n/zh-Hans.ts and features/*.zh-Hans.ts) from the 繁體中文 ones, so
// the Simplified UI never lags behind: change a zh-Hant file (or the overrides below), then run
//   npx tsx scripts/gen-zh-hans.ts
// and commit what it writes. A unit test (test/unit/scripts/gen-zh-hans.test.ts) fails if the checked-in files differ
// from what this script would write. See docs/decisions/017-simplified-chinese.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import ts from 'typescript';
import { mainlandWords } from '../shared/domain/mainland-words';

export { mainlandWords };

/**
 * Strings whose mainland wording depends on where they stand, not on their words, by key (as t() spells it). The
 * script fails if a key here no longer exists, so an entry cannot outlive its string.
 */
export const mainlandStrings: Readonly<Record<string, string>> = {
  'desktop.menu.help': '帮助(&H)',
  'desktop.menu.helpContents': '代表团行程规划帮助',
  'desktop.menu.quit': '退出',
  'desktop.shortcuts.help': '帮助',
  'desktop.help.title': '代表团行程规划帮助',
  'directory.record.details': '详细信息',
};

/** The Hong Kong → mainland converter with the word list applied to its output. */
export function makeConverter(words: readonly (readonly [string, string])[] = mainlandWords): (text: string) => string {
  // The preset tables exist in every opencc-js build; the types only say they are looked up by name.
  return OpenCC.ConverterFactory(OpenCC.Locale.from.hk!, OpenCC.Locale.to.cn!, [[words]]);
}

const i18nDir = 'renderer/src/i18n';

/** Every zh-Hant strings file, relative to the project root, with the zh-Hans file it becomes. */
export function sourceFiles(root: string): { from: string; to: string }[] {
  const features = readdirSync(path.join(root, i18nDir, 'features'))
    .filter((name) => name.endsWith('.zh-Hant.ts'))
    .sort()
    .map((name) => `${i18nDir}/features/${name}`);
  return [`${i18nDir}/zh-Hant.ts`, ...features].map((from) => ({ from, to: from.replace(/zh-Hant\.ts$/, 'zh-Hans.ts') }));
}

/**
 * One zh-Hant file as its zh-Hans twin: every string value converted, the `…ZhHant` names and `.zh-Hant` imports
 * renamed; property names (keys such as 'zh-Hant' in a language list) and everything that is not a string stay as
 * they are. Edits are made in place on the source text, so the layout stays the same as the file it came from.
 */
export function convertFile(
  source: string,
  fileName: string,
  convert: (text: string) => string,
  strings: Readonly<Record<string, string>> = {},
  used: Set<string> = new Set(),
): string {
  const feature = /([^/]+)\.zh-Hant\.ts$/.exec(fileName)?.[1];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const replace = (start: number, end: number, text: string) => {
    if (source.slice(start, end) !== text) edits.push({ start, end, text });
  };
  const isKey = (node: ts.Node) => (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node;
  // The t() key of a string value: the property names around it, under the feature's name in a feature file.
  const keyOf = (node: ts.Node): string | undefined => {
    const names: string[] = [];
    for (let at: ts.Node = node; at.parent; at = at.parent) {
      if (ts.isPropertyAssignment(at.parent) && at.parent.initializer === at) names.unshift(at.parent.name.getText().replace(/^'|'$/g, ''));
      if (ts.isVariableDeclaration(at.parent)) return (feature ? [feature, ...names] : names).join('.');
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))) {
      replace(node.getStart(), node.getEnd(), node.getText().replace(/\.zh-Hant(['"])$/, '.zh-Hans$1'));
    } else if (ts.isIdentifier(node) && !isKey(node)) {
      replace(node.getStart(), node.getEnd(), node.text.replace(/([zZ])hHant$/, '$1hHans'));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && !isKey(node)) {
      const start = node.getStart();
      const end = node.getEnd();
      const key = keyOf(node);
      if (key !== undefined && key in strings) {
        used.add(key);
        replace(start, end, `'${strings[key]}'`);
      } else {
        // Converting the raw text keeps quotes and escapes as written: OpenCC changes only Chinese characters.
        replace(start, end, convert(source.slice(start, end)));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // The opening comment says what the file is; the zh-Hans one says where it comes from instead.
  const base = path.basename(fileName);
  const header = `// 简体中文: generated from ${base} by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change ${base} or the script and run it again.`;
  return out.replace(/^\/\/[^\n]*\n/, `${header}\n`);
}

/** What the script would write: the zh-Hans file for every zh-Hant file. */
export function generate(root: string): { path: string; text: string }[] {
  const convert = makeConverter();
  const used = new Set<string>();
  const files = sourceFiles(root).map(({ from, to }) => ({
    path: to,
    text: convertFile(readFileSync(path.join(root, from), 'utf8'), from, convert, mainlandStrings, used),
  }));
  const stale = Object.keys(mainlandStrings).filter((key) => !used.has(key));
  if (stale.length) throw new Error(`mainlandStrings names keys no zh-Hant file has: ${stale.join(', ')}`);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of generate(root)) writeFileSync(path.join(root, file.path), file.text);
  console.log(`Wrote ${sourceFiles(root).length} zh-Hans files.`);
}
