// Who may talk to the browser-mode server: only pages we served, on this machine, holding this run's token.
// Binding to 127.0.0.1 keeps other machines out; the token keeps other local programs and web pages out; the Host
// and Origin checks defeat DNS rebinding and cross-site requests from a browser.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export type GuardResult = { ok: true } | { ok: false; status: 401 | 403; message: string };

/** Host and Origin, checked on every request (static files too: a rebinding page must get nothing). */
export function checkHostAndOrigin(req: IncomingMessage, port: number): GuardResult {
  const host = req.headers.host ?? '';
  if (!allowedHosts(port).has(host.toLowerCase())) {
    return { ok: false, status: 403, message: `Refused: this server answers only to 127.0.0.1:${port} or localhost:${port}.` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
    return { ok: false, status: 403, message: 'Refused: requests from other sites are not allowed.' };
  }
  return { ok: true };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The API needs `Authorization: Bearer <token>`; the event stream, which EventSource opens, may carry it as ?token=. */
export function checkToken(req: IncomingMessage, token: string, queryToken?: string | null): GuardResult {
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : (queryToken ?? '');
  if (!given || !sameToken(given, token)) {
    return { ok: false, status: 401, message: 'Missing or wrong access token. Open the address that `npm run serve` printed.' };
  }
  return { ok: true };
}
