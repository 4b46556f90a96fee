// Compresses dynamic answers (JSON, problem+json, NDJSON and CSV exports,
// HTML) with node:zlib, br or gzip as the client's Accept-Encoding allows.
// Static files are compressed at build time and carry their own
// Content-Encoding, which this leaves alone.
//
// Bodies are read, never buffered whole: the first chunk decides. A body
// that ends within `threshold` bytes goes out as it is (a compressed frame
// plus the CPU would cost more than the bytes saved, and the ingest path's
// tiny answers pay nothing but one read). Anything longer is compressed as a
// stream, flushed per chunk (encode-stream.ts), so exports stay progressive.
// Brotli at quality 5: smaller than gzip -6 on every answer measured (the
// 62 KB OpenAPI document 5,409 bytes against 5,811; a 2 MB NDJSON export 61 KB
// against 71 KB) for a few milliseconds; quality 11 would take 10–300 times
// longer, which only build-time compression can afford.
import type { Context, MiddlewareHandler } from 'hono';
import { type ContentCoding, negotiateEncoding } from './accept-encoding';
import { isCompressibleType } from './content-types';
import { encodeStream } from './encode-stream';

export interface CompressOptions {
  /** Bodies shorter than this are sent as they are. */
  threshold?: number;
  brotliQuality?: number;
  gzipLevel?: number;
  /** Requests whose answers are never compressed (decided before the route runs). */
  skip?: (c: Context) => boolean;
}

const NO_BODY_STATUS = new Set([204, 205, 304]);

function appendVary(headers: Headers, name: string): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', name);
  else if (!vary.split(',').some((v) => ['*', name.toLowerCase()].includes(v.trim().toLowerCase())))
    headers.set('vary', `${vary}, ${name}`);
}

/** Whether this answer is ours to compress: a text body nobody encoded yet. */
function compressible(res: Response): boolean {
  if (NO_BODY_STATUS.has(res.status)) return false;
  const headers = res.headers;
  return (
    !headers.has('content-encoding') &&
    isCompressibleType(headers.get('content-type')) &&
    !/\bno-transform\b/i.test(headers.get('cache-control') ?? '') &&
    // Last: on @hono/node-server's light Response, reading .body builds the real one.
    res.body !== null
  );
}

/**
 * A strong ETag names exact bytes, and the compressed bytes are others
 * (RFC 9110 §8.8.3). Weakened, it still matches on revalidation (If-None-Match
 * compares weakly), as nginx does.
 */
function weakenEtag(headers: Headers): void {
  const etag = headers.get('etag');
  if (etag?.startsWith('"')) headers.set('etag', `W/${etag}`);
}

export function compress({
  threshold = 1024,
  brotliQuality = 5,
  gzipLevel = 6,
  skip = () => false,
}: CompressOptions = {}): MiddlewareHandler {
  const levels: Record<Exclude<ContentCoding, 'identity'>, number> = {
    br: brotliQuality,
    gzip: gzipLevel,
  };

  return async function compressAnswer(c, next) {
    if (skip(c)) return next();
    const coding = negotiateEncoding(c.req.header('accept-encoding'));
    await next();
    const res = c.res;
    if (!compressible(res)) return;
    appendVary(res.headers, 'Accept-Encoding');
    // HEAD: the same Vary as GET, but no body to encode (nor a length to give for one).
    if (coding === 'identity' || c.req.method === 'HEAD') return;
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (length < threshold) return;

    // Read until the body is known to be short (it ended) or long enough.
    const source = (res.body as ReadableStream<Uint8Array>).getReader();
    const head: Uint8Array[] = [];
    let read = 0;
    while (Number.isNaN(length) && read < threshold) {
      const { done, value } = await source.read();
      if (done) {
        // Short: the bytes as they were, now with their length known.
        c.res = new Response(concat(head, read) as Uint8Array<ArrayBuffer>, res);
        c.res.headers.set('content-length', String(read));
        return;
      }
      head.push(value);
      read += value.byteLength;
    }

    c.res = new Response(encodeStream(head, source, { coding, level: levels[coding] }), res);
    c.res.headers.delete('content-length');
    c.res.headers.set('content-encoding', coding);
    weakenEtag(c.res.headers);
  };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
