// One delivery attempt: a POST with a timeout, no redirects followed (a 3xx is
// a failed attempt, so a redirect cannot lead to a forbidden target), and at
// most 64 KiB of the answer read (receivers are not trusted to be small). A
// forbidden target is a failed attempt too, found before connecting.
import http from 'node:http';
import https from 'node:https';
import { checkTargetLiteral, guardedLookup } from './target-safety';

const MAX_ANSWER_BYTES = 64 * 1024;

export interface PostResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  try {
    // Node connects to an IP literal without calling the lookup below.
    checkTargetLiteral(url, allowPrivate);
  } catch (error) {
    return Promise.resolve({ statusCode: null, latencyMs: 0, error: (error as Error).message });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, latencyMs: elapsed(), error });
    };
    const client = url.startsWith('https:') ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'koe-webhooks',
        },
        lookup: guardedLookup(allowPrivate),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () => {
          const status = response.statusCode ?? null;
          finish(
            status,
            status !== null && status >= 300 && status < 400 ? 'redirects are not followed' : null,
          );
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(null, `no answer within ${timeoutMs} ms`);
    }, timeoutMs);
    request.on('error', (error) => finish(null, error.message));
    request.end(body);
  });
}
