// GET /app…: the built dashboard with a strict CSP, index.html for every
// dashboard route, immutable hashed assets, and nothing outside dist/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './fixtures';

let dir: string;
let test: TestApp;
let missing: TestApp;
const app = { request: (path: string) => test.app.request(path) };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'koe-dashboard-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>koe</title>');
  writeFileSync(join(dir, 'preview.html'), '<!doctype html><title>preview</title>');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not an asset');
});

beforeAll(async () => {
  test = await makeTestApp({ dashboardPath: dir });
  missing = await makeTestApp({ dashboardPath: join(dir, 'nowhere') });
});

afterAll(async () => {
  await test.cleanup();
  await missing.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /app', () => {
  it.each([
    '/app',
    '/app/',
    '/app/surveys/srv_1',
  ])('answers %s with index.html under a strict CSP', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>koe</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the preview frame page', async () => {
    const response = await app.request('/app/preview.html');
    expect(await response.text()).toContain('<title>preview</title>');
  });

  it('serves hashed assets for a year, readable by the sandboxed preview frame', async () => {
    const response = await app.request('/app/assets/index-AbC123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    '/app/assets/missing-1.js',
    '/app/assets/..%2Fsecret.txt',
    '/app/assets/%2e%2e',
  ])('never serves a file outside dist/assets for %s', async (path) => {
    const response = await app.request(path);
    expect(await response.text()).not.toContain('not an asset');
    // An encoded "/" in the name is refused; a normalised ".." path lands on the index page.
    if (path !== '/app/assets/%2e%2e') {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('says how to build the dashboard when it is missing', async () => {
    const response = await missing.app.request('/app');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      detail: 'the dashboard is not built: run npm run build',
    });
  });
});
