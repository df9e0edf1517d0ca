// Each test gets its own data directory, removed afterwards.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function tempDir(prefix = 'planner-'): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Every file under `dir` with its bytes, to prove that something changed nothing on disk. Leaves out `index/`: the
 * search and activity indexes are caches the app rewrites in the background whenever it likes, never data. Call the
 * backend's settle() first, so a background checkpoint of earlier saves does not land between two snapshots.
 */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && d === dir && entry.name === 'index') continue;
      if (entry.isDirectory()) await walk(full);
      else if ((await stat(full)).isFile()) out.set(path.relative(dir, full), await readFile(full, 'utf8'));
    }
  }
  await walk(dir);
  return out;
}
