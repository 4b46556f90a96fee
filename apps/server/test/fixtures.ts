// A fresh koe app on a real SQLite file for each test, with two sites (A and
// B) so every test can also check that nothing crosses between tenants.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SurveyInput, SurveyInputSchema } from '@koe/core';
import { createSecretKey, createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import type { AppConfig } from '../src/context';
import { type Logger, silentLogger } from '../src/log';
import { SqliteStore } from '../src/store/sqlite/store';
import type { Site } from '../src/store/types';

export const ORIGIN_A = 'https://shop-a.example';
export const ORIGIN_B = 'https://shop-b.example';

export const npsSurveyInput: SurveyInput = {
  name: 'Checkout NPS',
  type: 'nps',
  status: 'active',
  question: { en: 'How likely are you to recommend us?' },
  followUp: {
    detractor: {
      question: { en: 'What went wrong?' },
      reasons: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'delivery', label: { en: 'Delivery' } },
      ],
    },
    promoter: {
      question: { en: 'What did you like?' },
      reasons: [{ id: 'quality', label: { en: 'Quality' } }],
    },
  },
};

export interface TenantFixture {
  site: Site;
  writeKey: string;
  readKey: string;
  surveyId: string;
}

export interface TestApp {
  app: KoeApp;
  store: SqliteStore;
  clock: ManualClock;
  dbPath: string;
  a: TenantFixture;
  b: TenantFixture;
  cleanup(): Promise<void>;
}

async function tenant(
  store: SqliteStore,
  clock: ManualClock,
  name: string,
  origin: string,
  surveyId: string,
) {
  const { site, secretKey } = await createSite(store, clock, { name, origins: [origin] });
  const { secretKey: readKey } = await createSecretKey(store, clock, {
    siteId: site.id,
    scope: 'read',
  });
  const definition = SurveyInputSchema.parse(npsSurveyInput);
  await store.createSurvey({
    id: surveyId,
    siteId: site.id,
    type: 'nps',
    definition,
    createdAt: clock.now(),
    updatedAt: clock.now(),
  });
  return { site, writeKey: secretKey, readKey, surveyId };
}

export async function makeTestApp(
  config: Partial<AppConfig> = {},
  { log = silentLogger }: { log?: Logger } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'koe-test-'));
  const dbPath = join(dir, 'koe.db');
  const store = new SqliteStore({ path: dbPath });
  await store.migrate();
  const clock = new ManualClock(Date.UTC(2026, 10, 1, 12));
  const a = await tenant(store, clock, 'Shop A', ORIGIN_A, 'srv_a');
  const b = await tenant(store, clock, 'Shop B', ORIGIN_B, 'srv_b');
  const app = createApp({
    store,
    clock,
    log,
    // Limits are off unless a test turns one on.
    config: {
      clientRateLimit: 0,
      siteRateLimit: 0,
      failedKeyRateLimit: 0,
      clientIpHeader: 'x-forwarded-for',
      ...config,
    },
  });
  return {
    app,
    store,
    clock,
    dbPath,
    a,
    b,
    async cleanup() {
      await app.drain();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid response body for a tenant, with a fresh submission id. */
export function responseBody(t: TenantFixture, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    siteKey: t.site.publishableKey,
    surveyId: t.surveyId,
    score: 9,
    ...extra,
  };
}

/** POST /v1/responses the way the widget does: text/plain, with the page's Origin. */
export function postResponse(
  app: KoeApp,
  body: unknown,
  {
    origin = ORIGIN_A,
    headers = {},
  }: { origin?: string | null; headers?: Record<string, string> } = {},
) {
  return app.request('/v1/responses', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      ...(origin !== null && { origin }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function bearer(key: string) {
  return { authorization: `Bearer ${key}` };
}
