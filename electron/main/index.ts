// Entry point of the Electron main process (bundled to dist-electron/main.cjs): runs the app with the real backend.
// The lifecycle itself lives in lifecycle.ts so tests can drive it with a fake backend and a mocked electron.
import { createBackend } from '../backend';
import { runApp } from './lifecycle';

runApp({ createBackend, bundleDir: __dirname });
