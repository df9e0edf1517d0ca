// Small conventions the code is held to (issue 11, item 7): backend files are named in kebab-case, no placeholder
// headers are left behind, an export's language has one type, and each handler file owns one method group.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('source conventions', () => {
  it('names every backend file in kebab-case', async () => {
    const odd = (await sourceFiles('electron/backend')).filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.ts$/.test(path.basename(f)));
    expect(odd).toEqual([]);
  });

  it('leaves no PLACEHOLDER header in the source', async () => {
    const files = [...(await sourceFiles('electron')), ...(await sourceFiles('renderer/src')), ...(await sourceFiles('shared'))];
    const left: string[] = [];
    for (const f of files) if ((await fs.readFile(f, 'utf8')).includes('PLACEHOLDER')) left.push(f);
    expect(left).toEqual([]);
  });

  it("declares an export's language once, in the contract (ExportLanguage)", async () => {
    const files = [...(await sourceFiles('electron')), ...(await sourceFiles('renderer/src')), ...(await sourceFiles('shared'))];
    const declared: string[] = [];
    for (const f of files) {
      const text = await fs.readFile(f, 'utf8');
      for (const m of text.matchAll(/type (\w+) = 'en' \| 'zh-Hant'(?: \| 'zh-Hans')?|const (\w+) = z\.enum\(\['en', 'zh-Hant'(?:, 'zh-Hans')?\]\)/g)) declared.push(`${f}: ${m[1] ?? m[2]}`);
    }
    // CityLanguage is the language a place is shown in on screen, not an export's; it stays with the city table
    // (place.ts's PlaceLanguage is the same type under its old name).
    expect(declared).toEqual(['shared/contract.ts: ExportLanguage', 'shared/domain/cities.ts: CityLanguage']);
  });

  it('keeps settings.* in its own handler file, apart from history.*', async () => {
    const history = await fs.readFile('electron/backend/handlers/history.ts', 'utf8');
    const settings = await fs.readFile('electron/backend/handlers/settings.ts', 'utf8');
    expect(history).not.toMatch(/'settings\./);
    expect(settings).toMatch(/'settings\.get'/);
    expect(settings).toMatch(/'settings\.update'/);
  });
});
