// A real backend on a fresh data folder with a controllable clock, and a call helper that throws on failure.
import type { LocalBackend } from '../../../../electron/backend';
import type { Ports } from '../../../../electron/backend/ports';
import { createBackend } from '../../../../electron/backend';
import type { ExportFile, InputOf, Method, OutputOf } from '../../../../shared/contract';
import { tempDir } from '../../helpers/tmp';

export interface TestBackend {
  backend: LocalBackend;
  dir: string;
  call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** The typed error of a call expected to fail. */
  fail(method: Method, input: unknown): Promise<{ code: string; message: string; details?: unknown }>;
  /** An export's bytes, fetched by its id as the web server does (the export's answer holds none). */
  bytesOf(file: ExportFile): Buffer;
  base64Of(file: ExportFile): string;
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** `ports` gives the backend host abilities, e.g. a real PdfRenderer for the export tests. */
export async function openTestBackend(start = Date.parse('2026-01-05T02:00:00Z'), ports: Ports = {}): Promise<TestBackend> {
  const { dir, cleanup } = await tempDir();
  let now = start;
  const clock = { now: () => (now += 1000) };
  let backend = await createBackend({ dataDir: dir, clock, ports });
  const t: TestBackend = {
    backend,
    dir,
    async call(method, input) {
      const reply = await t.backend.dispatch(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
      return reply.result as never;
    },
    async fail(method, input) {
      const reply = await t.backend.dispatch(method, input);
      if (reply.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return reply.error;
    },
    bytesOf(file) {
      const { bytes } = t.backend.heldFile(file.id);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    base64Of(file) {
      return t.bytesOf(file).toString('base64');
    },
    async reopen() {
      await t.backend.close();
      backend = await createBackend({ dataDir: dir, clock, ports });
      t.backend = backend;
    },
    async close() {
      await t.backend.close();
      await cleanup();
    },
  };
  return t;
}

export const hangzhouTrip = {
  title: 'OASES to Hangzhou and Shanghai',
  startDate: '2025-05-13',
  endDate: '2025-05-16',
  legs: [
    { city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-13', endDate: '2025-05-15' },
    { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-15', endDate: '2025-05-16' },
  ],
};
