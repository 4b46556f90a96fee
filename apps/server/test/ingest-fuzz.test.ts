// Property-based check of the public ingestion endpoint: whatever arrives —
// arbitrary JSON, valid bodies with one field broken, odd content types,
// raw text — the answer is never a 5xx, every error is problem+json, and
// only the requests answered 202 created a row.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, ORIGIN_A, type TestApp } from './fixtures';
import { expectClientOutcome, oddValue } from './fuzz-values';

const CASES = Number(process.env.KOE_FUZZ_CASES ?? 5000);

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.cleanup();
});

const FIELDS = [
  'id',
  'siteKey',
  'surveyId',
  'score',
  'reasons',
  'comment',
  'touchpoint',
  'attributes',
  'userId',
  'locale',
  'url',
  'finished',
] as const;

const validBody = () => ({
  id: randomUUID(),
  siteKey: t.a.site.publishableKey,
  surveyId: t.a.surveyId,
  score: 9,
  reasons: ['quality'],
  comment: 'fine',
  touchpoint: 'checkout',
  attributes: { plan: 'pro' },
  locale: 'en',
  url: 'https://shop-a.example/done',
  finished: true,
});

const mutatedBody = fc
  .tuple(fc.constantFrom(...FIELDS), oddValue, fc.constantFrom('set', 'delete', 'extra'))
  .map(([field, value, how]) => {
    const body: Record<string, unknown> = validBody();
    if (how === 'set') body[field] = value;
    else if (how === 'delete') delete body[field];
    else body[`x_${field}`] = value;
    return JSON.stringify(body);
  });

const deepNesting = fc
  .integer({ min: 1, max: 5000 })
  .map((depth) => '['.repeat(depth) + ']'.repeat(depth));

const body = fc.oneof(
  mutatedBody,
  fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
  fc.string({ maxLength: 200 }),
  deepNesting,
);

const contentType = fc.constantFrom(
  'text/plain',
  'application/json',
  'text/plain;charset=UTF-8',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded',
  'text/html',
  '',
  ';;;',
);

describe('POST /v1/responses under arbitrary input', () => {
  it(`never answers 5xx and writes only for 202 (${CASES} cases)`, async () => {
    let created = 0;
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        const response = await t.app.request('/v1/responses', {
          method: 'POST',
          headers: { ...(type && { 'content-type': type }), origin: ORIGIN_A },
          body: payload,
        });
        await expectClientOutcome(response);
        if (response.status === 202) created++;
      }),
      { numRuns: CASES },
    );
    expect(await t.store.countResponses(t.a.surveyId)).toBe(created);
    expect(await t.store.countResponses(t.b.surveyId)).toBe(0);
    expect(created).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
