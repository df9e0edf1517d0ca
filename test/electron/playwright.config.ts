// Playwright against the real Electron app (`npm run test:electron`). Runs only where an Electron binary exists;
// elsewhere the smoke test reports itself skipped with the reason, and the run still exits 0.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
