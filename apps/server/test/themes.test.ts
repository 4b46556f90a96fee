// GET /v1/surveys/{id}/themes: the terms that set a bucket's comments apart,
// on comments whose answer is known — English and Japanese, examples that
// contain the term, filters, a bucket choice, and erasure taking a comment's
// terms with it.
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

const T0 = Date.UTC(2026, 9, 20, 9);

async function seed(rows: Array<{ score: number; comment: string } & Partial<ResponseWrite>>) {
  const writes = rows.map((row) =>
    responseWrite({ siteId: t.a.site.id, surveyId: t.a.surveyId, ...row }),
  );
  for (const [i, write] of writes.entries()) await t.store.writeResponses([write], T0 + i * 60_000);
  return writes.map((w) => w.id);
}

type Term = { term: string; count: number; rest: number; z: number; examples: string[] };
type Answer = { buckets: Array<{ bucket: string; comments: number; terms: Term[] }> };

async function themes(query = ''): Promise<Answer> {
  const response = await t.app.request(`/v1/surveys/srv_a/themes${query}`, {
    headers: bearer(t.a.readKey),
  });
  expect(response.status).toBe(200);
  return response.json();
}
const termsOf = (answer: Answer, bucket: string) =>
  answer.buckets.find((b) => b.bucket === bucket)?.terms ?? [];

const repeat = <T>(count: number, make: (i: number) => T) =>
  Array.from({ length: count }, (_, i) => make(i));

describe('themes', () => {
  it('finds what detractors and promoters say, in English and Japanese, with examples', async () => {
    const ids = await seed([
      ...repeat(12, (i) => ({ score: 2, comment: `Slow delivery again (${i})` })),
      ...repeat(10, () => ({ score: 3, comment: '配送が遅いです' })),
      ...repeat(14, () => ({ score: 10, comment: 'Great support, thank you' })),
      ...repeat(6, () => ({ score: 8, comment: 'fine' })),
    ]);
    const answer = await themes();
    expect(answer.buckets.map((b) => [b.bucket, b.comments])).toEqual([
      ['detractor', 22],
      ['passive', 6],
      ['promoter', 14],
    ]);
    const detractor = termsOf(answer, 'detractor');
    const words = detractor.map((term) => term.term);
    expect(words).toEqual(
      expect.arrayContaining(['slow', 'delivery', 'slow delivery', '遅い', '配送']),
    );
    const slow = detractor.find((term) => term.term === 'slow') as Term;
    expect(slow).toMatchObject({ count: 12, rest: 0 });
    expect(slow.z).toBeGreaterThan(1.96);
    // Examples are recent answers of the bucket that contain the term.
    expect(slow.examples).toHaveLength(3);
    for (const id of slow.examples) expect(ids.slice(0, 12)).toContain(id);
    const haisou = detractor.find((term) => term.term === '配送') as Term;
    for (const id of haisou.examples) expect(ids.slice(12, 22)).toContain(id);
    // Sorted by z; every listed term clears 1.96.
    const zs = detractor.map((term) => term.z);
    expect([...zs].sort((a, b) => b - a)).toEqual(zs);
    expect(Math.min(...zs)).toBeGreaterThanOrEqual(1.96);
    expect(termsOf(answer, 'promoter').map((term) => term.term)).toEqual(
      expect.arrayContaining(['great', 'support', 'great support']),
    );
    expect(termsOf(answer, 'promoter').map((term) => term.term)).not.toContain('slow');
    // Stop words never show.
    expect(termsOf(answer, 'promoter').map((term) => term.term)).not.toContain('you');
  });

  it('says nothing when the evidence is thin', async () => {
    await seed([
      { score: 2, comment: 'slow' },
      { score: 10, comment: 'great' },
    ]);
    const answer = await themes();
    for (const bucket of answer.buckets) expect(bucket.terms).toEqual([]);
  });

  it('takes the filters, a bucket choice and a limit', async () => {
    await seed([
      ...repeat(10, () => ({ score: 2, comment: 'checkout crashed', device: 'mobile' as const })),
      ...repeat(10, () => ({ score: 2, comment: 'slow delivery', device: 'desktop' as const })),
      ...repeat(12, () => ({ score: 10, comment: 'lovely shop', device: 'mobile' as const })),
      ...repeat(12, () => ({ score: 10, comment: 'lovely shop', device: 'desktop' as const })),
    ]);
    const mobile = await themes('?device=mobile&bucket=detractor');
    expect(mobile.buckets.map((b) => b.bucket)).toEqual(['detractor']);
    const words = termsOf(mobile, 'detractor').map((term) => term.term);
    expect(words).toContain('checkout');
    expect(words).not.toContain('slow');
    const one = await themes('?limit=1');
    for (const bucket of one.buckets) expect(bucket.terms.length).toBeLessThanOrEqual(1);
  });

  it('forgets an erased comment at once', async () => {
    const ids = await seed([
      ...repeat(10, () => ({ score: 1, comment: 'rude staff' })),
      ...repeat(10, () => ({ score: 10, comment: 'kind staff' })),
    ]);
    expect(termsOf(await themes(), 'detractor').map((term) => term.term)).toContain('rude');
    for (const id of ids.slice(0, 10)) {
      const erased = await t.app.request(`/v1/responses/${id}`, {
        method: 'DELETE',
        headers: bearer(t.a.writeKey),
      });
      expect(erased.status).toBe(204);
    }
    const after = await themes();
    expect(after.buckets.find((b) => b.bucket === 'detractor')?.comments).toBe(0);
    expect(termsOf(after, 'detractor')).toEqual([]);
  });

  it('refuses what it cannot answer', async () => {
    for (const query of ['?limit=0', '?limit=51', '?bogus=1', '?bucket=nope']) {
      const response = await t.app.request(`/v1/surveys/srv_a/themes${query}`, {
        headers: bearer(t.a.readKey),
      });
      expect(response.status, query).toBe(400);
    }
    const other = await t.app.request('/v1/surveys/srv_b/themes', {
      headers: bearer(t.a.readKey),
    });
    expect(other.status).toBe(404);
  });
});
