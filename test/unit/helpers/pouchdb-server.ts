// Starts pouchdb-server --in-memory on 127.0.0.1 (a stand-in for CouchDB) on a free port, waits until it answers,
// and stops it. It runs in its own temp directory because it writes config.json and log.txt where it starts.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { tempDir } from './tmp';

export interface PouchServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const BIN = path.resolve(__dirname, '../../../node_modules/.bin/pouchdb-server');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startPouchServer(timeoutMs = 10_000): Promise<PouchServer> {
  const { dir, cleanup } = await tempDir('pouchdb-server-');
  const port = await freePort();
  const child = spawn(BIN, ['--in-memory', '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
    await cleanup();
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const answer = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (answer.ok) return { url, port, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`pouchdb-server did not start on port ${port}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
