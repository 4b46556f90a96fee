// GET /v1/surveys/{id}/reasons on numbers worked by hand (docs/statistics.md,
// "Reasons"): shares overall and per bucket, the citers' score, the impact,
// the order, retired chips, filters and the comparison with the period before.
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

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 20);

async function seed(rows: Array<{ score: number; at: number } & Partial<ResponseWrite>>) {
  for (const row of rows)
    await t.store.writeResponses(
      [responseWrite({ siteId: t.a.site.id, surveyId: t.a.surveyId, ...row })],
      row.at,
    );
}
const many = (count: number, row: { score: number; at: number } & Partial<ResponseWrite>) =>
  Array.from({ length: count }, (_, i) => ({ ...row, at: row.at + i }));

async function reasons(query = '') {
  const response = await t.app.request(`/v1/surveys/srv_a/reasons${query}`, {
    headers: bearer(t.a.readKey),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('reasons', () => {
  it('shares, the score of the citers and the impact, worked by hand', async () => {
    // 10 answers: NPS (4 − 5)/10 = −10. "price": 4 detractors and 1 promoter.
    await seed([
      ...many(4, { score: 2, at: T0, reasons: ['price'] }),
      { score: 10, at: T0, reasons: ['price', 'quality'] },
      ...many(3, { score: 10, at: T0 + 10 }),
      { score: 8, at: T0 },
      { score: 5, at: T0, reasons: ['delivery'] },
    ]);
    const answer = await reasons();
    expect(answer.metric).toBe('nps');
    expect(answer.overall).toMatchObject({ n: 10, score: -10 });
    const price = answer.reasons.find((r: { id: string }) => r.id === 'price');
    expect(price.label).toEqual({ en: 'Price' });
    expect(price.share).toMatchObject({ count: 5, n: 10, percent: 50 });
    expect(price.byBucket.detractor).toMatchObject({ count: 4, n: 5, percent: 80 });
    expect(price.byBucket.promoter).toMatchObject({ count: 1, n: 4, percent: 25 });
    expect(price.byBucket.passive).toMatchObject({ count: 0, n: 1, percent: 0 });
    // Citers: 1 promoter, 4 detractors → −60. The rest: 3 promoters, 1 passive,
    // 1 detractor → +40; had the citers scored like them, NPS would be 40: +50.
    expect(price.score).toMatchObject({ n: 5, score: -60 });
    expect(price.impact.points).toBeCloseTo(50, 10);
    const [low, high] = price.impact.ci95;
    expect(low).toBeLessThan(50);
    expect(high).toBeGreaterThan(50);
    // Wilson interval of 5/10 is symmetric around 50 %.
    expect(price.share.ci95[0] + price.share.ci95[1]).toBeCloseTo(100, 6);
    // By impact: price first; quality (cited by a promoter) lowers the score if removed.
    expect(answer.reasons.map((r: { id: string }) => r.id)).toEqual([
      'price',
      'delivery',
      'quality',
    ]);
    const quality = answer.reasons[2];
    expect(quality.impact.points).toBeLessThan(0);
  });

  it('lists chips nobody cited and chips no longer in the survey', async () => {
    await seed([
      { score: 3, at: T0, reasons: ['retired'] },
      { score: 9, at: T0 },
    ]);
    const answer = await reasons();
    const byId = Object.fromEntries(
      answer.reasons.map((r: { id: string }) => [r.id, r] as const),
    ) as Record<string, { label: unknown; share: { count: number }; impact: unknown }>;
    expect(Object.keys(byId).sort()).toEqual(['delivery', 'price', 'quality', 'retired']);
    expect(byId.retired?.label).toBeNull();
    expect(byId.retired?.share.count).toBe(1);
    expect(byId.price?.share.count).toBe(0);
    expect(byId.price?.impact).toEqual({ points: 0, ci95: null });
  });

  it('no answers: counts of 0 and nulls, never a made-up number', async () => {
    const answer = await reasons();
    expect(answer.overall).toMatchObject({ n: 0, score: null, ci95: null });
    for (const reason of answer.reasons) {
      expect(reason.share).toEqual({ count: 0, n: 0, percent: null, ci95: null });
      expect(reason.impact).toEqual({ points: null, ci95: null });
    }
  });

  it('takes the filters of every read, and a bucket filter', async () => {
    await seed([
      ...many(3, { score: 1, at: T0, device: 'mobile', reasons: ['price'] }),
      ...many(2, { score: 10, at: T0, device: 'mobile' }),
      ...many(5, { score: 2, at: T0, device: 'desktop', reasons: ['delivery'] }),
    ]);
    const mobile = await reasons('?device=mobile');
    expect(mobile.overall.n).toBe(5);
    const price = mobile.reasons.find((r: { id: string }) => r.id === 'price');
    expect(price.share).toMatchObject({ count: 3, n: 5 });
    const delivery = mobile.reasons.find((r: { id: string }) => r.id === 'delivery');
    expect(delivery.share.count).toBe(0);
    const detractors = await reasons('?bucket=detractor');
    expect(detractors.overall.n).toBe(8);
    expect(detractors.reasons.find((r: { id: string }) => r.id === 'delivery').share).toMatchObject(
      { count: 5, n: 8 },
    );
  });

  it('compare=previous: the change of each share with its p-value', async () => {
    const from = T0;
    const to = T0 + 7 * DAY;
    // Before: price cited by 2 of 20. Now: by 12 of 20.
    await seed([
      ...many(2, { score: 2, at: from - 3 * DAY, reasons: ['price'] }),
      ...many(18, { score: 9, at: from - 3 * DAY }),
      ...many(12, { score: 2, at: from + DAY, reasons: ['price'] }),
      ...many(8, { score: 9, at: from + DAY }),
    ]);
    const answer = await reasons(
      `?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&compare=previous`,
    );
    expect(answer.previous).toEqual({
      from: new Date(from - 7 * DAY).toISOString(),
      to: new Date(from).toISOString(),
      n: 20,
    });
    const price = answer.reasons.find((r: { id: string }) => r.id === 'price');
    expect(price.change.previous).toMatchObject({ count: 2, n: 20, percent: 10 });
    expect(price.change.delta).toBeCloseTo(50, 10);
    expect(price.change.p).toBeLessThan(0.01);
    const delivery = answer.reasons.find((r: { id: string }) => r.id === 'delivery');
    expect(delivery.change).toMatchObject({ delta: 0, p: null });
  });

  it('refuses what it cannot answer', async () => {
    for (const query of ['?compare=previous', '?bogus=1', '?bucket=nope', '?to=2020-01-01']) {
      const response = await t.app.request(`/v1/surveys/srv_a/reasons${query}`, {
        headers: bearer(t.a.readKey),
      });
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
    const other = await t.app.request('/v1/surveys/srv_b/reasons', {
      headers: bearer(t.a.readKey),
    });
    expect(other.status).toBe(404);
  });
});
