// The 简体 UI strings are generated from the 繁體 ones and checked in: they must be exactly what the script writes
// now, so a change to a zh-Hant file (or to the word list) that was not followed by a run of the script fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertFile, generate, makeConverter, sourceFiles } from '../../../scripts/gen-zh-hans';

describe('scripts/gen-zh-hans.ts', () => {
  it('writes exactly the checked-in zh-Hans files, one for every zh-Hant file', () => {
    const files = generate('.');
    expect(files.map((f) => f.path)).toEqual(sourceFiles('.').map((f) => f.to));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(file.path, 'utf8'), `${file.path} differs: run npx tsx scripts/gen-zh-hans.ts`).toBe(file.text);
  });

  it('converts string values only: keys, placeholders and code stay, names and imports are renamed', () => {
    const source = [
      '// 繁體中文 strings of the demo feature.',
      "import { otherZhHant } from './other.zh-Hant';",
      'export const demoZhHant = {',
      "  nameZhHant: '繁體中文名稱',",
      "  languages: { en: 'English', 'zh-Hant': '繁體中文' },",
      "  saved: '已儲存「{{name}}」的檔案。',",
      "  template: `匯出 ${'{'}count{'}'} 個資料夾`,",
      '  other: otherZhHant,',
      '};',
      '',
    ].join('\n');
    const out = convertFile(source, 'renderer/src/i18n/features/demo.zh-Hant.ts', makeConverter());
    expect(out).toContain("import { otherZhHans } from './other.zh-Hans';");
    expect(out).toContain('export const demoZhHans = {');
    expect(out).toContain("nameZhHant: '繁体中文名称',"); // the key is the same in every language
    expect(out).toContain("'zh-Hant': '繁体中文'");
    expect(out).toContain("saved: '已保存“{{name}}”的文件。',");
    expect(out).toContain('导出');
    expect(out).toContain('文件夹');
    expect(out).toContain('other: otherZhHans,');
    expect(out.split('\n')[0]).toMatch(/^\/\/ 简体中文: generated from demo\.zh-Hant\.ts/);
  });

  it('uses a string written for the mainland by key where words alone would be wrong', () => {
    const source = "// x\nexport const desktopZhHant = { menu: { help: '說明(&H)' }, events: { description: '說明' } };\n";
    const out = convertFile(source, 'renderer/src/i18n/features/desktop.zh-Hant.ts', makeConverter(), { 'desktop.menu.help': '帮助(&H)' });
    expect(out).toContain("help: '帮助(&H)'");
    expect(out).toContain("description: '说明'");
  });
});
