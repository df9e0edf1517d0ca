// npm install fetches the Electron binary (Electron 42+ no longer does it itself), can be told not to, and never fails
// the install when the download does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

function run(env: Record<string, string>) {
  const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ...rest } = process.env;
  return spawnSync(process.execPath, ['scripts/fetch-electron.mjs'], { env: { ...rest, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('postinstall: fetch-electron', () => {
  let cache = '';
  let cleanup = async () => {};
  beforeAll(async () => ({ dir: cache, cleanup } = await tempDir('planner-electron-cache-')));
  afterAll(() => cleanup());

  it('is in package.json as the postinstall step', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toBe('node scripts/fetch-electron.mjs');
  });

  it('downloads nothing when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says how to get Electron later', () => {
    const result = run({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('was not downloaded');
    expect(result.stdout).toContain('npx install-electron');
    expect(result.stderr).not.toContain('127.0.0.1');
  });

  it('tries the download otherwise, and a failed one leaves the install standing with advice', () => {
    // A mirror on a port where nothing listens: the download fails at once, and nothing is written to the package.
    const hadBinary = existsSync('node_modules/electron/path.txt');
    const result = run({ ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('could not be downloaded');
    expect(result.stderr).toContain('HTTPS_PROXY');
    expect(existsSync('node_modules/electron/path.txt')).toBe(hadBinary);
  });
});
