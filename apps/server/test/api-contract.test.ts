// The API keeps its own document: every operation is called against real
// servers on real sockets (real SQLite files), once for each documented
// status that can be produced, and every answer — status, media type,
// documented headers and body — is checked against the served OpenAPI
// document by an independent JSON Schema 2020-12 validator (Ajv). The last
// test fails when a documented answer was never produced here.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type SurveyInput, SurveyInputSchema } from '@koe/core';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/accounts/passwords';
import { createOwner, openSetup } from '../src/accounts/setup';
import { stepAt, totpCode } from '../src/accounts/totp';
import { createSecretKey, createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { systemClock } from '../src/clock';
import type { AppConfig } from '../src/context';
import { signLink } from '../src/links/link-tokens';
import { silentLogger } from '../src/log';
import { SqliteStore } from '../src/store/sqlite/store';
import { type Answer, OpenApiContract } from './contract/openapi-contract';
import { npsSurveyInput } from './fixtures';
import { startIdp } from './oidc-idp';
import { type Inbox, startInbox } from './smtp-inbox';
import { type Receiver, startReceiver } from './webhook-receiver';

/** Documented answers these tests cannot produce on purpose, and why. */
const NOT_PRODUCED: Record<string, string> = {};

const ORIGIN = 'https://shop.example';

interface Server {
  app: KoeApp;
  store: SqliteStore;
  dbPath: string;
  url: string;
  http: ServerType;
  siteId: string;
  siteKey: string;
  writeKey: string;
  readKey: string;
  surveyId: string;
  dir: string;
  organizationId: string;
}

const OWNER = { email: 'owner@contract.example', name: 'Owner', password: 'owner passphrase' };
const VIEWER = { email: 'viewer@contract.example', name: 'Viewer', password: 'viewer passphrase' };

async function startKoe(config: Partial<AppConfig>): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'koe-contract-'));
  const dbPath = join(dir, 'koe.db');
  const store = new SqliteStore({ path: dbPath });
  await store.migrate();
  const { site, secretKey } = await createSite(store, systemClock, {
    name: 'Contract shop',
    origins: [ORIGIN],
  });
  const { secretKey: readKey } = await createSecretKey(store, systemClock, {
    siteId: site.id,
    scope: 'read',
  });
  const app = createApp({ store, clock: systemClock, log: silentLogger, config });
  const { http, port } = await new Promise<{ http: ServerType; port: number }>((resolve) => {
    const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ http, port: info.port }),
    );
  });
  const server: Server = {
    app,
    store,
    dbPath,
    url: `http://127.0.0.1:${port}`,
    http,
    siteId: site.id,
    siteKey: site.publishableKey,
    writeKey: secretKey,
    readKey,
    surveyId: '',
    dir,
    organizationId: '',
  };
  server.surveyId = (await createSurvey(server, { ...npsSurveyInput })).id;
  return server;
}

async function stopKoe(server: Server) {
  await new Promise<void>((done) => server.http.close(() => done()));
  await server.app.drain();
  await server.store.close();
  rmSync(server.dir, { recursive: true, force: true });
}

let contract: OpenApiContract;
let main: Server;
/** Tight client and failed-key limits, a write queue of none, no built widget. */
let limited: Server;
/** Webhooks that may reach 127.0.0.1; its storage is broken on purpose last. */
let fragile: Server;
let receiver: Receiver;
/** The SMTP server main sends invitations and reset links to. */
let inbox: Inbox;

interface Call {
  key?: string;
  body?: unknown;
  /** Sent as is (a string body is not JSON-encoded). */
  contentType?: string;
  headers?: Record<string, string>;
}

