// Dynamic answers (JSON, problem+json, NDJSON and CSV exports, HTML) are
// compressed on the fly per Accept-Encoding above 1 KiB, streams stay
// streams, and the ingest path, empty answers and already-encoded ones are
// left alone.

import { brotliDecompressSync, constants, createBrotliDecompress, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compress } from '../src/middleware/compress';
import { bearer, makeTestApp, postResponse, responseBody, type TestApp } from './fixtures';
import { responseWrite } from './response-writes';

let t: TestApp;
const EXPORT_ROWS = 3_000;

beforeAll(async () => {
  t = await makeTestApp();
  // Rows with comments, so an export is a few MB over several 64 KB chunks.
  const rows = Array.from({ length: EXPORT_ROWS }, (_, i) =>
    responseWrite({
      siteId: t.a.site.id,
      surveyId: t.a.surveyId,
      score: i % 11,
      comment: `answer ${i}: the parcel arrived ${i % 7} days late and the box was damaged`,
      touchpoint: 'checkout',
    }),
  );
  for (let i = 0; i < rows.length; i += 500)
    await t.store.writeResponses(rows.slice(i, i + 500), t.clock.now() + i);
});

afterAll(async () => {
  await t.cleanup();
});

function decode(body: Buffer, encoding: string | null): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await t.app.request(path, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const ENCODINGS = [
  ['br', 'br'],
  ['gzip', 'gzip'],
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip;q=0, br;q=0', null],
  ['*', 'br'],
  ['identity', null],
  [undefined, null],
] as const;

describe('compressing dynamic answers', () => {
  const key = () => bearer(t.a.readKey);

  it.each(ENCODINGS)('GET /v1/openapi.json, Accept-Encoding %j → %s', async (accept, encoding) => {
    const plain = await get('/v1/openapi.json');
    const { response, body } = await get(
      '/v1/openapi.json',
      accept ? { 'accept-encoding': accept } : {},
    );
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(decode(body, encoding).equals(plain.body)).toBe(true);
    if (encoding) {
      expect(response.headers.get('content-length')).toBeNull();
      expect(body.length).toBeLessThan(plain.body.length / 5);
    }
  });

  it.each([
    ['responses.ndjson', 'br'],
    ['responses.ndjson', 'gzip'],
    ['responses.csv', 'br'],
    ['responses.csv', 'gzip'],
  ])('streams the %s export compressed with %s, decoding to the exact bytes', async (file, accept) => {
    const path = `/v1/surveys/srv_a/${file}`;
    const plain = await get(path, key());
    const { response, body } = await get(path, { ...key(), 'accept-encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(accept);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    const decoded = decode(body, accept);
    expect(decoded.equals(plain.body)).toBe(true);
    if (file.endsWith('ndjson'))
      expect(decoded.toString().trim().split('\n')).toHaveLength(EXPORT_ROWS);
    expect(body.length).toBeLessThan(plain.body.length / 4);
  });

  it('sends an export progressively: whole rows decode from the first chunks, before the end', async () => {
    const response = await t.app.request('/v1/surveys/srv_a/responses.ndjson', {
      headers: { ...key(), 'accept-encoding': 'br' },
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = createBrotliDecompress();
    let text = '';
    decoder.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    let before = 0;
    // Read compressed chunks one by one until a whole row has been decoded.
    while (!text.includes('\n')) {
      const { done, value } = await reader.read();
      expect(done).toBe(false);
      before += value?.byteLength ?? 0;
      await new Promise<void>((resolve) => decoder.write(value, () => resolve()));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const first = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(first).toMatchObject({ surveyId: 'srv_a' });
    // Most of the export was still to come: it is sent as it is made, not buffered.
    let after = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      after += value.byteLength;
    }
    expect(after).toBeGreaterThan(before * 4);
  });

  it('compresses a large problem+json answer', async () => {
    const response = await t.app.request('/v1/surveys', {
      method: 'POST',
      headers: {
        ...bearer(t.a.writeKey),
        'content-type': 'application/json',
        'accept-encoding': 'gzip',
      },
      body: JSON.stringify({
        name: '',
        type: 'nope',
        question: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x${i}`, ''])),
      }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(body).toString())).toMatchObject({ code: 'invalid-body' });
  });

  it('leaves answers under 1 KiB as they are, with their length', async () => {
    const { response, body } = await get('/v1/site', { ...key(), 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(body.length).toBeLessThan(1024);
    expect(JSON.parse(body.toString())).toMatchObject({ id: t.a.site.id });
  });

  it('never touches POST /v1/responses, the ingest path', async () => {
    const response = await postResponse(t.app, responseBody(t.a), {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary') ?? '').not.toMatch(/accept-encoding/i);
  });

  it('sends 304s empty and unencoded', async () => {
    const path = `/v1/sites/${t.a.site.publishableKey}/surveys`;
    const first = await get(path, { 'accept-encoding': 'br' });
    const etag = first.response.headers.get('etag') as string;
    const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('content-encoding')).toBeNull();
    expect(again.body.length).toBe(0);
  });
});

describe('compress() middleware', () => {
  /** An app with one route per case, behind the middleware alone. */
  function appWith(route: (app: Hono) => void) {
    const app = new Hono();
    app.use(compress());
    route(app);
    return app;
  }

  it('flushes each chunk: the first decodes while the route is still writing', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = `${'{"row":1}\n'.repeat(200)}`;
    const app = appWith((a) =>
      a.get('/slow.ndjson', () => {
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode(first));
            await gate;
            controller.enqueue(new TextEncoder().encode('{"row":2}\n'));
            controller.close();
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
      }),
    );
    const response = await app.request('/slow.ndjson', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // Chunks read while the route waits at the gate decode (as an unfinished
    // gzip stream, no trailer yet) to everything written so far.
    const received: Uint8Array[] = [];
    const decoded = () =>
      gunzipSync(Buffer.concat(received), { finishFlush: constants.Z_SYNC_FLUSH }).toString();
    while (decoded() !== first) {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the first chunk was held back')), 2_000),
      );
      const { done, value } = await Promise.race([reader.read(), timeout]);
      expect(done).toBe(false);
      received.push(value as Uint8Array);
    }
    release();
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received.push(chunk.value);
    }
    expect(gunzipSync(Buffer.concat(received)).toString()).toBe(`${first}{"row":2}\n`);
  });

  it('weakens a strong ETag on a body it compressed', async () => {
    const app = appWith((a) =>
      a.get('/doc', (c) => c.json({ text: 'x'.repeat(4000) }, 200, { etag: '"abc"' })),
    );
    const compressed = await app.request('/doc', { headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers.get('etag')).toBe('W/"abc"');
    const plain = await app.request('/doc');
    expect(plain.headers.get('etag')).toBe('"abc"');
  });

  it.each([
    ['an image', { 'content-type': 'image/png' }],
    ['an encoded body', { 'content-type': 'text/plain', 'content-encoding': 'br' }],
    ['a no-transform answer', { 'content-type': 'text/plain', 'cache-control': 'no-transform' }],
  ] as Array<[string, Record<string, string>]>)('leaves %s alone', async (_, headers) => {
    const app = appWith((a) => a.get('/x', () => new Response('x'.repeat(5000), { headers })));
    const response = await app.request('/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe(headers['content-encoding'] ?? null);
    expect((await response.text()).length).toBe(5000);
  });

  it('keeps a Vary the route set and adds Accept-Encoding once', async () => {
    const app = appWith((a) =>
      a.get('/x', (c) => c.text('x'.repeat(5000), 200, { vary: 'Origin' })),
    );
    const response = await app.request('/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('vary')).toBe('Origin, Accept-Encoding');
  });

  it('skips requests the skip option names, without reading the body', async () => {
    const app = new Hono();
    app.use(compress({ skip: (c) => c.req.path === '/raw' }));
    app.get('/raw', (c) => c.text('y'.repeat(5000)));
    const response = await app.request('/raw', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
  });

  it('answers HEAD without a body or an encoding', async () => {
    const app = appWith((a) => a.get('/x', (c) => c.text('x'.repeat(5000))));
    const response = await app.request('/x', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});
