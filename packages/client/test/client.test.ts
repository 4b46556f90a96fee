// The typed client against a real koe app (a real SQLite file, the server's
// own test fixtures), reached in process through app.request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../apps/server/test/fixtures';
import { responseWrite } from '../../../apps/server/test/response-writes';
import { createKoeClient, KoeApiError, ok } from '../src/index';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

const inProcess = async (request: Request) => t.app.request(request);

function client(secretKey: string, onUnauthorized?: () => void) {
  return createKoeClient({
    baseUrl: 'http://koe.test',
    secretKey,
    fetch: inProcess,
    ...(onUnauthorized && { onUnauthorized }),
  });
}

describe('createKoeClient', () => {
  it('reads metrics with typed parameters and answers', async () => {
    await t.store.writeResponses(
      [9, 10, 3].map((score) =>
        responseWrite({ siteId: t.a.site.id, surveyId: t.a.surveyId, score }),
      ),
      t.clock.now() - 1000,
    );
    const koe = client(t.a.readKey);
    const metrics = await ok(
      koe.GET('/v1/surveys/{id}/metrics', {
        params: { path: { id: t.a.surveyId }, query: { interval: 'day', tz: 'Asia/Tokyo' } },
      }),
    );
    expect(metrics.metric).toBe('nps');
    expect(metrics.n).toBe(3);
    if (metrics.metric === 'nps') expect(metrics.promoters.count).toBe(2);
    expect(metrics.series?.reduce((sum, point) => sum + point.n, 0)).toBe(3);
  });

  it('creates and changes a survey; refusals become KoeApiError with field issues', async () => {
    const koe = client(t.a.writeKey);
    const survey = await ok(
      koe.POST('/v1/surveys', {
        body: { name: 'Support CSAT', type: 'csat', question: { en: 'How did we do?' } },
      }),
    );
    expect(survey.status).toBe('draft');
    const changed = await ok(
      koe.PATCH('/v1/surveys/{id}', {
        params: { path: { id: survey.id } },
        body: { status: 'active' },
      }),
    );
    expect(changed.status).toBe('active');
    const refused = await ok(koe.POST('/v1/surveys', { body: { type: 'nps' } as never })).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(KoeApiError);
    expect(refused).toMatchObject({ status: 400, code: 'invalid-body' });
    expect((refused as KoeApiError).issues).toContainEqual({
      field: 'name',
      message: 'is required',
    });
  });

  it('exports as text and tells the caller when the key stops working', async () => {
    let unauthorized = 0;
    const csv = await ok(
      client(t.a.readKey).GET('/v1/surveys/{id}/responses.csv', {
        params: { path: { id: t.a.surveyId }, query: { order: 'desc' } },
        parseAs: 'text',
      }),
    );
    expect(csv.startsWith('id,received_at')).toBe(true);
    const revoked = client('sk_not_a_key', () => unauthorized++);
    await expect(ok(revoked.GET('/v1/site'))).rejects.toMatchObject({ code: 'unauthorized' });
    expect(unauthorized).toBe(1);
  });
});
