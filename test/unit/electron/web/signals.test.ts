// SIGINT/SIGTERM: browser mode finishes every write it accepted, then exits 0; a folder it cannot open is explained.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/backend';
import type { Trip } from '../../../../shared/model';
import { tempDir } from '../../helpers/tmp';

describe('browser mode stops cleanly', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`flushes pending writes on ${signal} and exits 0`, async () => {
      const { dir, cleanup } = await tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--data-dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const lines = createInterface({ input: child.stdout! });
      const [line] = (await once(lines, 'line')) as [string];
      const url = new URL(line.slice(line.indexOf('http')));
      const token = url.hash.replace('#token=', '');
      const calls = Array.from({ length: 20 }, (_, i) =>
        fetch(new URL('/api/trips.create', url), {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ title: `Trip ${i}`, startDate: '2025-05-13', endDate: '2025-05-16' }),
        }).then((r) => r.json() as Promise<{ ok: boolean }>),
      );
      // Stop while calls are still in flight: every call that was answered "saved" must be on disk.
      await Promise.race(calls);
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      const settled = await Promise.allSettled(calls);
      const saved = settled.filter((s) => s.status === 'fulfilled' && s.value.ok).length;
      expect(saved).toBeGreaterThan(0);
      const backend = await createBackend({ dataDir: dir });
      const listed = await backend.dispatch('trips.list', {});
      expect(listed.ok && (listed.result as Trip[]).length).toBeGreaterThanOrEqual(saved);
      await backend.close();
      await cleanup();
    });
  }

  it('says in words, not a stack trace, why a data folder cannot be opened (a change log from a newer version)', async () => {
    const { dir, cleanup } = await tempDir();
    const backend = await createBackend({ dataDir: dir });
    await backend.dispatch('trips.create', { title: 'Trip', startDate: '2025-05-13', endDate: '2025-05-16' });
    await backend.close();
    const [device] = await readdir(`${dir}/changes`);
    await writeFile(`${dir}/changes/${device}/00000001.json`, JSON.stringify({ schemaVersion: 5, changes: [] }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--data-dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Delegation Planner could not open the data folder .*was saved by a newer version of Delegation Planner \(data version 5; this one reads up to 1\)\. Nothing was changed\. Please update the app to open this data\.\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
    await cleanup();
  });
});
