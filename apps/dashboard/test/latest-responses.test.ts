// "Latest comments" over an oldest-first API: newest first, only answers that
// say something, stopping once enough are found and resuming where it stopped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../src/api/client';
import { loadLatest } from '../src/latest-responses';
import { type Harness, harness } from './harness';

const DAY = 86_400_000;
let h: Harness;

beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

describe('loadLatest', () => {
  it('walks back from the end of the period, newest first, and continues from where it stopped', async () => {
    const now = h.now();
    for (let daysAgo = 20; daysAgo >= 1; daysAgo--) {
      await h.answer(now - daysAgo * DAY, [
        { score: 5, comment: `day ${daysAgo}` },
        { score: 9 }, // no comment, no reasons: not listed
      ]);
    }
    await h.answer(now - 2 * DAY + 1000, [{ score: 3, reasons: ['price'] }]);
    const api = createApiClient(h.a.readKey, h.fetch);
    const query = {
      surveyId: h.a.surveyId,
      from: new Date(now - 30 * DAY).toISOString(),
      before: new Date(now).toISOString(),
    };

    // Windows of 1 day, then 2: whole windows are kept, so at least 3 come back.
    const first = await loadLatest(api, query, 3);
    expect(first.responses.map((r) => r.comment)).toEqual(['day 1', null, 'day 2', 'day 3']);
    expect(first.responses[1]?.reasons).toEqual(['price']);
    expect(first.olderBefore).toBe(new Date(now - 3 * DAY).toISOString());

    const older = await loadLatest(api, { ...query, before: first.olderBefore as string }, 1);
    expect(older.responses.map((r) => r.comment)).toEqual(['day 4']);

    const everything = await loadLatest(api, query, 1000);
    expect(everything.responses).toHaveLength(21);
    expect(everything.olderBefore).toBeNull();
  });

  it('passes the bucket filter to the API', async () => {
    await h.answer(h.now() - DAY, [
      { score: 2, comment: 'bad' },
      { score: 10, comment: 'good' },
    ]);
    const api = createApiClient(h.a.readKey, h.fetch);
    const batch = await loadLatest(
      api,
      {
        surveyId: h.a.surveyId,
        from: new Date(h.now() - 7 * DAY).toISOString(),
        before: new Date(h.now()).toISOString(),
        bucket: 'promoter',
      },
      10,
    );
    expect(batch.responses.map((r) => r.comment)).toEqual(['good']);
  });
});
