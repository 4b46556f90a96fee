// GET /docs (the reference rendered here, no script, under a CSP that allows
// only its own inline stylesheet), /docs/interactive (Scalar, talking to this
// server only) and the files they use, compressed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standaloneOpenApiDocument } from '../src/api/standalone-document';
import { makeTestApp, type TestApp } from './fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.cleanup();
});

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await t.app.request(path, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /docs', () => {
  it('is the reference as HTML with one inline stylesheet its CSP allows by hash, and no script', async () => {
    const { response, body } = await get('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = body.toString();
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] as string);
    expect(styles).toHaveLength(1);
    expect(response.headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src ${hash(styles[0] as string)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(html).not.toMatch(/<script|<link|\ssrc=|style="/);
    expect(html).toContain('<a href="/v1/openapi.json">');
    expect(html).toContain('<a href="/docs/interactive">');
    expect(html).toContain('id="post-response"');
    expect(html).toContain('urn:koe:problem:survey-not-active');
  });

  it('goes out compressed at brotli 11 with an ETag per encoding and 304s', async () => {
    const plain = await get('/docs');
    const br = await get('/docs', { 'accept-encoding': 'br, gzip' });
    expect(br.response.headers.get('content-encoding')).toBe('br');
    expect(br.response.headers.get('content-length')).toBe(String(br.body.length));
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 10);
    const etag = br.response.headers.get('etag') as string;
    expect(etag).not.toBe(plain.response.headers.get('etag'));
    const again = await get('/docs', { 'accept-encoding': 'br, gzip', 'if-none-match': etag });
    expect(again.response.status).toBe(304);
  });
});

describe('GET /docs/interactive', () => {
  it('starts Scalar from this server, without its fonts, under a CSP of this origin only', async () => {
    const { response, body } = await get('/docs/interactive');
    const html = body.toString();
    expect(html).toContain('<script src="/docs/scalar.js"></script>');
    const [, start] = html.match(/<script>([^<]+)<\/script>/) ?? [];
    expect(start).toContain('"withDefaultFonts":false');
    expect(start).toContain('"url":"/v1/openapi.json"');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' ${hash(start as string)}`);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('serves Scalar’s bundle compressed, decoding to the package’s file', async () => {
    const { response, body } = await get('/docs/scalar.js', { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-length')).toBe(String(body.length));
    const original = readFileSync(
      createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'),
    );
    expect(body.length).toBeLessThan(original.length / 4);
    expect(brotliDecompressSync(body).equals(original)).toBe(true);
  });
});

describe('GET /v1/openapi.json', () => {
  it('is the document the reference is rendered from', async () => {
    const { body } = await get('/v1/openapi.json');
    expect(JSON.parse(body.toString())).toEqual(await standaloneOpenApiDocument());
  });
});

describe('GET /docs/statistics.md', () => {
  it('serves the statistics the reference links to', async () => {
    const page = await get('/docs');
    expect(page.body.toString()).toContain('href="/docs/statistics.md"');
    const statistics = await get('/docs/statistics.md');
    expect(statistics.response.status).toBe(200);
    expect(statistics.response.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(statistics.body.toString()).toContain('# Statistics: every number koe shows');
  });
});
