// "Latest comments": newest first (order=desc), only answers that say
// something, stopping once enough are found and resuming where it stopped.

import { createKoeClient } from '@koe/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLatest } from '../src/latest-responses';
import { type Harness, harness } from './harness';

const DAY = 86_400_000;
let h: Harness;

beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

describe('loadLatest', () => {
  it('reads newest first, keeps only answers that say something, and continues where it stopped', async () => {
    const now = h.now();
    for (let daysAgo = 20; daysAgo >= 1; daysAgo--) {
      await h.answer(now - daysAgo * DAY, [
        { score: 5, comment: `day ${daysAgo}` },
        { score: 9 }, // no comment, no reasons: not listed
      ]);
    }
    await h.answer(now - 2 * DAY + 1000, [{ score: 3, reasons: ['price'] }]);
    const api = createKoeClient({ secretKey: h.a.readKey, fetch: h.fetch });
    const query = {
      surveyId: h.a.surveyId,
      from: new Date(now - 30 * DAY).toISOString(),
      to: new Date(now).toISOString(),
    };

    // 41 answers fit one page: all 21 that say something come back, newest first.
    const everything = await loadLatest(api, query, 3);
    expect(everything.responses.map((r) => r.comment).slice(0, 4)).toEqual([
      'day 1',
      null,
      'day 2',
      'day 3',
    ]);
    expect(everything.responses[1]?.reasons).toEqual(['price']);
    expect(everything.responses).toHaveLength(21);
    expect(everything.older).toBeNull();

    // Past one page (200 answers), it stops once it has enough and continues with the cursor.
    for (let i = 0; i < 250; i++) await h.answer(now - 25 * DAY + i, [{ score: 9 }]);
    await h.answer(now - 26 * DAY, [{ score: 1, comment: 'oldest' }]);
    const firstPage = await loadLatest(api, query, 3);
    expect(firstPage.responses).toHaveLength(21);
    expect(firstPage.older).not.toBeNull();
    const rest = await loadLatest(api, { ...query, cursor: firstPage.older as string }, 3);
    expect(rest.responses.map((r) => r.comment)).toEqual(['oldest']);
    expect(rest.older).toBeNull();
  });

  it('passes the bucket filter to the API', async () => {
    await h.answer(h.now() - DAY, [
      { score: 2, comment: 'bad' },
      { score: 10, comment: 'good' },
    ]);
    const api = createKoeClient({ secretKey: h.a.readKey, fetch: h.fetch });
    const batch = await loadLatest(
      api,
      {
        surveyId: h.a.surveyId,
        from: new Date(h.now() - 7 * DAY).toISOString(),
        to: new Date(h.now()).toISOString(),
        bucket: 'promoter',
      },
      10,
    );
    expect(batch.responses.map((r) => r.comment)).toEqual(['good']);
  });
});
