// Reads a JSON request body within a byte limit, for every route that takes
// one. The limit holds for chunked bodies too.
import type { Context } from 'hono';
import { ApiError } from '../errors';

function tooLarge(maxBytes: number): ApiError {
  return new ApiError('body-too-large', `the body must be at most ${maxBytes} bytes`);
}

/**
 * Reads the body as text, refusing more than maxBytes. With a Content-Length
 * (what browsers send for string bodies) the size is known up front and the
 * body is read through @hono/node-server's direct fast path: touching
 * `c.req.raw.body`, as hono's bodyLimit does, builds a full web Request per
 * call and measured at about half of ingest CPU. Without one (chunked), the
 * stream is counted as it arrives and cut off at the limit, so no client can
 * make the server buffer more than maxBytes.
 */
export async function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const length = c.req.header('content-length');
  if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
    if (!/^\d+$/.test(length) || Number(length) > maxBytes) throw tooLarge(maxBytes);
    return c.req.text();
  }
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses the body as JSON. `text/plain` is accepted where the widget posts it
 * (a CORS "simple request": no preflight round trip, and it works from
 * sendBeacon during page unload).
 */
export async function readJson(
  c: Context,
  { allowTextPlain, maxBytes }: { allowTextPlain: boolean; maxBytes: number },
): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const allowed = type === 'application/json' || (allowTextPlain && type === 'text/plain');
  if (!allowed) {
    throw new ApiError(
      'unsupported-media-type',
      allowTextPlain
        ? 'send the body as application/json or text/plain'
        : 'send the body as application/json',
    );
  }
  const text = await readBodyText(c, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid-json', 'the body could not be parsed as JSON');
  }
}
