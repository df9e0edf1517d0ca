// The Electron security baseline, in one place (docs/architecture.md, "Electron security baseline").
// It guards: what the page may load (a strict Content-Security-Policy on every response), where any webContents may
// navigate or redirect (only inside our own origin), what may open (no new windows; https: and mailto: links go to
// the user's browser or mail client after a parse and a scheme check), which powers a page may ask for (none: every
// permission request and check is denied, no <webview>), and who may call the backend (our window's main frame at our
// own origin). Window options (contextIsolation, sandbox, no Node) are set in window.ts; fuses in electron-builder.yml.
// Reviewed for Electron 45: every item is set explicitly here, in window.ts or in the fuses rather than left to a
// default, so no change of default between Electron 41 and 45 loosens it; the type checks against Electron 45's own
// typings confirm that every API used here (permission, device and window-open handlers, will-frame-navigate) remains.
import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { app, session, shell } from 'electron';

/**
 * Our own origin. The renderer is served from a privileged custom scheme (protocol.ts), not file://: every file://
 * URL on the disk shares one opaque origin, so "our origin" could not be told apart from any other local file.
 * `app://planner` is one origin that only ever serves the files inside dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/** Inline styles stay allowed because React's `style={…}` props and some libraries set them; scripts never. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Schemes we hand to the operating system; everything else (file:, javascript:, smb:, ms-*: …) is refused. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs at app://planner. Compares scheme and host rather than `URL.origin`, because WHATWG URL reports the
 * origin of a non-special scheme such as app: as the string "null" (which would match any opaque origin); and it
 * lowercases the host itself, because Node does not for non-special schemes (Chromium does for our standard scheme).
 */
export function isOurOrigin(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** True only for a well-formed https: URL with a host, or a mailto: URL; the only links we pass to the OS. */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return true;
}

/** Opens an allowed link in the user's browser or mail client; anything else is dropped (and logged). */
export function openExternalSafely(url: string): boolean {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[security] refused to open ${JSON.stringify(url.slice(0, 200))}: only https: and mailto: links open outside the app`);
    return false;
  }
  shell.openExternal(url).catch((error: unknown) => console.warn('[security] could not open link:', error));
  return true;
}

/** Sets our CSP on a response's headers, replacing any the response brought (whatever its capitalisation). */
export function withContentSecurityPolicy(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Navigation, redirects, new windows and <webview>: applied to every webContents the app ever creates. */
export function hardenWebContents(contents: WebContents): void {
  const stayInside = (event: { url: string; preventDefault(): void }) => {
    if (!isOurOrigin(event.url)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${JSON.stringify(event.url.slice(0, 200))}`);
    }
  };
  // will-navigate covers the main frame; will-frame-navigate also covers subframes; will-redirect covers server hops.
  contents.on('will-navigate', stayInside);
  contents.on('will-frame-navigate', stayInside);
  contents.on('will-redirect', stayInside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** The page needs no camera, location, notifications, clipboard reads or devices: refuse them all, silently. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Belt and braces: protocol.ts sets the CSP on our own responses; this sets it on any other response too. */
export function enforceContentSecurityPolicy(target: Session): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Installs the whole baseline. Call once, before the first window; `web-contents-created` then covers them all. */
export function installSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  denyAllPermissions(session.defaultSession);
  enforceContentSecurityPolicy(session.defaultSession);
}

/**
 * The IPC gate: the call must come from the main frame (not an iframe) of one of our windows, showing a page at our
 * own origin. A frame that navigated away or was destroyed has no `senderFrame` and is refused.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, windows: Iterable<BrowserWindow>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let ours = false;
  for (const win of windows) {
    if (!win.isDestroyed() && win.webContents === event.sender) ours = true;
  }
  return ours && isOurOrigin(frame.url);
}
