// Entry of the backend's own process (bundled to dist-electron/backend.cjs). Electron starts it with
// utilityProcess.fork and talks over process.parentPort; tests fork it from plain Node and talk over Node's IPC
// channel. Either way it serves the same message loop (serve.ts), and it never imports electron.
import { createBackend } from '..';
import type { ParentChannel, ToBackend } from './protocol';
import { serveBackend } from './serve';

/** The part of Electron's ParentPort used here, typed locally so this layer needs nothing from electron. */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function parentChannel(): ParentChannel {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as ToBackend)),
      postMessage: (message) => electronPort.postMessage(message),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The backend process was started without a parent to talk to (no parentPort, no IPC channel).');
  return {
    onMessage: (listener) => process.on('message', (message) => listener(message as ToBackend)),
    postMessage: (message) => void send(message),
  };
}

serveBackend(parentChannel(), { createBackend, exit: (code) => process.exit(code) });
