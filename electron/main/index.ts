// Entry point of the Electron main process (bundled to dist-electron/main.cjs). The backend runs in its own
// utilityProcess (dist-electron/backend.cjs); the lifecycle lives in lifecycle.ts so tests can drive it.
import { runApp } from './lifecycle';

runApp({ bundleDir: __dirname });
