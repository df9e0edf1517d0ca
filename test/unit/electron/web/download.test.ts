// Browser mode's download of an export: GET /api/files/<id> streams the held bytes with the file's name, for this
// run's token only, once; an unknown or expired id is a 404 that says to export again.
import { request } from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../electron/backend';
import { createBackend } from '../../../../electron/backend';
import { contentDisposition } from '../../../../electron/web/download';
import type { WebServer } from '../../../../electron/web/server';
import { startWebServer } from '../../../../electron/web/server';
import type { ExportFile, Reply } from '../../../../shared/contract';
import { tempDir } from '../../helpers/tmp';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(web: WebServer, urlPath: string, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` };
    const req = request({ host: '127.0.0.1', port: web.port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function exportFile(web: WebServer, method: string, input: unknown): Promise<ExportFile> {
  const reply = JSON.parse((await get(web, `/api/${method}`, 'POST', JSON.stringify(input))).body.toString('utf8')) as Reply<ExportFile>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result;
}

let cleanup: () => Promise<void>;
let backend: LocalBackend;
let web: WebServer;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir());
  await mkdir(path.join(dir, 'static'));
  backend = await createBackend({ dataDir: path.join(dir, 'data') });
  web = await startWebServer({ backend, staticDir: path.join(dir, 'static'), port: 0 });
});
afterEach(async () => {
  await web.close();
  await backend.close();
  await cleanup();
});

describe('GET /api/files/<id>', () => {
  it('streams the held bytes with the file’s name and type, then forgets the file', async () => {
    const { loaded } = (JSON.parse((await get(web, '/api/samples.load', 'POST', '{}')).body.toString('utf8')) as Reply<{ loaded: { id: string }[] }> & { ok: true }).result;
    const file = await exportFile(web, 'backup.export', {});
    expect(loaded.length).toBeGreaterThan(0);
    const expected = Buffer.from(backend.heldFile(file.id).bytes);

    const answer = await get(web, `/api/files/${file.id}?token=${web.token}`);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(expected)).toBe(true);
    expect(answer.body.length).toBe(file.size);
    expect(answer.headers['content-type']).toBe(file.mime);
    expect(answer.headers['content-length']).toBe(String(file.size));
    expect(answer.headers['content-disposition']).toBe(contentDisposition(file.fileName));
    expect(answer.headers['cache-control']).toBe('no-store');

    const again = await get(web, `/api/files/${file.id}?token=${web.token}`);
    expect(again.status).toBe(404);
    expect(JSON.parse(again.body.toString('utf8'))).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/export it again/) } });
  });

  it('refuses without this run’s token and keeps the file for the right request', async () => {
    const file = await exportFile(web, 'export.table', { table: 'contacts', format: 'csv' });
    expect((await get(web, `/api/files/${file.id}`)).status).toBe(401);
    expect((await get(web, `/api/files/${file.id}?token=wrong`)).status).toBe(401);
    expect((await get(web, `/api/files/${file.id}?token=${web.token}`)).status).toBe(200);
  });

  it('answers an unknown id with a 404 that says to export again', async () => {
    const answer = await get(web, `/api/files/unknown-id?token=${web.token}`);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body.toString('utf8')).error.message).toMatch(/no longer available.*export it again/);
  });

  it('names the file for every browser: an ASCII fallback and the real name in UTF-8', () => {
    expect(contentDisposition('Itinerary – 杭州 "A".pdf')).toBe(
      `attachment; filename="Itinerary _ __ _A_.pdf"; filename*=UTF-8''Itinerary%20%E2%80%93%20%E6%9D%AD%E5%B7%9E%20%22A%22.pdf`,
    );
  });
});
