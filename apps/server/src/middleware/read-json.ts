// Reads a JSON request body within a byte limit, for every route that takes
// one. The limit holds for chunked bodies too: hono's bodyLimit counts the
// bytes as they stream in rather than trusting Content-Length.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('body-too-large', `the body must be at most ${maxBytes} bytes`);
    },
  });
}

/**
 * Parses the body as JSON. `text/plain` is accepted where the widget posts it
 * (a CORS "simple request": no preflight round trip, and it works from
 * sendBeacon during page unload).
 */
export async function readJson(
  c: Context,
  { allowTextPlain }: { allowTextPlain: boolean },
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
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid-json', 'the body could not be parsed as JSON');
  }
}
