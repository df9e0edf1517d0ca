// Unit tests sit in folders that mirror the source (test/unit/electron/backend/store tests electron/backend/store),
// so the tests of a module are found where the module is (the bench's own helpers are tested under test/unit/bench, as
// test/bench). Two folders are the tests' own: shared helpers, and the lint rules (which test eslint.config.js at the
// root).
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const unit = path.join(root, 'test/unit');
const own = new Set(['helpers', 'lint']);

function folders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .flatMap((name) => {
      const full = path.join(dir, name);
      return [full, ...folders(full)];
    });
}

describe('test folders', () => {
  it('mirror a folder of the source', () => {
    const strays = folders(unit)
      .map((full) => path.relative(unit, full))
      .filter((rel) => !own.has(rel.split(path.sep)[0] ?? ''))
      .filter((rel) => !existsSync(path.join(root, rel)) && !existsSync(path.join(root, 'test', rel)));
    expect(strays).toEqual([]);
  });
});
