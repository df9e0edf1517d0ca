// The desktop shell in a real Electron: the data service runs in its own utility process, the window title names
// the open trip, and the window's place is remembered. Needs `npm run build` and an Electron binary (skipped, with
// the reason, where there is none).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary(projectRoot);

test('runs the data service in a utility process, names the open trip in the title, and remembers the window', async () => {
  if (!binary.found) console.log(`[electron shell] SKIPPED: ${binary.reason}`);
  test.skip(!binary.found, binary.found ? '' : binary.reason);
  if (!binary.found) return;
  expect(existsSync(path.join(projectRoot, 'dist-electron', 'backend.cjs')), 'run `npm run build` before `npm run test:electron`').toBe(true);

  const userData = mkdtempSync(path.join(tmpdir(), 'planner-electron-'));
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const app = await electron.launch({ executablePath: binary.path, args: [projectRoot], env: { ...env, PLANNER_USER_DATA: userData } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: /trips/i }).first()).toBeVisible();
    const metrics = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((m) => ({ type: m.type, name: m.name })));
    expect(metrics).toContainEqual({ type: 'Utility', name: 'Delegation Planner data' });

    await window.evaluate(() =>
      (window as unknown as { planner: { call(m: string, i: unknown): Promise<unknown> } }).planner.call('trips.create', {
        title: 'Hangzhou AI visit',
        startDate: '2026-04-01',
        endDate: '2026-04-04',
      }),
    );
    await window.getByRole('link', { name: 'Hangzhou AI visit' }).click();
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Hangzhou AI visit — Delegation Planner');
  } finally {
    await app.close();
  }
  const saved = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8')) as { bounds: { width: number } };
  expect(saved.bounds.width).toBeGreaterThan(0);
  rmSync(userData, { recursive: true, force: true });
});
