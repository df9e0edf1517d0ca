// Wires a mocked utilityProcess child to the real backend message loop (electron/backend/process/serve.ts) in this
// test process, with messages structured-cloned and delivered a tick later as between real processes. crash()
// ends the "process" as a crash would: the loop stops answering and the child exits with code 1.
import { createBackend, type Backend, type BackendOptions } from '../../../../electron/backend';
import type { FromBackend, ParentChannel, ToBackend } from '../../../../electron/backend/process/protocol';
import { serveBackend } from '../../../../electron/backend/process/serve';
import type { FakeUtilityProcess } from '../electron-mock';

export interface BackendLink {
  crash(): Promise<void>;
  /** Every message the loop sent to main, in order. */
  sent: FromBackend[];
}

export function linkToBackendLoop(child: FakeUtilityProcess, open: (options: BackendOptions) => Promise<Backend> = createBackend): BackendLink {
  let alive = true;
  let listener: ((message: ToBackend) => void) | undefined;
  let opened: Backend | undefined;
  const sent: FromBackend[] = [];
  const channel: ParentChannel = {
    onMessage: (l) => (listener = l),
    postMessage: (message) => {
      if (!alive) return;
      sent.push(message);
      const copy = structuredClone(message);
      setImmediate(() => child.emit('message', copy));
    },
  };
  child.postMessage.mockImplementation((message: unknown) => {
    const copy = structuredClone(message) as ToBackend;
    setImmediate(() => alive && listener?.(copy));
  });
  serveBackend(channel, {
    createBackend: async (options) => (opened = await open(options)),
    exit: (code) => {
      alive = false;
      setImmediate(() => child.emit('exit', code));
    },
  });
  return {
    sent,
    async crash() {
      alive = false;
      // A real crash frees the data folder with the process; here the store is closed so the next "process" can open it.
      await opened?.close();
      child.emit('exit', 1);
    },
  };
}
