// The security baseline, checked on the real security.ts against the mocked electron module.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, FakeWebContents, preventableEvent, resetElectronMock, session, shell } from '../electron-mock';
import {
  CONTENT_SECURITY_POLICY,
  START_URL,
  installSecurity,
  isAllowedExternalUrl,
  isOurOrigin,
  withContentSecurityPolicy,
} from '../../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

/** A webContents as Electron would hand it to web-contents-created after installSecurity(). */
function guardedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  app.emit('web-contents-created', preventableEvent(), contents);
  return contents;
}

beforeEach(async () => {
  resetElectronMock();
  await app.whenReady();
  // The glue logs what it refuses; keep the test output to the results.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  installSecurity();
});

describe('isOurOrigin', () => {
  it.each([START_URL, 'app://planner/', 'app://planner/assets/index-abc.js', 'APP://PLANNER/index.html'])('accepts %s', (url) => {
    expect(isOurOrigin(url)).toBe(true);
  });
  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'app://planner:8080/index.html',
    'app://user@planner/index.html',
    'file:///work/main/dist/renderer/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'null',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isOurOrigin(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.investhk.gov.hk/en/', 'mailto:protocol@example.org?subject=Visit'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.org/',
    `https://example.org/${'a'.repeat(3000)}`,
    'https//missing-colon',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from our origin is prevented', (name) => {
    const contents = guardedContents();
    const event = preventableEvent({ url: 'https://evil.example/' });
    contents.emit(name, event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s inside our origin is allowed', (name) => {
    const contents = guardedContents();
    const event = preventableEvent({ url: 'app://planner/index.html#/trips' });
    contents.emit(name, event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('applies to every window the app creates', () => {
    const win = new BrowserWindow({});
    const event = preventableEvent({ url: 'file:///etc/passwd' });
    win.webContents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('forbids <webview>', () => {
    const contents = guardedContents();
    const event = preventableEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it.each(['https://www.hkstp.org/', 'mailto:someone@example.org'])('is denied, and %s goes to shell.openExternal', (url) => {
    const contents = guardedContents();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'http://example.org/', 'app://planner/index.html'])(
    'is denied, and %s is not handed to the OS',
    (url) => {
      const contents = guardedContents();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('permissions', () => {
  it('denies every permission request', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.defaultSession.permissionRequestHandler?.({} as never, permission as never, callback as never, {} as never);
    }
    expect(callback).toHaveBeenCalledTimes(5);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
  });

  it('denies every permission check and device request', () => {
    expect(session.defaultSession.permissionCheckHandler?.(null as never, 'media' as never, 'app://planner' as never)).toBe(false);
    expect(session.defaultSession.devicePermissionHandler?.({} as never)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('is the strict policy', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('is set on every response, replacing a weaker one', () => {
    const callback = vi.fn();
    session.defaultSession.headersListener?.(
      { url: 'app://planner/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('withContentSecurityPolicy copes with no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
