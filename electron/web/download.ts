// Browser mode's download of an exported file: the backend holds it (backend/files/held-files.ts) and the window
// asks for it by id with a plain link, so the browser's own download manager saves it under the right name.
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LocalBackend } from '../backend';
import { securityHeaders } from './static';

/** Sent in slices, so a large backup goes out as the socket takes it rather than queued whole in its buffer. */
const CHUNK_BYTES = 1024 * 1024;

/** `attachment` with an ASCII fallback name and the real one (Chinese, dashes) in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/**
 * Streams the held file, then lets the backend forget it. Throws the backend's not-found error (which says to
 * export again) before anything is sent when the id is unknown or expired.
 */
export function sendHeldFile(res: ServerResponse, backend: LocalBackend, id: string): void {
  const file = backend.heldFile(id);
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': file.mime,
    'Content-Length': String(file.bytes.byteLength),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  pipeline(Readable.from(slices(file.bytes)), res).then(
    () => backend.releaseFile(id),
    // The browser went away mid-way: the file stays held (until it expires) so the user can try again.
    () => undefined,
  );
}
