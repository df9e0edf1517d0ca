// Smoke test of the packaged-shape app: launch dist-electron/main.cjs with its own data folder, see the trip list,
// quit cleanly. Needs `npm run build` first and an Electron binary (skipped, with the reason, where there is none).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary(projectRoot);
const skipReason = binary.found ? '' : binary.reason;
test('opens the trip list in a window of its own, with its own data folder', async () => {
  // Printed so the reason shows in the run's output, not only in the report's annotations.
  if (!binary.found) console.log(`[electron smoke] SKIPPED: ${skipReason}`);
  test.skip(!binary.found, skipReason);
  if (!binary.found) return;
  expect(existsSync(path.join(projectRoot, 'dist-electron', 'main.cjs')), 'run `npm run build` before `npm run test:electron`').toBe(true);

  const userData = mkdtempSync(path.join(tmpdir(), 'planner-electron-'));
  // Launch the project folder, not main.cjs alone, so package.json gives the app its name and version.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [projectRoot],
    env: { ...env, PLANNER_USER_DATA: userData },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: /trips/i }).first()).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/planner\//);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
