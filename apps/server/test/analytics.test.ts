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
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Writes responses straight through the store at given times (as the batcher would). */
async function seed(rows: Array<{ score: number; at: number } & Partial<ResponseWrite>>) {
  for (const row of rows) {
    await t.store.writeResponses(
      [responseWrite({ siteId: t.a.site.id, surveyId: t.a.surveyId, ...row })],
      row.at,
    );
  }
}

/** P promoters, Pa passives and D detractors, spread over the given day. */
function nps(
  promoters: number,
  passives: number,
  detractors: number,
  at: number,
  extra: Partial<ResponseWrite> = {},
) {
  return [
    ...Array.from({ length: promoters }, (_, i) => ({ score: 10, at: at + i * 1000, ...extra })),
    ...Array.from({ length: passives }, (_, i) => ({ score: 8, at: at + i * 1000, ...extra })),
    ...Array.from({ length: detractors }, (_, i) => ({ score: 3, at: at + i * 1000, ...extra })),
  ];
}

const get = (path: string, key = t.a.readKey) => t.app.request(path, { headers: bearer(key) });
const T0 = Date.UTC(2026, 5, 1);

describe('GET /v1/surveys/{id}/metrics', () => {
  it('all time: NPS 32/13/6 → 50.98 [29.29, 67.00], with the distribution and bucket shares', async () => {
    await seed(nps(32, 13, 6, T0));
    const body = await (await get('/v1/surveys/srv_a/metrics')).json();
    expect(body).toMatchObject({
      metric: 'nps',
      n: 51,
      lowN: false,
      promoters: { count: 32 },
      passives: { count: 13 },
      detractors: { count: 6 },
    });
    expect(round2(body.score)).toBe(50.98);
    expect(body.ci95.map(round2)).toEqual([29.29, 67]);
    expect(body.distribution[10]).toBe(32);
  });

  it('an empty range says "no data" plainly', async () => {
    const body = await (
      await get('/v1/surveys/srv_a/metrics?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z')
    ).json();
    expect(body).toMatchObject({ n: 0, score: null, ci95: null, lowN: true });
  });

  it('compare=previous: the same-length period before, with delta, its interval and p', async () => {
    await seed(nps(32, 13, 6, T0 - 10 * DAY)); // previous period
    await seed(nps(200, 150, 50, T0 + DAY)); // current period
    const from = new Date(T0).toISOString();
    const to = new Date(T0 + 30 * DAY).toISOString();
    const body = await (
      await get(`/v1/surveys/srv_a/metrics?from=${from}&to=${to}&compare=previous`)
    ).json();
    expect(body.n).toBe(400);
    expect(round2(body.score)).toBe(37.5);
    expect(body.previous).toMatchObject({
      n: 51,
      from: new Date(T0 - 30 * DAY).toISOString(),
      to: from,
    });
    // Same values as the SciPy cross-check in @koe/core's compare tests.
    expect(body.previous.delta).toBeCloseTo(-13.480392, 5);
    expect(body.previous.deltaCi95[0]).toBeCloseTo(-33.778105, 4);
    expect(body.previous.p).toBeCloseTo(0.1930184, 5);
  });

  it('a daily series in Asia/Tokyo puts answers in their local day, with n: 0 days present', async () => {
    // 2026-06-01T16:00Z is 2 June 01:00 in Tokyo; 2026-06-01T14:00Z is 1 June 23:00.
    await seed([
      { score: 10, at: Date.UTC(2026, 5, 1, 14) },
      { score: 3, at: Date.UTC(2026, 5, 1, 16) },
      { score: 9, at: Date.UTC(2026, 5, 3, 16) },
    ]);
    const body = await (
      await get(
        '/v1/surveys/srv_a/metrics?from=2026-06-01T00:00:00%2B09:00&to=2026-06-05T00:00:00%2B09:00&interval=day&tz=Asia/Tokyo',
      )
    ).json();
    expect(
      body.series.map((p: { start: string; n: number; score: number | null }) => [
        p.start,
        p.n,
        p.score,
      ]),
    ).toEqual([
      ['2026-06-01T00:00:00+09:00', 1, 100],
      ['2026-06-02T00:00:00+09:00', 1, -100],
      ['2026-06-03T00:00:00+09:00', 0, null],
      ['2026-06-04T00:00:00+09:00', 1, 100],
    ]);
  });

  it('series across the New York DST change: the 23-hour day holds exactly its answers', async () => {
    // 2026-03-08 in New York runs 05:00Z → 2026-03-09 04:00Z.
    await seed([
      { score: 10, at: Date.UTC(2026, 2, 8, 4, 59) },
      { score: 10, at: Date.UTC(2026, 2, 8, 5, 0) },
      { score: 3, at: Date.UTC(2026, 2, 9, 3, 59) },
      { score: 3, at: Date.UTC(2026, 2, 9, 4, 0) },
    ]);
    const body = await (
      await get(
        '/v1/surveys/srv_a/metrics?from=2026-03-07T00:00:00-05:00&to=2026-03-10T00:00:00-04:00&interval=day&tz=America/New_York',
      )
    ).json();
    expect(body.series.map((p: { n: number }) => p.n)).toEqual([1, 2, 1]);
    expect(body.series[1].start).toBe('2026-03-08T00:00:00-05:00');
    expect(body.series[2].start).toBe('2026-03-09T00:00:00-04:00');
  });

  it.each([
    ['day', 'Asia/Kolkata', '2026-03-02T00:00:00+05:30'],
    ['week', 'America/New_York', '2026-03-02T00:00:00-05:00'],
    ['month', 'UTC', '2026-03-01T00:00:00+00:00'],
  ])('without from, the %s series in %s covers all time, as the headline does', async (interval, tz, start) => {
    // Answers from early March to the clock's now (1 November): more than the 30 days
    // a series used to default to.
    const first = Date.UTC(2026, 2, 2, 12);
    await seed([
      { score: 10, at: first },
      ...Array.from({ length: 24 }, (_, i) => ({ score: i % 11, at: first + (i + 1) * 9 * DAY })),
    ]);
    const body = await (
      await get(`/v1/surveys/srv_a/metrics?interval=${interval}&tz=${encodeURIComponent(tz)}`)
    ).json();
    expect(body.n).toBe(25);
    expect(body.from).toBeNull();
    expect(body.series[0].start).toBe(start);
    expect(body.series.reduce((sum: number, p: { n: number }) => sum + p.n, 0)).toBe(25);
  });

  it('without from and without answers, a series still has its empty buckets', async () => {
    const body = await (await get('/v1/surveys/srv_a/metrics?interval=day')).json();
    expect(body.n).toBe(0);
    // The 30 days before now (noon): 29 whole days and two partial ones.
    expect(body.series).toHaveLength(31);
    expect(
      body.series.every((p: { n: number; score: null }) => p.n === 0 && p.score === null),
    ).toBe(true);
  });

  it('refuses a series of more than 1200 buckets, saying what to do', async () => {
    await seed([{ score: 9, at: Date.UTC(2020, 0, 1) }]);
    const response = await get('/v1/surveys/srv_a/metrics?interval=day');
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.code).toBe('invalid-query');
    expect(problem.issues[0]).toMatchObject({ field: 'interval' });
    expect(problem.issues[0].message).toMatch(/later from or a longer interval/);
    expect((await get('/v1/surveys/srv_a/metrics?interval=month')).status).toBe(200);
  });

  it('groupBy touchpoint and attr.<key>: one score per segment, biggest first', async () => {
    await seed(nps(5, 0, 0, T0, { touchpoint: 'checkout', attributes: { plan: 'pro' } }));
    await seed(nps(0, 0, 3, T0, { touchpoint: 'support', attributes: { plan: 'free' } }));
    await seed(nps(1, 0, 0, T0));
    const byTouchpoint = await (await get('/v1/surveys/srv_a/metrics?groupBy=touchpoint')).json();
    expect(
      byTouchpoint.groups.map((g: { key: string; n: number; score: number }) => [
        g.key,
        g.n,
        g.score,
      ]),
    ).toEqual([
      ['checkout', 5, 100],
      ['support', 3, -100],
      [null, 1, 100],
    ]);
    const byPlan = await (await get('/v1/surveys/srv_a/metrics?groupBy=attr.plan')).json();
    expect(byPlan.groups.map((g: { key: string }) => g.key)).toEqual(['pro', 'free', null]);
    expect(byPlan.groups[0].ci95).toHaveLength(2);
  });

  it.each([
    ['from=yesterday', 'from'],
    ['tz=Mars/Olympus', 'tz'],
    ['interval=hour', 'interval'],
    ['groupBy=ip', 'groupBy'],
    ['compare=previous', 'compare'],
    ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
    ['interval=day&from=2000-01-01T00:00:00Z', 'interval'],
    ['nonsense=1', 'nonsense'],
  ])('400 invalid-query for %s, naming %s', async (query, field) => {
    const response = await get(`/v1/surveys/srv_a/metrics?${query}`);
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.code).toBe('invalid-query');
    expect(problem.issues.map((i: { field: string }) => i.field)).toContain(field);
  });
});