/** One request; its answer must keep the document. */
async function call(
  server: Server,
  method: string,
  path: string,
  { key, body, contentType, headers = {} }: Call = {},
): Promise<Answer & { json(): unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    // Redirects are answers too (single sign-on): seen, not followed.
    redirect: 'manual',
    headers: {
      ...(key && { authorization: `Bearer ${key}` }),
      ...(body !== undefined && { 'content-type': contentType ?? 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  // ignoreBOM: keep a byte-order mark in the text, to see that the CSV starts with one.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const answer = { status: response.status, headers: response.headers, text };
  const pathOnly = path.split('?')[0] as string;
  expect(contract.violations(method, pathOnly, answer), `${method} ${path}`).toEqual([]);
  return { ...answer, json: () => JSON.parse(answer.text) };
}

async function expectStatus(
  status: number,
  ...args: Parameters<typeof call>
): Promise<ReturnType<Awaited<ReturnType<typeof call>>['json']>> {
  const answer = await call(...args);
  expect(answer.status, `${args[1]} ${args[2]}: ${answer.text.slice(0, 300)}`).toBe(status);
  return answer.text
    ? /^application\/(problem\+)?json/.test(answer.headers.get('content-type') ?? '')
      ? answer.json()
      : answer.text
    : undefined;
}

/** A member's session on a server: the cookie and the CSRF token, as headers. */
async function sessionOn(server: Server, person: { email: string; password: string }) {
  const response = await fetch(`${server.url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (response.status !== 204) throw new Error(`sign-in: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await (await fetch(`${server.url}/v1/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  return { headers: { cookie, 'x-csrf-token': me.csrfToken } };
}

/** Sign-in through the contract (its 204 checked against the document). */
async function signIn(server: Server, person: { email: string; password: string }) {
  await expectStatus(204, server, 'POST', '/v1/session', {
    body: { email: person.email, password: person.password },
  });
  return sessionOn(server, person);
}

/** 400 for a body that is not JSON, 413 over 64 KiB, 415 for another media type. */
async function expectBodyRefusals(
  server: Server,
  method: string,
  path: string,
  headers: Record<string, string>,
) {
  await expectStatus(400, server, method, path, { body: '{"email":', headers });
  await expectStatus(413, server, method, path, { body: { x: 'y'.repeat(70_000) }, headers });
  await expectStatus(415, server, method, path, { body: '{}', contentType: 'text/html', headers });
}

async function createSurvey(server: Server, input: SurveyInput): Promise<{ id: string }> {
  const response = await fetch(`${server.url}/v1/surveys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.writeKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(SurveyInputSchema.parse(input)),
  });
  if (response.status !== 201) throw new Error(await response.text());
  return (await response.json()) as { id: string };
}

function answer(server: Server, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    siteKey: server.siteKey,
    surveyId: server.surveyId,
    score: 9,
    ...extra,
  };
}

const widgetPost = (body: unknown, origin = ORIGIN): Call => ({
  body,
  contentType: 'text/plain;charset=UTF-8',
  headers: { origin },
});

beforeAll(async () => {
  receiver = await startReceiver();
  inbox = await startInbox();
  main = await startKoe({
    smtpUrl: inbox.url,
    clientRateLimit: 0,
    siteRateLimit: 0,
    failedKeyRateLimit: 0,
    signInAccountLimit: 0,
    signInClientLimit: 0,
  });
  limited = await startKoe({
    clientRateLimit: 2,
    signInClientLimit: 2,
    failedKeyRateLimit: 1,
    siteRateLimit: 0,
    maxQueue: 0,
    widgetPath: join(tmpdir(), 'no-such-widget.js'),
  });
  fragile = await startKoe({
    clientRateLimit: 0,
    siteRateLimit: 0,
    webhookAllowPrivate: true,
    webhookRetryDelaysMs: [60_000],
  });
  fragile.app.services.webhooks.start();
  // Emailed links are built from the public URL only; main's is known once it listens.
  main.app.services.config.publicUrl = main.url;
  // The owner takes the site made above (as the setup link would); a viewer joins.
  await createOwner(main.store, systemClock, { ...OWNER, organizationName: 'Contract org' });
  await createOwner(limited.store, systemClock, { ...OWNER, organizationName: 'Limited org' });
  const [organization] = await main.store.accounts.listOrganizations();
  main.organizationId = organization?.id ?? '';
  await main.store.accounts.createUser({
    id: 'usr_viewer',
    email: VIEWER.email,
    name: VIEWER.name,
    passwordHash: await hashPassword(VIEWER.password),
    createdAt: systemClock.now(),
    passwordChangedAt: null,
  });
  await main.store.accounts.addMember(
    main.organizationId,
    'usr_viewer',
    'viewer',
    systemClock.now(),
  );
  const response = await fetch(`${main.url}/v1/openapi.json`);
  expect(response.status).toBe(200);
  contract = new OpenApiContract((await response.json()) as Record<string, unknown>);
});

afterAll(async () => {
  await stopKoe(main);
  await stopKoe(limited);
  await stopKoe(fragile);
  await receiver.close();
  await inbox.close();
});

describe('every operation keeps the served OpenAPI document', () => {
  it('getOpenApiDocument', async () => {
    await expectStatus(200, main, 'GET', '/v1/openapi.json');
  });

  it('getWidgetScript: the script, 304 by ETag, 404 when not built', async () => {
    const first = await call(main, 'GET', '/koe.js');
    expect(first.status).toBe(200);
    await expectStatus(304, main, 'GET', '/koe.js', {
      headers: { 'if-none-match': first.headers.get('etag') as string },
    });
    await expectStatus(404, limited, 'GET', '/koe.js');
  });

  it('getWidgetExplainer: the script, 304 by ETag, 404 when not built', async () => {
    const first = await call(main, 'GET', '/koe-explain.js');
    expect(first.status).toBe(200);
    await expectStatus(304, main, 'GET', '/koe-explain.js', {
      headers: { 'if-none-match': first.headers.get('etag') as string },
    });
    await expectStatus(404, limited, 'GET', '/koe-explain.js');
  });

  it('getWidgetUi: the script, 304 by ETag, 404 when not built', async () => {
    const first = await call(main, 'GET', '/koe-ui.js');
    expect(first.status).toBe(200);
    await expectStatus(304, main, 'GET', '/koe-ui.js', {
      headers: { 'if-none-match': first.headers.get('etag') as string },
    });
    await expectStatus(404, limited, 'GET', '/koe-ui.js');
  });

  it('postResponse: stored, completed, repeated, and every refusal', async () => {
    const partial = answer(main, { score: 3, finished: false });
    await expectStatus(202, main, 'POST', '/v1/responses', widgetPost(partial));
    await expectStatus(
      200,
      main,
      'POST',
      '/v1/responses',
      widgetPost({ ...partial, reasons: ['price'], comment: 'slow', finished: true }),
    );
    const json = answer(main, { attributes: { plan: 'pro', seats: 3, trial: false } });
    await expectStatus(202, main, 'POST', '/v1/responses', {
      body: json,
      headers: { origin: ORIGIN },
    });
    await expectStatus(200, main, 'POST', '/v1/responses', {
      body: json,
      headers: { origin: ORIGIN },
    });
    await expectStatus(409, main, 'POST', '/v1/responses', widgetPost({ ...json, score: 2 }));

    const refusals: Array<[number, string, Call]> = [
      [400, 'off the scale', widgetPost(answer(main, { score: 11 }))],
      [400, 'unknown reason', widgetPost(answer(main, { reasons: ['nope'] }))],
      [400, 'not JSON', widgetPost('{"id":')],
      [403, 'another origin', widgetPost(answer(main), 'https://evil.example')],
      [404, 'unknown site', widgetPost(answer(main, { siteKey: 'pk_unknownsite00' }))],
      [404, 'unknown survey', widgetPost(answer(main, { surveyId: 'srv_nope' }))],
      [413, 'too large', widgetPost(answer(main, { comment: 'x'.repeat(20_000) }))],
      [415, 'wrong type', { ...widgetPost(answer(main)), contentType: 'text/html' }],
    ];
    for (const [status, why, request] of refusals) {
      await expectStatus(status, main, 'POST', '/v1/responses', request).catch((error) => {
        throw new Error(`${why}: ${error}`);
      });
    }
    const draft = await createSurvey(main, { ...npsSurveyInput, status: 'draft' });
    await expectStatus(
      409,
      main,
      'POST',
      '/v1/responses',
      widgetPost(answer(main, { surveyId: draft.id })),
    );
  });

  it('postResponse: 503 while the write queue is full, 429 over the client limit', async () => {
    // This server's queue holds nothing: every answer finds it full.
    const busy = (await expectStatus(
      503,
      limited,
      'POST',
      '/v1/responses',
      widgetPost(answer(limited)),
    )) as {
      code: string;
    };
    expect(busy.code).toBe('server-busy');
    await expectStatus(200, limited, 'GET', `/v1/sites/${limited.siteKey}/surveys`);
    // Two requests a minute: the third is refused, whichever public endpoint it calls.
    await expectStatus(429, limited, 'POST', '/v1/responses', widgetPost(answer(limited)));
    await expectStatus(429, limited, 'GET', `/v1/sites/${limited.siteKey}/surveys`);
  });

  it('getWidgetSurveys: the surveys, 304 by ETag, refused origin, unknown key', async () => {
    const path = `/v1/sites/${main.siteKey}/surveys`;
    const first = await call(main, 'GET', path, { headers: { origin: ORIGIN } });
    expect(first.status).toBe(200);
    await expectStatus(304, main, 'GET', path, {
      headers: { origin: ORIGIN, 'if-none-match': first.headers.get('etag') as string },
    });
    await expectStatus(403, main, 'GET', path, { headers: { origin: 'https://evil.example' } });
    await expectStatus(404, main, 'GET', '/v1/sites/pk_unknownsite00/surveys');
  });

  it('surveys: list, create, get, update, delete and their refusals', async () => {
    await expectStatus(200, main, 'GET', '/v1/surveys', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/surveys');
    await expectStatus(403, main, 'GET', '/v1/surveys', { key: main.siteKey });

    const csat = {
      name: 'CSAT',
      type: 'csat',
      status: 'active',
      question: { en: 'How did we do?' },
    };
    const created = (await expectStatus(201, main, 'POST', '/v1/surveys', {
      key: main.writeKey,
      body: csat,
    })) as { id: string };
    await expectStatus(400, main, 'POST', '/v1/surveys', {
      key: main.writeKey,
      body: { type: 'nps' },
    });
    await expectStatus(401, main, 'POST', '/v1/surveys', { body: csat });
    await expectStatus(403, main, 'POST', '/v1/surveys', { key: main.readKey, body: csat });
    await expectStatus(413, main, 'POST', '/v1/surveys', {
      key: main.writeKey,
      body: { ...csat, name: 'x'.repeat(70_000) },
    });
    await expectStatus(415, main, 'POST', '/v1/surveys', {
      key: main.writeKey,
      body: JSON.stringify(csat),
      contentType: 'text/plain',
    });

    const path = `/v1/surveys/${created.id}`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope', { key: main.readKey });

    await expectStatus(200, main, 'PATCH', path, {
      key: main.writeKey,
      body: { thanks: { en: 'Thanks' } },
    });
    await expectStatus(400, main, 'PATCH', path, { key: main.writeKey, body: { type: 'nps' } });
    await expectStatus(401, main, 'PATCH', path, { body: {} });
    await expectStatus(403, main, 'PATCH', path, { key: main.readKey, body: {} });
    await expectStatus(404, main, 'PATCH', '/v1/surveys/srv_nope', {
      key: main.writeKey,
      body: {},
    });
    await expectStatus(413, main, 'PATCH', path, {
      key: main.writeKey,
      body: { name: 'x'.repeat(70_000) },
    });
    await expectStatus(415, main, 'PATCH', path, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
  });

  it('getSite', async () => {
    await expectStatus(200, main, 'GET', '/v1/site', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/site', { key: 'sk_unknown' });
    await expectStatus(403, main, 'GET', '/v1/site', { key: main.siteKey });
  });

  it('updateSite: renamed, origins replaced, and the refusals', async () => {
    const patch = { name: 'Contract shop', origins: [ORIGIN, 'http://127.0.0.1:8790'] };
    await expectStatus(200, main, 'PATCH', '/v1/site', { key: main.writeKey, body: patch });
    await expectStatus(400, main, 'PATCH', '/v1/site', {
      key: main.writeKey,
      body: { origins: ['https://shop.example/checkout'] },
    });
    await expectStatus(400, main, 'PATCH', '/v1/site', {
      key: main.writeKey,
      body: '{"name":',
    });
    await expectStatus(401, main, 'PATCH', '/v1/site', { body: patch });
    await expectStatus(403, main, 'PATCH', '/v1/site', { key: main.readKey, body: patch });
    await expectStatus(413, main, 'PATCH', '/v1/site', {
      key: main.writeKey,
      body: { name: 'x'.repeat(40_000) },
    });
    await expectStatus(415, main, 'PATCH', '/v1/site', {
      key: main.writeKey,
      body: JSON.stringify(patch),
      contentType: 'text/plain',
    });
  });

  it('listSiteInstalls: the origins that fetched the surveys, allowed and refused', async () => {
    const path = `/v1/sites/${main.siteKey}/surveys`;
    await expectStatus(200, main, 'GET', path, { headers: { origin: ORIGIN } });
    await expectStatus(403, main, 'GET', path, { headers: { origin: 'https://other.example' } });
    const seen = (await expectStatus(200, main, 'GET', '/v1/site/installs', {
      key: main.readKey,
    })) as { data: Array<{ origin: string | null; allowed: boolean }> };
    expect(seen.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ origin: ORIGIN, allowed: true }),
        expect.objectContaining({ origin: 'https://other.example', allowed: false }),
      ]),
    );
    await expectStatus(401, main, 'GET', '/v1/site/installs');
    await expectStatus(403, main, 'GET', '/v1/site/installs', { key: main.siteKey });
  });

  it('keys: list, make, revoke, and the refusals', async () => {
    const listed = (await expectStatus(200, main, 'GET', '/v1/keys', { key: main.writeKey })) as {
      data: Array<{ id: string; scope: string }>;
    };
    await expectStatus(401, main, 'GET', '/v1/keys');
    await expectStatus(403, main, 'GET', '/v1/keys', { key: main.readKey });

    // The only write key cannot go: the site would be locked out.
    const onlyWrite = listed.data.find((k) => k.scope === 'write')?.id as string;
    await expectStatus(409, main, 'DELETE', `/v1/keys/${onlyWrite}`, { key: main.writeKey });

    const body = { name: 'contract', scope: 'write' };
    const made = (await expectStatus(201, main, 'POST', '/v1/keys', {
      key: main.writeKey,
      body,
    })) as { id: string; secret: string };
    await expectStatus(400, main, 'POST', '/v1/keys', {
      key: main.writeKey,
      body: { name: '', scope: 'admin' },
    });
    await expectStatus(401, main, 'POST', '/v1/keys', { body });
    await expectStatus(403, main, 'POST', '/v1/keys', { key: main.readKey, body });
    await expectStatus(413, main, 'POST', '/v1/keys', {
      key: main.writeKey,
      body: { ...body, name: 'x'.repeat(5_000) },
    });
    await expectStatus(415, main, 'POST', '/v1/keys', {
      key: main.writeKey,
      body: JSON.stringify(body),
      contentType: 'text/plain',
    });

    const path = `/v1/keys/${made.id}`;
    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(401, main, 'GET', '/v1/site', { key: made.secret });
  });

  it('getMetrics: NPS, CSAT and CES with series, segments and comparison; refusals', async () => {
    const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const surveys = [
      main.surveyId,
      (
        await createSurvey(main, {
          name: 'CSAT',
          type: 'csat',
          status: 'active',
          question: { en: 'Q' },
        })
      ).id,
      (
        await createSurvey(main, {
          name: 'CES',
          type: 'ces',
          status: 'active',
          question: { en: 'Q' },
        })
      ).id,
    ];
    for (const [i, surveyId] of surveys.entries()) {
      for (const score of [1, 3, 3, 5]) {
        await expectStatus(
          202,
          main,
          'POST',
          '/v1/responses',
          widgetPost(answer(main, { surveyId, score, touchpoint: i ? 'chat' : 'checkout' })),
        );
      }
      const path = `/v1/surveys/${surveyId}/metrics`;
      await expectStatus(200, main, 'GET', path, { key: main.readKey });
      await expectStatus(200, main, 'GET', `${path}?interval=day&tz=Asia/Tokyo`, {
        key: main.readKey,
      });
      await expectStatus(
        200,
        main,
        'GET',
        `${path}?from=${from}&interval=week&groupBy=touchpoint&compare=previous`,
        { key: main.readKey },
      );
      await expectStatus(200, main, 'GET', `${path}?groupBy=attr.plan`, { key: main.readKey });
    }
    const path = `/v1/surveys/${main.surveyId}/metrics`;
    for (const query of [
      'tz=Mars/Olympus',
      'compare=previous',
      'interval=day&from=2000-01-01T00:00:00Z',
      'bogus=1',
    ]) {
      await expectStatus(400, main, 'GET', `${path}?${query}`, { key: main.readKey });
    }
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/metrics', { key: main.readKey });
  });

  it('getReasons: chips by impact, with filters and the comparison; refusals', async () => {
    const surveyId = (
      await createSurvey(main, {
        name: 'Why',
        type: 'nps',
        status: 'active',
        question: { en: 'Q' },
        followUp: {
          detractor: {
            question: { en: 'Why?' },
            reasons: [
              { id: 'price', label: { en: 'Price' } },
              { id: 'speed', label: { en: 'Speed', ja: '速さ' } },
            ],
          },
        },
      })
    ).id;
    for (const [score, reasons] of [
      [2, ['price']],
      [3, ['price', 'speed']],
      [9, []],
      [10, []],
    ] as const) {
      await expectStatus(
        202,
        main,
        'POST',
        '/v1/responses',
        widgetPost(
          answer(main, { surveyId, score, ...(reasons.length && { reasons: [...reasons] }) }),
        ),
      );
    }
    const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const path = `/v1/surveys/${surveyId}/reasons`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(200, main, 'GET', `${path}?from=${from}&compare=previous&device=desktop`, {
      key: main.readKey,
    });
    await expectStatus(200, main, 'GET', `${path}?bucket=detractor&attr.plan=pro`, {
      key: main.readKey,
    });
    for (const query of ['compare=previous', 'bogus=1', 'bucket=nope']) {
      await expectStatus(400, main, 'GET', `${path}?${query}`, { key: main.readKey });
    }
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/reasons', { key: main.readKey });
  });

  it('getThemes: distinctive terms per bucket with examples; refusals', async () => {
    for (const [score, comment] of [
      ...Array.from({ length: 8 }, () => [2, 'slow delivery'] as const),
      ...Array.from({ length: 8 }, () => [10, 'friendly staff'] as const),
    ]) {
      await expectStatus(
        202,
        main,
        'POST',
        '/v1/responses',
        widgetPost(answer(main, { surveyId: main.surveyId, score, comment })),
      );
    }
    const path = `/v1/surveys/${main.surveyId}/themes`;
    const themes = (await expectStatus(200, main, 'GET', path, { key: main.readKey })) as {
      buckets: Array<{ terms: unknown[] }>;
    };
    expect(themes.buckets.some((b) => b.terms.length > 0)).toBe(true);
    await expectStatus(200, main, 'GET', `${path}?bucket=detractor&device=desktop&limit=3`, {
      key: main.readKey,
    });
    for (const query of [
      'limit=0',
      'bogus=1',
      'to=2000-01-01T00:00:00Z&from=2001-01-01T00:00:00Z',
    ]) {
      await expectStatus(400, main, 'GET', `${path}?${query}`, { key: main.readKey });
    }
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/themes', { key: main.readKey });
  });

  it('getAtRisk: respondents by the stated rules, paged; refusals', async () => {
    for (const [userId, score] of [
      ['risk-a', 10],
      ['risk-a', 5],
      ['risk-b', 2],
    ] as const) {
      await expectStatus(
        202,
        main,
        'POST',
        '/v1/responses',
        widgetPost(answer(main, { surveyId: main.surveyId, score, userId })),
      );
    }
    const path = `/v1/surveys/${main.surveyId}/at-risk`;
    const page = (await expectStatus(200, main, 'GET', `${path}?limit=1`, {
      key: main.readKey,
    })) as { nextCursor: string; data: unknown[] };
    expect(page.data).toHaveLength(1);
    await expectStatus(
      200,
      main,
      'GET',
      `${path}?limit=1&cursor=${page.nextCursor}&device=desktop`,
      {
        key: main.readKey,
      },
    );
    for (const query of ['limit=0', 'cursor=garbage', 'bogus=1']) {
      await expectStatus(400, main, 'GET', `${path}?${query}`, { key: main.readKey });
    }
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/at-risk', { key: main.readKey });
  });

  it('listResponses and the exports: pages, files, refusals before the first byte', async () => {
    const base = `/v1/surveys/${main.surveyId}/responses`;
    const page = (await expectStatus(200, main, 'GET', `${base}?limit=2`, {
      key: main.readKey,
    })) as {
      nextCursor: string;
    };
    expect(page.nextCursor).toEqual(expect.any(String));
    await expectStatus(200, main, 'GET', `${base}?limit=2&cursor=${page.nextCursor}&order=desc`, {
      key: main.readKey,
    });
    const csv = (await expectStatus(200, main, 'GET', `${base}.csv?bom=true`, {
      key: main.readKey,
    })) as string;
    expect(csv.slice(0, 16)).toBe('\ufeffid,received_at,');
    const ndjson = (await expectStatus(200, main, 'GET', `${base}.ndjson`, {
      key: main.readKey,
    })) as string;
    const lines = ndjson.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines)
      expect(contract.componentViolations('Response', JSON.parse(line))).toEqual([]);

    for (const path of [base, `${base}.csv`, `${base}.ndjson`]) {
      await expectStatus(400, main, 'GET', `${path}?cursor=garbage`, { key: main.readKey });
      await expectStatus(401, main, 'GET', path);
      await expectStatus(403, main, 'GET', path, { key: main.siteKey });
      await expectStatus(404, main, 'GET', path.replace(main.surveyId, 'srv_nope'), {
        key: main.readKey,
      });
    }
    await expectStatus(400, main, 'GET', `${base}.ndjson?bom=true`, { key: main.readKey });
    await expectStatus(400, main, 'GET', `${base}.csv?limit=5`, { key: main.readKey });
  });

  it('eraseResponse', async () => {
    const body = answer(main);
    await expectStatus(202, main, 'POST', '/v1/responses', widgetPost(body));
    await expectStatus(401, main, 'DELETE', `/v1/responses/${body.id}`);
    await expectStatus(403, main, 'DELETE', `/v1/responses/${body.id}`, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', `/v1/responses/${body.id}`, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', `/v1/responses/${body.id}`, { key: main.writeKey });
  });

  it('webhooks: every operation, a delivery with its attempts, and the refusals', async () => {
    const hook = { url: 'https://1.1.1.1/koe', events: ['response.finished'] };
    await expectStatus(200, main, 'GET', '/v1/webhooks', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/webhooks');
    await expectStatus(403, main, 'GET', '/v1/webhooks', { key: main.siteKey });

    const created = (await expectStatus(201, main, 'POST', '/v1/webhooks', {
      key: main.writeKey,
      body: { ...hook, buckets: ['detractor'], surveyIds: [main.surveyId] },
    })) as { id: string };
    await expectStatus(400, main, 'POST', '/v1/webhooks', {
      key: main.writeKey,
      body: { ...hook, events: [] },
    });
    await expectStatus(400, main, 'POST', '/v1/webhooks', {
      key: main.writeKey,
      body: { ...hook, url: 'http://127.0.0.1/hook' },
    });
    await expectStatus(401, main, 'POST', '/v1/webhooks', { body: hook });
    await expectStatus(403, main, 'POST', '/v1/webhooks', { key: main.readKey, body: hook });
    await expectStatus(413, main, 'POST', '/v1/webhooks', {
      key: main.writeKey,
      body: { ...hook, url: `https://1.1.1.1/${'x'.repeat(20_000)}` },
    });
    await expectStatus(415, main, 'POST', '/v1/webhooks', {
      key: main.writeKey,
      body: JSON.stringify(hook),
      contentType: 'text/plain',
    });

    const path = `/v1/webhooks/${created.id}`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/webhooks/wh_nope', { key: main.readKey });

    await expectStatus(200, main, 'PATCH', path, { key: main.writeKey, body: { format: 'slack' } });
    await expectStatus(400, main, 'PATCH', path, {
      key: main.writeKey,
      body: { status: 'failing' },
    });
    await expectStatus(401, main, 'PATCH', path, { body: {} });
    await expectStatus(403, main, 'PATCH', path, { key: main.readKey, body: {} });
    await expectStatus(404, main, 'PATCH', '/v1/webhooks/wh_nope', {
      key: main.writeKey,
      body: {},
    });
    await expectStatus(413, main, 'PATCH', path, {
      key: main.writeKey,
      body: { url: `https://1.1.1.1/${'x'.repeat(20_000)}` },
    });
    await expectStatus(415, main, 'PATCH', path, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    await expectStatus(200, main, 'POST', `${path}/rotate-secret`, { key: main.writeKey });
    await expectStatus(401, main, 'POST', `${path}/rotate-secret`);
    await expectStatus(403, main, 'POST', `${path}/rotate-secret`, { key: main.readKey });
    await expectStatus(404, main, 'POST', '/v1/webhooks/wh_nope/rotate-secret', {
      key: main.writeKey,
    });

    // A delivery with attempts: the fragile server may reach the local receiver.
    const delivered = (await expectStatus(201, fragile, 'POST', '/v1/webhooks', {
      key: fragile.writeKey,
      body: { url: receiver.url, events: ['response.created'] },
    })) as { id: string };
    await fetch(`${fragile.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: ORIGIN },
      body: JSON.stringify(answer(fragile)),
    }).catch(() => undefined);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const deliveries = `/v1/webhooks/${delivered.id}/deliveries`;
    await expect
      .poll(
        async () =>
          (
            (await (
              await fetch(`${fragile.url}${deliveries}`, {
                headers: { authorization: `Bearer ${fragile.readKey}` },
              })
            ).json()) as { data: Array<{ attempts: unknown[] }> }
          ).data[0]?.attempts.length ?? 0,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await expectStatus(200, fragile, 'GET', deliveries, { key: fragile.readKey });
    await expectStatus(200, main, 'GET', `${path}/deliveries?limit=10`, { key: main.readKey });
    await expectStatus(400, main, 'GET', `${path}/deliveries?limit=0`, { key: main.readKey });
    await expectStatus(401, main, 'GET', `${path}/deliveries`);
    await expectStatus(403, main, 'GET', `${path}/deliveries`, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/webhooks/wh_nope/deliveries', { key: main.readKey });

    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
  });

  it('alerts: every operation and the refusals', async () => {
    const rule = { kind: 'score-drop', surveyId: main.surveyId, emails: ['team@shop.example'] };
    await expectStatus(200, main, 'GET', '/v1/alerts', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/alerts');
    await expectStatus(403, main, 'GET', '/v1/alerts', { key: main.siteKey });

    const created = (await expectStatus(201, main, 'POST', '/v1/alerts', {
      key: main.writeKey,
      body: rule,
    })) as { id: string };
    await expectStatus(400, main, 'POST', '/v1/alerts', {
      key: main.writeKey,
      body: { ...rule, kind: 'volume', groupBy: 'device' },
    });
    await expectStatus(401, main, 'POST', '/v1/alerts', { body: rule });
    await expectStatus(403, main, 'POST', '/v1/alerts', { key: main.readKey, body: rule });
    await expectStatus(413, main, 'POST', '/v1/alerts', {
      key: main.writeKey,
      body: { ...rule, name: 'x'.repeat(20_000) },
    });
    await expectStatus(415, main, 'POST', '/v1/alerts', {
      key: main.writeKey,
      body: JSON.stringify(rule),
      contentType: 'text/plain',
    });
    // A site's hundredth rule is its last.
    const stored = await main.store.alerts.get(main.siteId, created.id);
    if (!stored) throw new Error('the rule just made is not stored');
    const fillers = Array.from({ length: 99 }, (_, i) => ({ ...stored, id: `alert_fill${i}` }));
    for (const filler of fillers) await main.store.alerts.create(filler);
    await expectStatus(409, main, 'POST', '/v1/alerts', { key: main.writeKey, body: rule });
    for (const filler of fillers) await main.store.alerts.remove(main.siteId, filler.id);

    const path = `/v1/alerts/${created.id}`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/alerts/alert_nope', { key: main.readKey });

    await expectStatus(200, main, 'PATCH', path, {
      key: main.writeKey,
      body: { status: 'paused', settings: { recentDays: 14 } },
    });
    await expectStatus(400, main, 'PATCH', path, { key: main.writeKey, body: { kind: 'volume' } });
    await expectStatus(401, main, 'PATCH', path, { body: {} });
    await expectStatus(403, main, 'PATCH', path, { key: main.readKey, body: {} });
    await expectStatus(404, main, 'PATCH', '/v1/alerts/alert_nope', {
      key: main.writeKey,
      body: {},
    });
    await expectStatus(413, main, 'PATCH', path, {
      key: main.writeKey,
      body: { name: 'x'.repeat(20_000) },
    });
    await expectStatus(415, main, 'PATCH', path, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    await expectStatus(200, main, 'GET', `${path}/events?limit=10`, { key: main.readKey });
    await expectStatus(400, main, 'GET', `${path}/events?limit=0`, { key: main.readKey });
    await expectStatus(401, main, 'GET', `${path}/events`);
    await expectStatus(403, main, 'GET', `${path}/events`, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/alerts/alert_nope/events', { key: main.readKey });

    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
  });

  it('digests: every operation, the unsubscribe link, and the refusals', async () => {
    const digest = { surveyId: main.surveyId, email: 'lead@shop.example', timeZone: 'Asia/Tokyo' };
    await expectStatus(200, main, 'GET', '/v1/digests', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/digests');
    await expectStatus(403, main, 'GET', '/v1/digests', { key: main.siteKey });

    const created = (await expectStatus(201, main, 'POST', '/v1/digests', {
      key: main.writeKey,
      body: digest,
    })) as { id: string };
    await expectStatus(400, main, 'POST', '/v1/digests', {
      key: main.writeKey,
      body: { ...digest, hour: 24 },
    });
    await expectStatus(409, fragile, 'POST', '/v1/digests', {
      key: fragile.writeKey,
      body: { ...digest, surveyId: fragile.surveyId },
    });
    await expectStatus(401, main, 'POST', '/v1/digests', { body: digest });
    await expectStatus(403, main, 'POST', '/v1/digests', { key: main.readKey, body: digest });
    await expectStatus(413, main, 'POST', '/v1/digests', {
      key: main.writeKey,
      body: { ...digest, email: `${'x'.repeat(5_000)}@shop.example` },
    });
    await expectStatus(415, main, 'POST', '/v1/digests', {
      key: main.writeKey,
      body: JSON.stringify(digest),
      contentType: 'text/plain',
    });
    // The site's 500th digest is its last.
    const stored = await main.store.digests.get(main.siteId, created.id);
    if (!stored) throw new Error('the digest just made is not stored');
    const fillers = Array.from({ length: 499 }, (_, i) => ({
      ...stored,
      id: `dg_fill${i}`,
      unsubscribeToken: `fill${i}`,
    }));
    for (const filler of fillers) await main.store.digests.create(filler);
    await expectStatus(409, main, 'POST', '/v1/digests', { key: main.writeKey, body: digest });
    for (const filler of fillers) await main.store.digests.remove(main.siteId, filler.id);

    const path = `/v1/digests/${created.id}`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/digests/dg_nope', { key: main.readKey });

    await expectStatus(200, main, 'PATCH', path, { key: main.writeKey, body: { hour: 9 } });
    await expectStatus(400, main, 'PATCH', path, {
      key: main.writeKey,
      body: { email: 'other@shop.example' },
    });
    await expectStatus(401, main, 'PATCH', path, { body: {} });
    await expectStatus(403, main, 'PATCH', path, { key: main.readKey, body: {} });
    await expectStatus(404, main, 'PATCH', '/v1/digests/dg_nope', { key: main.writeKey, body: {} });
    await expectStatus(413, main, 'PATCH', path, {
      key: main.writeKey,
      body: { timeZone: 'x'.repeat(5_000) },
    });
    await expectStatus(415, main, 'PATCH', path, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    const token = stored.unsubscribeToken;
    await expectStatus(200, main, 'GET', `/v1/digests/unsubscribe?token=${token}`);
    await expectStatus(400, main, 'GET', '/v1/digests/unsubscribe?token=%00');
    await expectStatus(200, main, 'POST', `/v1/digests/unsubscribe?token=${token}`, {
      body: 'List-Unsubscribe=One-Click',
      contentType: 'application/x-www-form-urlencoded',
    });
    await expectStatus(400, main, 'POST', '/v1/digests/unsubscribe');

    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
  });

  it('campaigns: every operation, recipients, the unsubscribe link, erasure, and the refusals', async () => {
    const campaign = { surveyId: main.surveyId, name: 'Quarterly NPS', repeat: 'quarterly' };
    await expectStatus(200, main, 'GET', '/v1/campaigns', { key: main.readKey });
    await expectStatus(400, main, 'GET', '/v1/campaigns?surveyId=%00', { key: main.readKey });
    await expectStatus(401, main, 'GET', '/v1/campaigns');
    await expectStatus(403, main, 'GET', '/v1/campaigns', { key: main.siteKey });

    const created = (await expectStatus(201, main, 'POST', '/v1/campaigns', {
      key: main.writeKey,
      body: campaign,
    })) as { id: string };
    await expectStatus(400, main, 'POST', '/v1/campaigns', {
      key: main.writeKey,
      body: { ...campaign, hour: 24 },
    });
    await expectStatus(409, fragile, 'POST', '/v1/campaigns', {
      key: fragile.writeKey,
      body: { ...campaign, surveyId: fragile.surveyId },
    });
    await expectStatus(401, main, 'POST', '/v1/campaigns', { body: campaign });
    await expectStatus(403, main, 'POST', '/v1/campaigns', { key: main.readKey, body: campaign });
    await expectStatus(413, main, 'POST', '/v1/campaigns', {
      key: main.writeKey,
      body: { ...campaign, intro: 'x'.repeat(20_000) },
    });
    await expectStatus(415, main, 'POST', '/v1/campaigns', {
      key: main.writeKey,
      body: JSON.stringify(campaign),
      contentType: 'text/plain',
    });
    // The site's 200th campaign is its last.
    const stored = await main.store.campaigns.get(main.siteId, created.id);
    if (!stored) throw new Error('the campaign just made is not stored');
    const fillers = Array.from({ length: 199 }, (_, i) => ({ ...stored, id: `cmp_fill${i}` }));
    for (const filler of fillers) await main.store.campaigns.create(filler);
    await expectStatus(409, main, 'POST', '/v1/campaigns', { key: main.writeKey, body: campaign });
    for (const filler of fillers) await main.store.campaigns.remove(main.siteId, filler.id);

    const path = `/v1/campaigns/${created.id}`;
    await expectStatus(200, main, 'GET', path, { key: main.readKey });
    await expectStatus(401, main, 'GET', path);
    await expectStatus(403, main, 'GET', path, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/campaigns/cmp_nope', { key: main.readKey });

    await expectStatus(200, main, 'PATCH', path, { key: main.writeKey, body: { hour: 9 } });
    await expectStatus(400, main, 'PATCH', path, {
      key: main.writeKey,
      body: { surveyId: 'srv_other' },
    });
    await expectStatus(401, main, 'PATCH', path, { body: {} });
    await expectStatus(403, main, 'PATCH', path, { key: main.readKey, body: {} });
    await expectStatus(404, main, 'PATCH', '/v1/campaigns/cmp_nope', {
      key: main.writeKey,
      body: {},
    });
    await expectStatus(413, main, 'PATCH', path, {
      key: main.writeKey,
      body: { intro: 'x'.repeat(20_000) },
    });
    await expectStatus(415, main, 'PATCH', path, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    const recipients = `${path}/recipients`;
    const csv = 'email,userId,plan\r\nlist@shop.example,cust-1,pro\r\n';
    await expectStatus(200, main, 'POST', recipients, { key: main.writeKey, body: { csv } });
    await expectStatus(400, main, 'POST', recipients, {
      key: main.writeKey,
      body: { csv: 'email\r\nnot-an-address\r\n' },
    });
    await expectStatus(401, main, 'POST', recipients, { body: { csv } });
    await expectStatus(403, main, 'POST', recipients, { key: main.readKey, body: { csv } });
    await expectStatus(404, main, 'POST', '/v1/campaigns/cmp_nope/recipients', {
      key: main.writeKey,
      body: { csv },
    });
    await expectStatus(413, main, 'POST', recipients, {
      key: main.writeKey,
      body: { csv: 'x'.repeat(5 * 1024 * 1024) },
    });
    await expectStatus(415, main, 'POST', recipients, {
      key: main.writeKey,
      body: JSON.stringify({ csv }),
      contentType: 'text/plain',
    });
    // The list's 100,000 places are its last.
    const upsert = main.store.campaigns.upsertRecipients.bind(main.store.campaigns);
    const many = Array.from({ length: 99_999 }, (_, i) => ({
      id: `rcp_fill${i}`,
      campaignId: created.id,
      siteId: main.siteId,
      email: `fill${i}@shop.example`,
      emailHash: `fill${i}`,
      userId: null,
      locale: null,
      timeZone: null,
      attributes: null,
      unsubscribeToken: `fill${i}`,
      lastRound: -1,
      createdAt: 0,
    }));
    for (let i = 0; i < many.length; i += 10_000)
      await upsert(created.id, many.slice(i, i + 10_000));
    await expectStatus(409, main, 'POST', recipients, {
      key: main.writeKey,
      body: { recipients: [{ email: 'one-more@shop.example' }] },
    });
    await expectStatus(200, main, 'POST', recipients, {
      key: main.writeKey,
      body: { recipients: [{ email: 'LIST@shop.example' }] },
    });

    const page = (await expectStatus(200, main, 'GET', `${recipients}?limit=1`, {
      key: main.writeKey,
    })) as { data: Array<{ id: string }> };
    await expectStatus(400, main, 'GET', `${recipients}?status=lost`, { key: main.writeKey });
    await expectStatus(401, main, 'GET', recipients);
    await expectStatus(403, main, 'GET', recipients, { key: main.readKey });
    await expectStatus(404, main, 'GET', '/v1/campaigns/cmp_nope/recipients', {
      key: main.writeKey,
    });

    const one = `${recipients}/${page.data[0]?.id}`;
    await expectStatus(401, main, 'DELETE', one);
    await expectStatus(403, main, 'DELETE', one, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', one, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', one, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', '/v1/campaigns/cmp_nope/recipients/rcp_x', {
      key: main.writeKey,
    });

    const token = 'fill7';
    await expectStatus(200, main, 'GET', `/v1/campaigns/unsubscribe?token=${token}`);
    await expectStatus(400, main, 'GET', '/v1/campaigns/unsubscribe?token=%00');
    await expectStatus(200, main, 'POST', `/v1/campaigns/unsubscribe?token=${token}`, {
      body: 'List-Unsubscribe=One-Click',
      contentType: 'application/x-www-form-urlencoded',
    });
    await expectStatus(400, main, 'POST', '/v1/campaigns/unsubscribe');

    const erase = '/v1/respondents/erase';
    await expectStatus(200, main, 'POST', erase, {
      key: main.writeKey,
      body: { email: 'fill8@shop.example' },
    });
    await expectStatus(400, main, 'POST', erase, {
      key: main.writeKey,
      body: { email: 'a@shop.example', userId: 'u' },
    });
    await expectStatus(401, main, 'POST', erase, { body: { userId: 'u' } });
    await expectStatus(403, main, 'POST', erase, { key: main.readKey, body: { userId: 'u' } });
    await expectStatus(413, main, 'POST', erase, {
      key: main.writeKey,
      body: { userId: 'x'.repeat(5_000) },
    });
    await expectStatus(415, main, 'POST', erase, {
      key: main.writeKey,
      body: '{}',
      contentType: 'text/plain',
    });

    await expectStatus(401, main, 'DELETE', path);
    await expectStatus(403, main, 'DELETE', path, { key: main.readKey });
    await expectStatus(204, main, 'DELETE', path, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', path, { key: main.writeKey });
  });

  it('links: personal links, the email snippet, the QR code, the hosted page and its refusals', async () => {
    const links = `/v1/surveys/${main.surveyId}/links`;
    const recipients = { recipients: [{ userId: 'cust-1', email: 'c1@example.com' }] };
    const made = (await expectStatus(200, main, 'POST', links, {
      key: main.writeKey,
      body: recipients,
    })) as { data: Array<{ url: string }> };
    const token = new URL(made.data[0]?.url ?? '').searchParams.get('t') ?? '';
    await expectStatus(400, main, 'POST', links, { key: main.writeKey, body: { recipients: [] } });
    await expectStatus(400, main, 'POST', links, { key: main.writeKey, body: '{"recipients":' });
    await expectStatus(401, main, 'POST', links, { body: recipients });
    await expectStatus(403, main, 'POST', links, { key: main.readKey, body: recipients });
    await expectStatus(404, main, 'POST', '/v1/surveys/srv_nope/links', {
      key: main.writeKey,
      body: recipients,
    });
    await expectStatus(413, main, 'POST', links, {
      key: main.writeKey,
      body: { recipients: [{ userId: 'x'.repeat(1_100_000) }] },
    });
    await expectStatus(415, main, 'POST', links, {
      key: main.writeKey,
      body: JSON.stringify(recipients),
      contentType: 'text/plain',
    });

    const snippet = `/v1/surveys/${main.surveyId}/email-snippet`;
    await expectStatus(200, main, 'GET', `${snippet}?userId=cust-1&locale=en`, {
      key: main.writeKey,
    });
    await expectStatus(200, main, 'GET', snippet, { key: main.readKey });
    // A personal snippet signs answers as its recipient: not with a read key.
    await expectStatus(403, main, 'GET', `${snippet}?userId=cust-1`, { key: main.readKey });
    await expectStatus(400, main, 'GET', `${snippet}?expiresInDays=0`, { key: main.readKey });
    await expectStatus(401, main, 'GET', snippet);
    await expectStatus(403, main, 'GET', snippet, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/email-snippet', {
      key: main.readKey,
    });

    const qr = `/v1/surveys/${main.surveyId}/qr`;
    await expectStatus(200, main, 'GET', qr, { key: main.readKey });
    await expectStatus(200, main, 'GET', `${qr}?format=png&size=128`, { key: main.readKey });
    await expectStatus(400, main, 'GET', `${qr}?format=gif`, { key: main.readKey });
    await expectStatus(401, main, 'GET', qr);
    await expectStatus(403, main, 'GET', qr, { key: main.siteKey });
    await expectStatus(404, main, 'GET', '/v1/surveys/srv_nope/qr', { key: main.readKey });

    // The page: open, altered, malformed query, unknown survey, expired.
    const hosted = `/s/${main.surveyId}`;
    await expectStatus(200, main, 'GET', `${hosted}?t=${token}`);
    await expectStatus(400, main, 'GET', `${hosted}?t=${token}x`);
    await expectStatus(400, main, 'GET', `${hosted}?score=ten`);
    await expectStatus(404, main, 'GET', '/s/srv_nope');
    const { secret } = await main.store.links.get(main.siteId, 'unused', Date.now());
    const expired = signLink(
      {
        siteId: main.siteId,
        surveyId: main.surveyId,
        userId: 'cust-old',
        channel: 'link',
        expiresAt: Date.now() - 1_000,
        nonce: 'n',
      },
      secret,
    );
    await expectStatus(410, main, 'GET', `${hosted}?t=${expired}`);
    // The same refusals where the page's answers are posted.
    await expectStatus(
      403,
      main,
      'POST',
      '/v1/responses',
      widgetPost(answer(main, { linkToken: `${token}x` })),
    );
    await expectStatus(
      410,
      main,
      'POST',
      '/v1/responses',
      widgetPost(answer(main, { linkToken: expired })),
    );

    // The client limit of the public page: two requests a minute here.
    const busy = await startKoe({ clientRateLimit: 2, siteRateLimit: 0 });
    try {
      const busyLinks = (await expectStatus(
        200,
        busy,
        'POST',
        `/v1/surveys/${busy.surveyId}/links`,
        {
          key: busy.writeKey,
          body: recipients,
        },
      )) as { data: Array<{ url: string }> };
      const busyToken = new URL(busyLinks.data[0]?.url ?? '').searchParams.get('t') ?? '';
      await expectStatus(200, busy, 'GET', `/s/${busy.surveyId}?t=${busyToken}&score=9`);
      await expectStatus(200, busy, 'GET', `/s/${busy.surveyId}`);
      await expectStatus(429, busy, 'GET', `/s/${busy.surveyId}`);
    } finally {
      await stopKoe(busy);
    }

    const respondent = '/v1/respondents/cust-1';
    await expectStatus(200, main, 'DELETE', respondent, { key: main.writeKey });
    await expectStatus(404, main, 'DELETE', `/v1/respondents/${'x'.repeat(300)}`, {
      key: main.writeKey,
    });
    await expectStatus(401, main, 'DELETE', respondent);
    await expectStatus(403, main, 'DELETE', respondent, { key: main.readKey });

    await expectStatus(200, main, 'POST', '/v1/site/link-secret/rotate', { key: main.writeKey });
    await expectStatus(401, main, 'POST', '/v1/site/link-secret/rotate');
    await expectStatus(403, main, 'POST', '/v1/site/link-secret/rotate', { key: main.readKey });
  });

  it('postResponse: 503 when the write fails (nothing stored) and while shutting down', async () => {
    // A real storage fault: the responses table disappears under the server.
    const db = new Database(fragile.dbPath);
    db.exec('PRAGMA foreign_keys = OFF; DROP TABLE responses;');
    db.close();
    const failed = (await expectStatus(
      503,
      fragile,
      'POST',
      '/v1/responses',
      widgetPost(answer(fragile)),
    )) as { code: string };
    expect(failed.code).toBe('storage-unavailable');
    await fragile.app.services.batcher.drain();
    const closing = (await expectStatus(
      503,
      fragile,
      'POST',
      '/v1/responses',
      widgetPost(answer(fragile)),
    )) as { code: string };
    expect(closing.code).toBe('shutting-down');
  });

  it('every secret-key operation: 429 for a client that sent too many keys that are not valid', async () => {
    await expectStatus(401, limited, 'GET', '/v1/site', { key: 'sk_guessed' });
    const paths = contract.document.paths as Record<string, Record<string, { security: object[] }>>;
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.security.some((requirement) => 'secretKey' in requirement)) continue;
        const path = template.replaceAll(/\{\w+\}/g, 'x_any');
        // Even a valid key: a guess cannot be confirmed while the client is blocked.
        const refused = (await expectStatus(429, limited, method.toUpperCase(), path, {
          key: limited.writeKey,
        })) as { code: string };
        expect(refused.code).toBe('rate-limited');
      }
    }
  });

  it('every site operation with a session: 400 without Koe-Site, 404 for a site not theirs, 401 ended', async () => {
    const owner = await signIn(main, OWNER);
    const paths = contract.document.paths as Record<string, Record<string, { security: object[] }>>;
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const kinds = operation.security.map((requirement) => Object.keys(requirement)[0]);
        if (!kinds.includes('secretKey') || !kinds.includes('session')) continue;
        const path = template.replaceAll(/\{\w+\}/g, 'x_any');
        const verb = method.toUpperCase();
        const required = (await expectStatus(400, main, verb, path, {
          headers: owner.headers,
        })) as { code: string };
        expect(required.code, `${verb} ${path}`).toBe('site-required');
        await expectStatus(404, main, verb, path, {
          headers: { ...owner.headers, 'koe-site': limited.siteId },
        });
        await expectStatus(401, main, verb, path, {
          headers: { cookie: 'koe_session=ended', 'koe-site': main.siteId },
        });
      }
    }
  });

  it('accounts: sign-in, me, password, sessions, setup and their refusals', async () => {
    const signInBody = { email: OWNER.email, password: OWNER.password };
    await expectStatus(401, main, 'POST', '/v1/session', {
      body: { ...signInBody, password: 'wrong password' },
    });
    await expectStatus(400, main, 'POST', '/v1/session', { body: { email: OWNER.email } });
    await expectStatus(403, main, 'POST', '/v1/session', {
      body: signInBody,
      headers: { origin: 'https://evil.example' },
    });
    await expectBodyRefusals(main, 'POST', '/v1/session', {});
    const owner = await signIn(main, OWNER);
    await expectStatus(200, main, 'GET', '/v1/me', { headers: owner.headers });
    await expectStatus(401, main, 'GET', '/v1/me');

    const change = { currentPassword: OWNER.password, newPassword: 'a brand new passphrase' };
    await expectStatus(401, main, 'POST', '/v1/me/password', { body: change });
    await expectStatus(403, main, 'POST', '/v1/me/password', {
      body: change,
      headers: { cookie: owner.headers.cookie },
    });
    await expectStatus(400, main, 'POST', '/v1/me/password', {
      body: { ...change, newPassword: 'short' },
      headers: owner.headers,
    });
    await expectStatus(401, main, 'POST', '/v1/me/password', {
      body: { ...change, currentPassword: 'not it at all' },
      headers: owner.headers,
    });
    await expectBodyRefusals(main, 'POST', '/v1/me/password', owner.headers);
    await expectStatus(204, main, 'POST', '/v1/me/password', {
      body: change,
      headers: owner.headers,
    });
    await expectStatus(204, main, 'POST', '/v1/me/password', {
      body: { currentPassword: change.newPassword, newPassword: OWNER.password },
      headers: owner.headers,
    });

    const other = await signIn(main, OWNER);
    await expectStatus(403, main, 'DELETE', '/v1/session', {
      headers: { cookie: other.headers.cookie },
    });
    await expectStatus(204, main, 'DELETE', '/v1/session', { headers: other.headers });
    await expectStatus(401, main, 'DELETE', '/v1/session', { headers: other.headers });
    const third = await signIn(main, OWNER);
    await expectStatus(403, main, 'DELETE', '/v1/me/sessions', {
      headers: { cookie: third.headers.cookie },
    });
    await expectStatus(204, main, 'DELETE', '/v1/me/sessions', { headers: third.headers });
    await expectStatus(401, main, 'DELETE', '/v1/me/sessions', { headers: third.headers });

    const setupBody = {
      email: 'first@example.com',
      name: 'First',
      password: 'first passphrase',
      organizationName: 'First org',
    };
    await expectStatus(403, main, 'POST', '/v1/setup', {
      body: { ...setupBody, token: 'guessed' },
    });
    await expectStatus(400, main, 'POST', '/v1/setup', { body: { token: 'x' } });
    await expectBodyRefusals(main, 'POST', '/v1/setup', {});
    const token = await openSetup(fragile.store, systemClock);
    await expectStatus(204, fragile, 'POST', '/v1/setup', { body: { ...setupBody, token } });

    // Two attempts a quarter hour per client on the limited server: a sign-in and a guess.
    const limitedOwner = await sessionOn(limited, OWNER);
    await call(limited, 'POST', '/v1/session', { body: { ...signInBody, password: 'guess' } });
    await expectStatus(429, limited, 'POST', '/v1/session', { body: signInBody });
    await expectStatus(429, limited, 'POST', '/v1/setup', { body: { ...setupBody, token: 'x' } });
    await expectStatus(429, limited, 'POST', '/v1/me/password', {
      body: change,
      headers: limitedOwner.headers,
    });
    for (const path of ['/v1/me/two-factor', '/v1/me/two-factor/disable'])
      await expectStatus(429, limited, 'POST', path, {
        body: { password: OWNER.password },
        headers: limitedOwner.headers,
      });

    // Two-factor, for an account of its own (the owner keeps signing in with a password).
    const careful = { email: 'careful@contract.example', password: 'careful passphrase' };
    await main.store.accounts.createUser({
      id: 'usr_careful',
      email: careful.email,
      name: 'Careful',
      passwordHash: await hashPassword(careful.password),
      createdAt: systemClock.now(),
      passwordChangedAt: null,
    });
    const session = await signIn(main, careful);
    const start = '/v1/me/two-factor';
    await expectStatus(401, main, 'POST', start, { body: { password: careful.password } });
    await expectStatus(403, main, 'POST', start, {
      body: { password: careful.password },
      headers: { cookie: session.headers.cookie },
    });
    await expectStatus(401, main, 'POST', start, {
      body: { password: 'wrong password' },
      headers: session.headers,
    });
    await expectStatus(400, main, 'POST', start, { body: {}, headers: session.headers });
    await expectBodyRefusals(main, 'POST', start, session.headers);
    const { secret } = (await expectStatus(200, main, 'POST', start, {
      body: { password: careful.password },
      headers: session.headers,
    })) as { secret: string };
    const confirm = '/v1/me/two-factor/confirm';
    await expectStatus(400, main, 'POST', confirm, {
      body: { code: '000000' },
      headers: session.headers,
    });
    await expectStatus(401, main, 'POST', confirm, { body: { code: '000000' } });
    await expectStatus(403, main, 'POST', confirm, {
      body: { code: '000000' },
      headers: { cookie: session.headers.cookie },
    });
    await expectBodyRefusals(main, 'POST', confirm, session.headers);
    await expectStatus(200, main, 'POST', confirm, {
      body: { code: totpCode(secret, stepAt(Date.now())) },
      headers: session.headers,
    });
    const needsCode = (await expectStatus(401, main, 'POST', '/v1/session', {
      body: careful,
    })) as { code: string };
    expect(needsCode.code).toBe('two-factor-required');
    const disable = '/v1/me/two-factor/disable';
    await expectStatus(401, main, 'POST', disable, { body: { password: careful.password } });
    await expectStatus(403, main, 'POST', disable, {
      body: { password: careful.password },
      headers: { cookie: session.headers.cookie },
    });
    await expectStatus(401, main, 'POST', disable, {
      body: { password: 'wrong password' },
      headers: session.headers,
    });
    await expectStatus(400, main, 'POST', disable, { body: {}, headers: session.headers });
    await expectBodyRefusals(main, 'POST', disable, session.headers);
    await expectStatus(204, main, 'POST', disable, {
      body: { password: careful.password },
      headers: session.headers,
    });

    // A password reset by email: main sends mail, fragile has no SMTP, limited is out of attempts.
    const reset = '/v1/password-reset';
    await expectStatus(202, main, 'POST', reset, { body: { email: careful.email } });
    await expectStatus(400, main, 'POST', reset, { body: {} });
    await expectBodyRefusals(main, 'POST', reset, {});
    await expectStatus(403, main, 'POST', reset, {
      body: { email: careful.email },
      headers: { origin: 'https://evil.example' },
    });
    await expectStatus(409, fragile, 'POST', reset, { body: { email: careful.email } });
    await expectStatus(429, limited, 'POST', reset, { body: { email: careful.email } });
    await expect.poll(() => inbox.to(careful.email).length).toBe(1);
    const link = inbox.to(careful.email)[0]?.text?.match(/Set a new password: (\S+)/)?.[1] ?? '';
    const resetToken = new URL(link).searchParams.get('token') ?? '';
    const complete = '/v1/password-reset/complete';
    await expectStatus(400, main, 'POST', complete, {
      body: { token: resetToken, password: 'short' },
    });
    await expectBodyRefusals(main, 'POST', complete, {});
    await expectStatus(403, main, 'POST', complete, {
      body: { token: resetToken, password: careful.password },
      headers: { origin: 'https://evil.example' },
    });
    await expectStatus(204, main, 'POST', complete, {
      body: { token: resetToken, password: careful.password },
    });
    await expectStatus(403, main, 'POST', complete, {
      body: { token: resetToken, password: careful.password },
    });
    await expectStatus(429, limited, 'POST', complete, {
      body: { token: resetToken, password: careful.password },
    });
  });

  it('members, invitations and the audit log: every operation and refusal', async () => {
    const owner = await signIn(main, OWNER);
    const viewer = await signIn(main, VIEWER);
    const org = `/v1/organizations/${main.organizationId}`;
    const elsewhere = '/v1/organizations/org_not_yours';

    await expectStatus(200, main, 'GET', `${org}/members`, { headers: viewer.headers });
    await expectStatus(401, main, 'GET', `${org}/members`);
    await expectStatus(404, main, 'GET', `${elsewhere}/members`, { headers: viewer.headers });

    const member = `${org}/members/usr_viewer`;
    await expectStatus(200, main, 'PATCH', member, {
      body: { role: 'editor' },
      headers: owner.headers,
    });
    await expectStatus(200, main, 'PATCH', member, {
      body: { role: 'viewer' },
      headers: owner.headers,
    });
    await expectStatus(400, main, 'PATCH', member, {
      body: { role: 'king' },
      headers: owner.headers,
    });
    await expectBodyRefusals(main, 'PATCH', member, owner.headers);
    await expectStatus(401, main, 'PATCH', member, { body: { role: 'admin' } });
    await expectStatus(403, main, 'PATCH', member, {
      body: { role: 'admin' },
      headers: viewer.headers,
    });
    await expectStatus(404, main, 'PATCH', `${org}/members/usr_nobody`, {
      body: { role: 'admin' },
      headers: owner.headers,
    });
    const ownerId = (
      (await call(main, 'GET', '/v1/me', { headers: owner.headers })).json() as {
        user: { id: string };
      }
    ).user.id;
    await expectStatus(409, main, 'PATCH', `${org}/members/${ownerId}`, {
      body: { role: 'viewer' },
      headers: owner.headers,
    });
    await expectStatus(401, main, 'DELETE', member);
    await expectStatus(403, main, 'DELETE', `${org}/members/${ownerId}`, {
      headers: viewer.headers,
    });
    await expectStatus(404, main, 'DELETE', `${org}/members/usr_nobody`, {
      headers: owner.headers,
    });
    await expectStatus(409, main, 'DELETE', `${org}/members/${ownerId}`, {
      headers: owner.headers,
    });

    const invitations = `${org}/invitations`;
    const made = (await expectStatus(201, main, 'POST', invitations, {
      body: { role: 'editor' },
      headers: owner.headers,
    })) as { id: string; url: string };
    await expectStatus(400, main, 'POST', invitations, {
      body: { role: 'god' },
      headers: owner.headers,
    });
    await expectBodyRefusals(main, 'POST', invitations, owner.headers);
    await expectStatus(401, main, 'POST', invitations, { body: { role: 'viewer' } });
    await expectStatus(403, main, 'POST', invitations, {
      body: { role: 'viewer' },
      headers: viewer.headers,
    });
    await expectStatus(404, main, 'POST', `${elsewhere}/invitations`, {
      body: { role: 'viewer' },
      headers: owner.headers,
    });
    await expectStatus(200, main, 'GET', invitations, { headers: owner.headers });
    await expectStatus(401, main, 'GET', invitations);
    await expectStatus(403, main, 'GET', invitations, { headers: viewer.headers });
    await expectStatus(404, main, 'GET', `${elsewhere}/invitations`, { headers: owner.headers });

    const token = new URL(made.url).searchParams.get('token') ?? '';
    await expectStatus(200, main, 'GET', `/v1/invitations/${token}`);
    await expectStatus(404, main, 'GET', '/v1/invitations/not-a-token');
    const newcomer = { email: 'new@contract.example', name: 'New', password: 'new passphrase' };
    await expectStatus(400, main, 'POST', `/v1/invitations/${token}/sign-up`, { body: {} });
    await expectBodyRefusals(main, 'POST', `/v1/invitations/${token}/sign-up`, {});
    await expectStatus(403, main, 'POST', `/v1/invitations/${token}/sign-up`, {
      body: newcomer,
      headers: { origin: 'https://evil.example' },
    });
    await expectStatus(409, main, 'POST', `/v1/invitations/${token}/sign-up`, {
      body: { ...newcomer, email: VIEWER.email },
    });
    await expectStatus(204, main, 'POST', `/v1/invitations/${token}/sign-up`, { body: newcomer });
    await expectStatus(404, main, 'POST', `/v1/invitations/${token}/sign-up`, { body: newcomer });

    const bound = (await expectStatus(201, main, 'POST', invitations, {
      body: { role: 'admin', email: 'someone@else.example' },
      headers: owner.headers,
    })) as { id: string; url: string };
    const boundToken = new URL(bound.url).searchParams.get('token') ?? '';
    await expectStatus(403, main, 'POST', `/v1/invitations/${boundToken}/sign-up`, {
      body: newcomer,
    });
    await expectStatus(403, main, 'POST', `/v1/invitations/${boundToken}/accept`, {
      headers: viewer.headers,
    });
    await expectStatus(401, main, 'POST', `/v1/invitations/${boundToken}/accept`);
    await expectStatus(404, main, 'POST', '/v1/invitations/not-a-token/accept', {
      headers: viewer.headers,
    });
    const open = (await expectStatus(201, main, 'POST', invitations, {
      body: { role: 'viewer' },
      headers: owner.headers,
    })) as { url: string };
    const openToken = new URL(open.url).searchParams.get('token') ?? '';
    await expectStatus(204, main, 'POST', `/v1/invitations/${openToken}/accept`, {
      headers: viewer.headers,
    });

    await expectStatus(401, main, 'DELETE', `${invitations}/${bound.id}`);
    await expectStatus(403, main, 'DELETE', `${invitations}/${bound.id}`, {
      headers: viewer.headers,
    });
    await expectStatus(204, main, 'DELETE', `${invitations}/${bound.id}`, {
      headers: owner.headers,
    });
    await expectStatus(404, main, 'DELETE', `${invitations}/${bound.id}`, {
      headers: owner.headers,
    });

    const audit = `/v1/audit-log?organization=${main.organizationId}`;
    const page = (await expectStatus(200, main, 'GET', `${audit}&limit=2`, {
      headers: owner.headers,
    })) as {
      nextCursor: string;
    };
    await expectStatus(200, main, 'GET', `${audit}&cursor=${page.nextCursor}`, {
      headers: owner.headers,
    });
    await expectStatus(400, main, 'GET', `${audit}&cursor=garbage!`, { headers: owner.headers });
    await expectStatus(401, main, 'GET', audit);
    await expectStatus(403, main, 'GET', audit, { headers: viewer.headers });
    await expectStatus(404, main, 'GET', '/v1/audit-log?organization=org_not_yours', {
      headers: owner.headers,
    });

    const sites = `${org}/sites`;
    const site = { name: 'Second shop', origins: ['https://second.example'] };
    await expectStatus(201, main, 'POST', sites, { body: site, headers: owner.headers });
    await expectStatus(400, main, 'POST', sites, {
      body: { ...site, origins: ['second.example/path'] },
      headers: owner.headers,
    });
    await expectBodyRefusals(main, 'POST', sites, owner.headers);
    await expectStatus(401, main, 'POST', sites, { body: site });
    await expectStatus(403, main, 'POST', sites, { body: site, headers: viewer.headers });
    await expectStatus(404, main, 'POST', `${elsewhere}/sites`, {
      body: site,
      headers: owner.headers,
    });

    // Single sign-on: a real provider, registered with this organization's redirect URI.
    const sso = `${org}/sso`;
    const redirectUri = `${main.url}/v1/sso/${main.organizationId}/callback`;
    const idp = await startIdp([{ clientId: 'koe', clientSecret: 'idp secret', redirectUri }]);
    try {
      const connection = { issuer: idp.issuer, clientId: 'koe', clientSecret: 'idp secret' };
      await expectStatus(404, main, 'GET', sso, { headers: owner.headers });
      await expectStatus(404, main, 'GET', `/v1/sso/${main.organizationId}/start`);
      await expectStatus(200, main, 'PUT', sso, { body: connection, headers: owner.headers });
      await expectStatus(400, main, 'PUT', sso, {
        body: { ...connection, issuer: 'http://127.0.0.1:9/nothing' },
        headers: owner.headers,
      });
      await expectBodyRefusals(main, 'PUT', sso, owner.headers);
      await expectStatus(401, main, 'PUT', sso, { body: connection });
      await expectStatus(403, main, 'PUT', sso, { body: connection, headers: viewer.headers });
      await expectStatus(404, main, 'PUT', `${elsewhere}/sso`, {
        body: connection,
        headers: owner.headers,
      });
      await expectStatus(200, main, 'GET', sso, { headers: owner.headers });
      await expectStatus(401, main, 'GET', sso);
      await expectStatus(403, main, 'GET', sso, { headers: viewer.headers });
      const toProvider = await call(main, 'GET', `/v1/sso/${main.organizationId}/start`);
      expect(toProvider.status).toBe(302);
      expect(toProvider.headers.get('location')).toMatch(new RegExp(`^${idp.issuer}/auth\\?`));
      const refused = await call(
        main,
        'GET',
        `/v1/sso/${main.organizationId}/callback?code=x&state=y`,
      );
      expect(refused.status).toBe(302);
      expect(refused.headers.get('location')).toBe('/app?sso_error=state');
      await expectStatus(401, main, 'DELETE', sso);
      await expectStatus(403, main, 'DELETE', sso, { headers: viewer.headers });
      await expectStatus(204, main, 'DELETE', sso, { headers: owner.headers });
      await expectStatus(404, main, 'DELETE', sso, { headers: owner.headers });
    } finally {
      await idp.close();
    }

    // A member may leave; the last owner may not.
    const leaver = await signIn(main, newcomer);
    const leaverId = (
      (await call(main, 'GET', '/v1/me', { headers: leaver.headers })).json() as {
        user: { id: string };
      }
    ).user.id;
    await expectStatus(204, main, 'DELETE', `${org}/members/${leaverId}`, {
      headers: leaver.headers,
    });
  });

  it('produces every documented answer', () => {
    const missing = contract
      .documented()
      .filter((pair) => !contract.seen.has(pair) && !(pair in NOT_PRODUCED));
    expect(missing).toEqual([]);
  });
});
