// Built files go out as the build compressed them: /koe.js, the dashboard
// and the /docs assets pick br > gzip > identity per Accept-Encoding, with
// Content-Encoding, an exact Content-Length, Vary, an ETag per encoding and
// 304s per encoding. Without siblings (a dev build) the server compresses
// once in memory.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetPath } from '../src/routes/widget-assets';
import { makeTestApp, type TestApp } from './fixtures';

/** The budget for koe.js, the loader every page gets, on the wire (brotli or gzip). */
const WIRE_BUDGET = 2_048;
/** koe.js and koe-ui.js on the wire: what a page that shows a survey gets. */
const SURVEY_WIRE_BUDGET = 7_424;

let built: TestApp;
let dev: TestApp;
let devDir: string;
const koeJs = readFileSync(widgetPath());

beforeAll(async () => {
  built = await makeTestApp();
  // A dev build: the same files without .br/.gz siblings.
  devDir = mkdtempSync(join(tmpdir(), 'koe-static-'));
  writeFileSync(join(devDir, 'koe.js'), koeJs);
  mkdirSync(join(devDir, 'dashboard', 'assets'), { recursive: true });
  writeFileSync(join(devDir, 'dashboard', 'index.html'), '<!doctype html><title>koe</title>');
  writeFileSync(join(devDir, 'dashboard', 'assets', 'app-1.js'), 'console.log(1);\n'.repeat(200));
  dev = await makeTestApp({
    widgetPath: join(devDir, 'koe.js'),
    dashboardPath: join(devDir, 'dashboard'),
  });
});

afterAll(async () => {
  await built.cleanup();
  await dev.cleanup();
  rmSync(devDir, { recursive: true, force: true });
});

function decode(body: Buffer, encoding: string | null): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

async function get(t: TestApp, path: string, headers: Record<string, string> = {}) {
  const response = await t.app.request(path, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const CASES = [
  ['br, gzip', 'br'],
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip', 'gzip'],
  ['gzip;q=0, br;q=0', null],
  ['*', 'br'],
  ['br;q=0, *', 'gzip'],
  ['identity', null],
  [undefined, null],
] as const;

describe.each([
  ['built (precompressed siblings)', () => built],
  ['dev (compressed once in memory)', () => dev],
])('GET /koe.js, %s', (_, app) => {
  it.each(CASES)('Accept-Encoding %j is answered with %s', async (accept, encoding) => {
    const { response, body } = await get(
      app(),
      '/koe.js',
      accept ? { 'accept-encoding': accept } : {},
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(decode(body, encoding).equals(koeJs)).toBe(true);
    if (encoding) expect(body.length).toBeLessThanOrEqual(WIRE_BUDGET);
  });

  it('gives each encoding its own ETag and answers 304 only to that one', async () => {
    const etags = new Map<string, string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const { response } = await get(app(), '/koe.js', { 'accept-encoding': accept });
      etags.set(accept, response.headers.get('etag') as string);
    }
    expect(new Set(etags.values()).size).toBe(3);
    for (const [accept, etag] of etags) {
      const fresh = await get(app(), '/koe.js', {
        'accept-encoding': accept,
        'if-none-match': etag,
      });
      expect(fresh.response.status).toBe(304);
      expect(fresh.body.length).toBe(0);
      expect(fresh.response.headers.get('etag')).toBe(etag);
      expect(fresh.response.headers.get('vary')).toBe('Accept-Encoding');
      expect(fresh.response.headers.get('content-encoding')).toBeNull();
      // The same ETag under another encoding names other bytes: a full answer.
      const other = accept === 'br' ? 'gzip' : 'br';
      const stale = await get(app(), '/koe.js', {
        'accept-encoding': other,
        'if-none-match': etag,
      });
      expect(stale.response.status).toBe(200);
    }
  });

  it('answers 304 to a list of ETags, a weak one or *', async () => {
    const { response } = await get(app(), '/koe.js', { 'accept-encoding': 'br' });
    const etag = response.headers.get('etag') as string;
    for (const ifNoneMatch of [`"x", ${etag}`, `W/${etag}`, '*']) {
      const again = await get(app(), '/koe.js', {
        'accept-encoding': 'br',
        'if-none-match': ifNoneMatch,
      });
      expect(again.response.status).toBe(304);
    }
  });
});

describe('GET /koe.js on the wire', () => {
  it('fits 2,048 bytes, and 7,424 with koe-ui.js, in brotli and in gzip', async () => {
    for (const encoding of ['br', 'gzip']) {
      const loader = await get(built, '/koe.js', { 'accept-encoding': encoding });
      const ui = await get(built, '/koe-ui.js', { 'accept-encoding': encoding });
      expect(loader.response.headers.get('content-encoding')).toBe(encoding);
      expect(loader.body.length).toBeLessThanOrEqual(WIRE_BUDGET);
      expect(loader.body.length + ui.body.length).toBeLessThanOrEqual(SURVEY_WIRE_BUDGET);
    }
    expect(koeJs.length).toBeGreaterThan(WIRE_BUDGET);
  });

  it('sends the build’s own .br sibling byte for byte', async () => {
    const { body } = await get(built, '/koe.js', { 'accept-encoding': 'br' });
    expect(body.equals(readFileSync(`${widgetPath()}.br`))).toBe(true);
  });

  it('picks up a rebuilt file while running', async () => {
    const path = join(devDir, 'koe.js');
    writeFileSync(path, `${koeJs.toString()}\n// rebuilt\n`);
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    try {
      const { body, response } = await get(dev, '/koe.js', { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(body).toString()).toContain('// rebuilt');
    } finally {
      writeFileSync(path, koeJs);
    }
  });
});

describe('GET /app and /app/assets/{name}', () => {
  it.each(CASES)('Accept-Encoding %j: assets answered with %s', async (accept, encoding) => {
    const asset = firstScript();
    const { response, body } = await get(built, asset, accept ? { 'accept-encoding': accept } : {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const raw = readFileSync(join(dashboardDir(), asset.replace('/app/', '')));
    expect(decode(body, encoding).equals(raw)).toBe(true);
  });

  it('compresses the page and a dev build’s assets too', async () => {
    const page = await get(dev, '/app', { 'accept-encoding': 'br' });
    expect(page.response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(decode(page.body, page.response.headers.get('content-encoding')).toString()).toBe(
      '<!doctype html><title>koe</title>',
    );
    const asset = await get(dev, '/app/assets/app-1.js', { 'accept-encoding': 'gzip' });
    expect(asset.response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toBe('console.log(1);\n'.repeat(200));
  });

  it('never serves a sibling as if it were an asset', async () => {
    const { response } = await get(built, `${firstScript()}.br`);
    expect(response.status).toBe(404);
  });
});

function dashboardDir(): string {
  return join(import.meta.dirname, '..', '..', 'dashboard', 'dist');
}

/** The built dashboard's entry script, as its index.html names it. */
function firstScript(): string {
  const html = readFileSync(join(dashboardDir(), 'index.html'), 'utf8');
  const [path] = html.match(/\/app\/assets\/[\w.-]+\.js/) ?? [];
  if (!path) throw new Error('the built dashboard names no script');
  return path;
}
