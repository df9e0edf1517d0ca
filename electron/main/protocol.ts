// Serves the built renderer at app://planner/… from dist/renderer, and nothing outside it.
// Why a custom scheme and not loadFile: see security.ts (APP_ORIGIN) and docs/decisions/001-electron-origin.md.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Must run before `app.whenReady()`. `standard` gives the scheme real origins (so 'self' in the CSP, localStorage and
 * relative URLs work), `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets,
 * `corsEnabled` lets Vite's `<script type="module" crossorigin>` load (module scripts are CORS requests).
 * No `bypassCSP`: our own pages obey the same policy as anything else.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/**
 * Maps an app://planner URL to a file inside `rootDir`, or null when it points elsewhere (another host, a path that
 * climbs out of the folder, a malformed escape). Paths without an extension fall back to index.html so that a
 * reload on a client-side route still finds the app.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || pathname.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const relative = pathname === '/' || path.extname(pathname) === '' ? 'index.html' : pathname;
  const file = path.resolve(root, '.' + path.sep + relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/** Answers one request: the file with its type and our CSP, or a plain 404 that says nothing about the disk. */
export async function respondWithRendererFile(rootDir: string, requestUrl: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = resolveRendererFile(rootDir, requestUrl);
  if (file === null) return new Response('Not found', { status: 404, headers });
  try {
    const body = await readFile(file);
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': type } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

/** Call after `app.whenReady()`: from then on app://planner/… is answered from `rootDir` only. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithRendererFile(rootDir, request.url));
}
