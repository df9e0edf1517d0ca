// Finds the Electron binary the way node_modules/electron/index.js does, without throwing when it is absent:
// on our build machines none can be downloaded, and the smoke test must then say so and skip.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  let binary: string;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    binary = path.join(packageDir, 'dist', relative);
  } else {
    return { found: false, reason: `no Electron binary: ${pathFile} is missing (the electron package's download did not run or failed); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run this test` };
  }
  if (!existsSync(binary)) return { found: false, reason: `no Electron binary: ${binary} does not exist` };
  return { found: true, path: binary };
}
