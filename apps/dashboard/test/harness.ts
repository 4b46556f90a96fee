// The dashboard against the real server, in process: a fresh koe app on a
// real SQLite file (the server's own test fixtures), reached through a fetch
// that hands each request to app.request(). No mocked API.
import { bucketOf } from '@koe/core';
import { hashPassword } from '../../server/src/accounts/passwords';
import type { ResponseWrite } from '../../server/src/store/types';
import { makeTestApp, type TestApp } from '../../server/test/fixtures';
import { responseWrite } from '../../server/test/response-writes';

export type MemberRole = 'owner' | 'admin' | 'editor' | 'viewer';

export interface Harness extends TestApp {
  /** Reaches the in-process app and keeps its cookies, as a browser would. */
  fetch: typeof fetch;
  /** Signs the browser in as site A's organization's member with this role (owner@a.example…). */
  signInAs(role: MemberRole): Promise<void>;
  /** The browser's cookies, as sent. */
  cookies(): string;
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

/**
 * happy-dom's Response drops Set-Cookie and its Request drops Cookie (a
 * page's script may touch neither), and the in-process server is reached
 * through the same global classes: keep both headers, so the harness's jar
 * can play the browser's part. The page's code never reads them.
 */
function keepCookieHeaders(): void {
  const PageResponse = globalThis.Response;
  if ((PageResponse as { keepsSetCookie?: boolean }).keepsSetCookie) return;
  const PageRequest = globalThis.Request;
  class RequestWithCookies extends PageRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      const cookie = init?.headers ? new Headers(init.headers).get('cookie') : null;
      if (cookie) this.headers.set('cookie', cookie);
    }
  }
  globalThis.Request = RequestWithCookies;
  class ResponseWithCookies extends PageResponse {
    static keepsSetCookie = true;
    constructor(body?: BodyInit | null, init?: ResponseInit) {
      super(body, init);
      const cookies = init?.headers ? new Headers(init.headers).getSetCookie() : [];
      for (const cookie of cookies) this.headers.append('set-cookie', cookie);
    }
  }
  globalThis.Response = ResponseWithCookies;
}

export const MEMBER_PASSWORD = 'dashboard test passphrase';
let passwordHash: Promise<string> | undefined;

/** Site A and B each belong to an organization; A's has one member per role. */
async function addMembers(test: TestApp): Promise<void> {
  passwordHash ??= hashPassword(MEMBER_PASSWORD);
  const hash = await passwordHash;
  const now = test.clock.now();
  const accounts = test.store.accounts;
  for (const [org, site] of [
    ['org_a', test.a.site.id],
    ['org_b', test.b.site.id],
  ] as const) {
    await accounts.createOrganization({
      id: org,
      name: org === 'org_a' ? 'Org A' : 'Org B',
      createdAt: now,
    });
    test.store.sqlite.prepare('UPDATE sites SET organization_id = ? WHERE id = ?').run(org, site);
  }
  for (const role of ['owner', 'admin', 'editor', 'viewer'] as const) {
    await accounts.createUser({
      id: `usr_${role}`,
      email: `${role}@a.example`,
      name: `${role[0]?.toUpperCase()}${role.slice(1)} of A`,
      passwordHash: hash,
      createdAt: now,
      passwordChangedAt: now,
    });
    await accounts.addMember('org_a', `usr_${role}`, role, now);
  }
}

export async function harness(config: Parameters<typeof makeTestApp>[0] = {}): Promise<Harness> {
  keepCookieHeaders();
  const test = await makeTestApp(config);
  await addMembers(test);
  // The browser's cookie jar: the app's Set-Cookie kept, sent back on every request.
  const jar = new Map<string, string>();
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a)) || value === '';
      if (expired) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  };
  const cookies = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  // @koe/client passes a Request (happy-dom's, in component tests): hand its
  // method, path, headers and body to the app, as from the dashboard's own origin.
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (typeof input === 'object' && 'url' in input) {
      const url = new URL(input.url);
      const body = ['GET', 'HEAD'].includes(input.method) ? undefined : await input.text();
      const headers = Object.fromEntries(input.headers.entries());
      if (jar.size > 0) headers.cookie = cookies();
      return keepCookies(
        await test.app.request(`${url.pathname}${url.search}`, {
          method: input.method,
          headers,
          ...(body !== undefined && { body }),
        }),
      );
    }
    return keepCookies(await test.app.request(String(input), init));
  }) as typeof fetch;
  return {
    ...test,
    fetch: fetchFn,
    cookies,
    async signInAs(role) {
      const response = await fetchFn(
        new Request('http://localhost/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `${role}@a.example`, password: MEMBER_PASSWORD }),
        }),
      );
      if (response.status !== 204) throw new Error(`sign-in as ${role}: ${response.status}`);
    },
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
