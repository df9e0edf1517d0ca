// The no-cycle lint rule (import-x/no-cycle in eslint.config.js) reports two modules that import each other, in every
// layer it covers; the same two files without the loop pass. The files are written for the test and removed after.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function cycleErrors(folder: string, files: Record<string, string>): Promise<string[]> {
  await fs.mkdir(folder, { recursive: true });
  const dir = await fs.mkdtemp(path.join(folder, 'cycle-fixture-'));
  try {
    for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
    const results = await eslint.lintFiles(Object.keys(files).map((name) => path.join(dir, name)));
    return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map((m) => `${path.basename(r.filePath)}: ${m.message}`));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('no-cycle lint rule', () => {
  it.each(['electron/backend', 'renderer/src', 'shared', 'test/unit'])('reports two modules in %s that import each other', async (folder) => {
    const errors = await cycleErrors(folder, {
      'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^a\.ts: Dependency cycle/);
  });

  it('passes the same modules when the arrows go one way', async () => {
    const errors = await cycleErrors('electron/backend', {
      'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'b.ts': 'export const b = () => 1;\n',
    });
    expect(errors).toEqual([]);
  });
});
