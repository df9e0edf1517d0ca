// npm install's last step (package.json "postinstall"): fetch the Electron binary now, as Electron did itself before
// version 42. Since then its package has no install script and downloads on first use instead, which would turn the
// first `npm start` into a silent 100 MB download, or a failure, on an office network. Fetching here says what is going
// on at install time. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it (CI, proxies: README, "Behind a proxy"), and a failed
// download does not fail the install: the tests and browser mode do not need Electron.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
if (skip && skip !== '0' && skip !== 'false') {
  console.log('electron: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron binary was not downloaded. The tests and browser mode (npm run serve) work without it; unset it and run `npx install-electron` for the desktop app.');
  process.exit(0);
}

const installer = createRequire(import.meta.url).resolve('electron/install.js');
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
if (result.status !== 0) {
  console.warn(
    'electron: the Electron binary could not be downloaded (see above); everything else is installed. Behind a proxy, set ELECTRON_GET_USE_PROXY=true and HTTPS_PROXY (or ELECTRON_MIRROR) and run `npx install-electron`; or use browser mode (npm run serve). README, "Behind a proxy", says more.',
  );
}
