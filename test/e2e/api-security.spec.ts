// The browser-mode API, seen from outside: no token → 401; a foreign Origin or Host → 403; the page itself works.
import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

function post(baseURL: string, method: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(`/api/${method}`, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ title: 'Injected', startDate: '2025-01-01', endDate: '2025-01-02' }));
  });
}

test('the API refuses a call without the token (401)', async ({ planner }) => {
  const answer = await post(planner.baseURL, 'trips.create', {});
  expect(answer.status).toBe(401);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await planner.call('trips.list')).toEqual([]);
});

test('the API refuses a foreign Origin (403), even with the token', async ({ planner }) => {
  const answer = await post(planner.baseURL, 'trips.create', { Authorization: `Bearer ${planner.token}`, Origin: 'https://attacker.example' });
  expect(answer.status).toBe(403);
  expect(await planner.call('trips.list')).toEqual([]);
});

test('the API refuses a rebinding Host (403)', async ({ planner }) => {
  const answer = await post(planner.baseURL, 'trips.list', { Authorization: `Bearer ${planner.token}`, Host: 'attacker.example' });
  expect(answer.status).toBe(403);
});

test('a page from another origin cannot call the API from the browser', async ({ planner, page }) => {
  // A page the user might have open elsewhere: served from a different origin, trying its luck with fetch.
  await page.goto('about:blank');
  const status = await page.evaluate(async (base) => {
    try {
      const r = await fetch(`${base}/api/trips.list`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
      return r.status;
    } catch {
      return 'blocked';
    }
  }, planner.baseURL);
  expect([401, 403, 'blocked']).toContain(status);
});
