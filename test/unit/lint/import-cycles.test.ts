// No import cycles, type-only imports included. The lint rule (import-x/no-cycle) skips `import type` by design, so a
// cycle of types alone (how the 32-file backend circle and the shared/ triangle were held together) is checked here,
// over the whole import graph, with TypeScript's own reading of each file's imports.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Files that import each other, directly or round a loop: each strongly connected group of more than one file. */
function importCycles(files: ReadonlyMap<string, string>): string[][] {
  const resolve = (from: string, spec: string): string | undefined => {
    if (!spec.startsWith('.')) return undefined;
    const base = path.posix.join(path.posix.dirname(from), spec).replace(/\.js$/, '');
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => files.has(c));
  };
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const imports = ts.preProcessFile(text, true, true).importedFiles.map((i) => resolve(file, i.fileName));
    edges.set(file, imports.filter((t): t is string => t !== undefined));
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const file of files.keys()) if (!index.has(file)) visit(file);
  return groups;
}

async function sources(roots: string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const root of roots) {
    for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
      const file = path.posix.join(entry.parentPath.split(path.sep).join('/'), entry.name);
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts') || file.includes('node_modules')) continue;
      files.set(file, await fs.readFile(file, 'utf8'));
    }
  }
  return files;
}

describe('import cycles, type imports included', () => {
  it('finds a loop made of type-only imports, and none once the arrows go one way', () => {
    const loop = new Map([
      ['x/a.ts', "import type { B } from './b';\nexport interface A { b: B }\n"],
      ['x/b.ts', "import type { C } from './c';\nexport interface B { c: C }\n"],
      ['x/c.ts', "export type { A as C } from './a';\n"],
    ]);
    expect(importCycles(loop)).toEqual([['x/a.ts', 'x/b.ts', 'x/c.ts']]);
    loop.set('x/c.ts', 'export interface C { n: number }\n');
    expect(importCycles(loop)).toEqual([]);
  });

  it('finds none in electron, renderer, shared and test', async () => {
    const files = await sources(['electron', 'renderer', 'shared', 'test']);
    expect(files.size).toBeGreaterThan(300);
    expect(importCycles(files)).toEqual([]);
  });
});
