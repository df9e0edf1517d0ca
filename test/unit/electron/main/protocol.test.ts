// The app:// protocol: serves dist/renderer with our CSP, and nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetElectronMock } from '../electron-mock';
import { registerAppScheme, resolveRendererFile, serveRenderer } from '../../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

const base = mkdtempSync(path.join(tmpdir(), 'planner-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Delegation Planner</title>');
writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');

afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeEach(() => {
  resetElectronMock();
  serveRenderer(root);
});

function fetchApp(url: string): Promise<Response> {
  const handler = protocol.handlers.get('app');
  if (!handler) throw new Error('app: is not handled');
  return Promise.resolve(handler({ url }));
}

describe('registerAppScheme', () => {
  it('registers app: as standard and secure, without bypassing the CSP', () => {
    registerAppScheme();
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as unknown as [[{ scheme: string; privileges: Record<string, boolean> }[]]];
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
  });
});

describe('serveRenderer', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await fetchApp('app://planner/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('Delegation Planner');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await fetchApp('app://planner/assets/index.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('falls back to index.html for client-side routes', async () => {
    expect(resolveRendererFile(root, 'app://planner/trips/abc')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://planner/../secret.txt',
    'app://planner/%2e%2e/secret.txt',
    'app://planner/assets/..%2F..%2Fsecret.txt',
    'app://planner/%00.js',
    'app://other/index.html',
    'app://planner/missing.js',
  ])('answers 404 for %s, revealing nothing', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
