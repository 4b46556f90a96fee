// The dashboard against the real server, in process: a fresh koe app on a
// real SQLite file (the server's own test fixtures), reached through a fetch
// that hands each request to app.request(). No mocked API.
import { bucketOf } from '@koe/core';
import type { ResponseWrite } from '../../server/src/store/types';
import { makeTestApp, type TestApp } from '../../server/test/fixtures';
import { responseWrite } from '../../server/test/response-writes';

export interface Harness extends TestApp {
  fetch: typeof fetch;
  now: () => number;
  /** GET an analyst endpoint with site A's read key, as JSON. */
  api<T>(path: string): Promise<T>;
  /** Stores answers for site A's NPS survey (srv_a) as received at `at`. */
  answer(at: number, answers: Array<Partial<ResponseWrite> & { score: number }>): Promise<void>;
  /**
   * Site A's widget config fetched from a page on `origin` at `at`, as the
   * install check records it (happy-dom's Request drops the Origin header,
   * so the request itself cannot be made from a component test).
   */
  widgetSeen(origin: string, allowed: boolean, at: number): Promise<void>;
}

export async function harness(config: Parameters<typeof makeTestApp>[0] = {}): Promise<Harness> {
  const test = await makeTestApp(config);
  // @koe/client passes a Request (happy-dom's, in component tests): hand its
  // method, path, headers and body to the app.
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (typeof input === 'object' && 'url' in input) {
      const url = new URL(input.url);
      const body = ['GET', 'HEAD'].includes(input.method) ? undefined : await input.text();
      return test.app.request(`${url.pathname}${url.search}`, {
        method: input.method,
        headers: Object.fromEntries(input.headers.entries()),
        ...(body !== undefined && { body }),
      });
    }
    return test.app.request(String(input), init);
  }) as typeof fetch;
  return {
    ...test,
    fetch: fetchFn,
    now: () => test.clock.now(),
    async api(path) {
      const response = await test.app.request(path, {
        headers: { authorization: `Bearer ${test.a.readKey}` },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    async widgetSeen(origin, allowed, at) {
      const seen = { siteId: test.a.site.id, origin, allowed, firstSeenAt: at, lastSeenAt: at };
      await test.store.recordInstalls([{ ...seen, count: 1 }], 100);
    },
    async answer(at, answers) {
      await test.store.writeResponses(
        answers.map((answer) =>
          responseWrite({
            siteId: test.a.site.id,
            surveyId: test.a.surveyId,
            bucket: bucketOf('nps', answer.score),
            locale: 'en',
            ...answer,
          }),
        ),
        at,
      );
    },
  };
}
