// The backend process's message loop: opens the backend when main says so, answers calls, relays pushes, flushes
// on close, and gives the backend ports that ask main over the parent channel. Kept apart from the entry so a test
// can run it with an in-memory channel, and the entry with Node's IPC.
import type { Backend, BackendOptions } from '..';
import type { Ports } from '../ports';
import type { FromBackend, HostCallName, HostCalls, ParentChannel, ToBackend } from './protocol';

export interface ServeDeps {
  createBackend: (options: BackendOptions) => Promise<Backend>;
  /** Ends the process once the backend has flushed and closed. */
  exit: (code: number) => void;
}

const NOT_OPEN = {
  ok: false as const,
  error: { code: 'internal' as const, message: 'The data service has not opened the data folder yet. Nothing was changed; please try again.' },
};

export function serveBackend(channel: ParentChannel, { createBackend, exit }: ServeDeps): void {
  const post = (message: FromBackend) => channel.postMessage(message);
  let backend: Promise<Backend> | undefined;
  let nextHostId = 1;
  const hostCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  function askHost<N extends HostCallName>(name: N, input: HostCalls[N]['input']): Promise<HostCalls[N]['output']> {
    const id = nextHostId++;
    return new Promise((resolve, reject) => {
      hostCalls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      post({ type: 'host-call', id, name, input });
    });
  }

  function remotePorts(secretsAvailable: boolean): Ports {
    return {
      pdf: { render: (html, options) => askHost('pdf.render', { html, options }) },
      files: { choosePath: ({ fileName }) => askHost('files.choosePath', { fileName }) },
      secrets: {
        available: () => secretsAvailable,
        encrypt: (text) => askHost('secrets.encrypt', { text }),
        decrypt: (base64) => askHost('secrets.decrypt', { base64 }),
      },
    };
  }

  async function open(options: Extract<ToBackend, { type: 'open' }>['options']): Promise<Backend> {
    const opened = await createBackend({ dataDir: options.dataDir, version: options.version, ports: remotePorts(options.secretsAvailable) });
    opened.onPush((event, payload) => post({ type: 'push', event, payload }));
    return opened;
  }

  channel.onMessage((message) => {
    switch (message.type) {
      case 'open': {
        if (backend) return; // one data folder per process
        backend = open(message.options);
        backend.then(
          () => post({ type: 'opened' }),
          (error: unknown) => post({ type: 'open-failed', message: error instanceof Error ? error.message : String(error) }),
        );
        return;
      }
      case 'call': {
        const { id, method, input } = message;
        if (!backend) {
          post({ type: 'reply', id, reply: NOT_OPEN });
          return;
        }
        // dispatch never throws; a backend that failed to open answers as not open.
        backend.then(
          (b) => b.dispatch(method, input),
          () => NOT_OPEN,
        ).then((reply) => post({ type: 'reply', id, reply }));
        return;
      }
      case 'host-reply': {
        const pending = hostCalls.get(message.id);
        if (!pending) return;
        hostCalls.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(new Error(message.message));
        return;
      }
      case 'close': {
        const closing = backend ? backend.then((b) => b.close(), () => undefined) : Promise.resolve();
        closing
          .catch((error: unknown) => console.error('[backend] closing the data folder failed:', error))
          .finally(() => {
            post({ type: 'closed' });
            exit(0);
          });
        return;
      }
    }
  });
}
