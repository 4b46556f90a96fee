// GET /v1/surveys/{id}/at-risk over HTTP: the rules stated in the answer,
// each respondent with the rule they meet, paging, filters and refusals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseWrite } from '../src/store/types';
import { bearer, makeTestApp, type TestApp } from './fixtures';
import { responseWrite } from './response-writes';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

const T0 = Date.UTC(2026, 9, 20);
const write = (fields: Partial<ResponseWrite>) =>
  responseWrite({ siteId: t.a.site.id, surveyId: t.a.surveyId, ...fields });

async function atRisk(query = '') {
  const response = await t.app.request(`/v1/surveys/srv_a/at-risk${query}`, {
    headers: bearer(t.a.readKey),
  });
  return { status: response.status, body: await response.json() };
}

describe('at-risk', () => {
  it('states its rules and lists who meets them, newest first, page by page', async () => {
    await t.store.writeResponses(
      [write({ score: 10, userId: 'u-ann' }), write({ score: 9, userId: 'u-bo' })],
      T0,
    );
    await t.store.writeResponses(
      [
        write({
          score: 6,
          userId: 'u-ann',
          comment: 'Support got slow',
          reasons: ['delivery'],
          attributes: { plan: 'pro' },
        }),
      ],
      T0 + 1000,
    );
    await t.store.writeResponses([write({ score: 8, userId: 'u-bo' })], T0 + 2000);
    await t.store.writeResponses(
      [write({ score: 1, userId: 'u-cy' }), write({ score: 0 })],
      T0 + 3000,
    );
    const { status, body } = await atRisk();
    expect(status).toBe(200);
    expect(body.rules['worst-bucket']).toMatch(/detractor \(0–6\)/);
    expect(body.rules['score-fell']).toMatch(/3 or more/);
    expect(body.data.map((r: { userId: string }) => r.userId)).toEqual(['u-cy', 'u-ann']);
    const [, ann] = body.data;
    expect(ann).toMatchObject({
      rules: ['worst-bucket', 'score-fell'],
      response: {
        score: 6,
        bucket: 'detractor',
        comment: 'Support got slow',
        reasons: ['delivery'],
        attributes: { plan: 'pro' },
      },
      previous: { score: 10 },
    });
    expect(body.nextCursor).toBeNull();
    const one = await atRisk('?limit=1');
    expect(one.body.data.map((r: { userId: string }) => r.userId)).toEqual(['u-cy']);
    const next = await atRisk(`?limit=1&cursor=${one.body.nextCursor}`);
    expect(next.body.data.map((r: { userId: string }) => r.userId)).toEqual(['u-ann']);
    expect((await atRisk('?attr.plan=pro')).body.data).toHaveLength(1);
  });

  it('refuses what it cannot answer', async () => {
    for (const query of ['?limit=0', '?cursor=bm9wZQ', '?bogus=1']) {
      expect((await atRisk(query)).status, query).toBe(400);
    }
    const other = await t.app.request('/v1/surveys/srv_b/at-risk', {
      headers: bearer(t.a.readKey),
    });
    expect(other.status).toBe(404);
  });
});
