// The first screen's script is what main.tsx reaches by static imports; everything behind a dynamic import() is a
// chunk of its own, fetched later (docs/decisions/013-cold-paths.md, 021-first-screen.md). This walks that graph in
// the sources (type-only imports erased, as the compiler does) and checks that the code the trip list does not need
// to draw itself stays out of it: the schemas (zod), React Aria, the forms, the row menus, the search palette.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../../../..');
const entry = path.join(repo, 'renderer/src/main.tsx');

/** The module specifiers a file imports for their values (not `import type`, not `import { type X }` alone). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Every source file and package reached from the entry by static value imports. */
function firstScreenGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.endsWith('.css')) continue;
      if (specifier.startsWith('.')) {
        const resolved = resolveLocal(file, specifier);
        if (resolved) queue.push(resolved);
      } else {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
  }
  return { files: new Set([...files].map((f) => path.relative(repo, f))), packages };
}

describe("the first screen's script", () => {
  const graph = firstScreenGraph();

  it('holds the trip list, the shell and the client', () => {
    // The walk itself works: what the first screen draws is found.
    for (const file of ['renderer/src/app/App.tsx', 'renderer/src/features/trips/TripsPage.tsx', 'renderer/src/features/trips/TripList.tsx', 'renderer/src/api/httpClient.ts']) {
      expect(graph.files).toContain(file);
    }
    expect(graph.packages).toContain('react-dom');
  });

  it('leaves out the schemas, React Aria and the forms', () => {
    const heavy = ['zod', 'react-aria', 'react-aria-components', 'react-stately', 'react-hook-form', '@hookform/resolvers', '@internationalized/date', 'react-big-calendar'];
    expect([...graph.packages].filter((p) => heavy.includes(p))).toEqual([]);
    expect(graph.files).not.toContain('shared/contract.ts');
  });

  it('leaves out the row menus, the trip form and the search palette (each fetched when wanted)', () => {
    const later = ['renderer/src/features/trips/TripActionsMenu.tsx', 'renderer/src/features/trips/TripForm.tsx', 'renderer/src/features/search/PaletteDialog.tsx', 'renderer/src/features/trips/TripPage.tsx'];
    expect([...graph.files].filter((f) => later.includes(f))).toEqual([]);
  });

  it("carries English strings only: each Chinese UI's strings are a chunk fetched for its readers (decision 023)", () => {
    expect(graph.files).toContain('renderer/src/i18n/en.ts');
    expect(graph.files).toContain('renderer/src/i18n/features/layout.en.ts');
    expect([...graph.files].filter((f) => /zh-Han[st]\.ts$/.test(f))).toEqual([]);
  });
});