describe('responses: list, export, erase', () => {
  it('pages with a stable cursor: no row skipped or repeated while new rows arrive', async () => {
    await seed(Array.from({ length: 25 }, (_, i) => ({ score: i % 11, at: T0 + i * 1000 })));
    const seen: string[] = [];
    let cursor: string | null = '';
    for (let page = 0; cursor !== null; page++) {
      const response = await get(
        `/v1/surveys/srv_a/responses?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const body = await response.json();
      seen.push(...body.data.map((r: { id: string }) => r.id));
      cursor = body.nextCursor;
      // New answers arrive while the analyst pages.
      if (page === 0)
        await seed([
          { score: 9, at: T0 + 100_000 },
          { score: 9, at: T0 + 100_001 },
        ]);
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });

  it('filters by bucket and touchpoint; refuses a forged cursor', async () => {
    await seed([...nps(2, 1, 3, T0, { touchpoint: 'checkout' }), ...nps(1, 0, 0, T0)]);
    const detractors = await (await get('/v1/surveys/srv_a/responses?bucket=detractor')).json();
    expect(detractors.data).toHaveLength(3);
    const checkout = await (await get('/v1/surveys/srv_a/responses?touchpoint=checkout')).json();
    expect(checkout.data).toHaveLength(6);
    expect((await get('/v1/surveys/srv_a/responses?cursor=bm90IGEgY3Vyc29y')).status).toBe(400);
  });

  it('combines filters: a repeated parameter is OR, different parameters AND', async () => {
    await seed([
      ...nps(1, 0, 2, T0, {
        touchpoint: 'checkout',
        device: 'mobile',
        attributes: { plan: 'pro' },
      }),
      ...nps(2, 0, 0, T0, { touchpoint: 'checkout', device: 'tablet' }),
      ...nps(0, 0, 4, T0, { touchpoint: 'checkout', device: 'desktop' }),
      ...nps(3, 0, 0, T0, { touchpoint: 'support', device: 'mobile' }),
    ]);
    const metrics = async (query: string) =>
      (await (await get(`/v1/surveys/srv_a/metrics?${query}`)).json()) as {
        n: number;
        score: number;
      };
    const handheld = await metrics('touchpoint=checkout&device=mobile&device=tablet');
    expect(handheld.n).toBe(5);
    expect(handheld.score).toBe(20); // 3 promoters, 2 detractors of 5
    expect((await metrics('attr.plan=pro')).n).toBe(3);
    expect((await metrics('attr.plan=pro&bucket=detractor')).n).toBe(2);
    const unknown = await get('/v1/surveys/srv_a/metrics?plan=pro');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toMatch(/attr\.<key>/);
  });

  it('CSV: RFC 4180 quoting, formulas neutralised, optional BOM for spreadsheets', async () => {
    await seed([
      {
        score: 3,
        at: T0,
        comment: '=HYPERLINK("http://evil.example","click")',
        reasons: ['price'],
      },
      {
        score: 9,
        at: T0 + 1,
        comment: 'Fast, friendly\n"great" 店員さん',
        touchpoint: '+checkout',
      },
    ]);
    const response = await get('/v1/surveys/srv_a/responses.csv?bom=true');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM, as spreadsheet programs do.
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('id,received_at,')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows (one with an embedded line break), trailing empty
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain('"Fast, friendly\n""great"" 店員さん"');
    expect(text).toContain(",'+checkout,");
  });

  it('NDJSON: one JSON response per line, all of them', async () => {
    await seed(Array.from({ length: 2500 }, (_, i) => ({ score: 7, at: T0 + i })));
    const text = await (await get('/v1/surveys/srv_a/responses.ndjson')).text();
    const rows = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2500);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2500);
    expect(rows[0]).toMatchObject({
      surveyId: 'srv_a',
      score: 7,
      bucket: 'passive',
      finished: true,
    });
  });

  it('erasure: gone from the list, the metrics and the exports at once; read keys may not erase', async () => {
    await seed(nps(1, 0, 1, T0));
    const [first] = (await (await get('/v1/surveys/srv_a/responses')).json()).data;
    const erase = (key: string) =>
      t.app.request(`/v1/responses/${first.id}`, { method: 'DELETE', headers: bearer(key) });
    expect((await erase(t.a.readKey)).status).toBe(403);
    expect((await erase(t.b.writeKey)).status).toBe(404);
    expect((await erase(t.a.writeKey)).status).toBe(204);
    expect((await erase(t.a.writeKey)).status).toBe(404);
    expect((await (await get('/v1/surveys/srv_a/metrics')).json()).n).toBe(1);
    expect(await (await get('/v1/surveys/srv_a/responses.ndjson')).text()).not.toContain(first.id);
  });
});

describe('tenants', () => {
  it.each([
    '/v1/surveys/srv_a/metrics',
    '/v1/surveys/srv_a/metrics?interval=day&groupBy=device&compare=previous&from=2026-01-01T00:00:00Z',
    '/v1/surveys/srv_a/responses',
    '/v1/surveys/srv_a/responses.csv',
    '/v1/surveys/srv_a/responses.ndjson',
  ])("site B's key gets 404 for %s", async (path) => {
    await seed(nps(1, 1, 1, T0));
    const response = await get(path, t.b.readKey);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(t.a.site.id);
  });
});
