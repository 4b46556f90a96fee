// The idempotency rules as a pure function, case by case.
import { describe, expect, it } from 'vitest';
import { mergeSubmission, rowFromWrite } from '../src/ingest/merge-submission';
import type { ResponseWrite } from '../src/store/types';

const base: ResponseWrite = {
  id: 'b1c2d3e4-0000-4000-8000-000000000001',
  siteId: 'site_a',
  surveyId: 'srv_a',
  score: 5,
  bucket: 'detractor',
  reasons: undefined,
  comment: undefined,
  touchpoint: 'checkout',
  attributes: undefined,
  userId: undefined,
  locale: 'en',
  url: undefined,
  page: undefined,
  device: 'desktop',
  country: undefined,
  finished: false,
};
const write = (change: Partial<ResponseWrite>): ResponseWrite => ({ ...base, ...change });

describe('mergeSubmission', () => {
  it('creates a row for a new id', () => {
    const result = mergeSubmission(undefined, base, 1000);
    expect(result.outcome).toEqual({ kind: 'created' });
    expect(result.row).toEqual(rowFromWrite(base, 1000));
  });

  it('completes an unfinished response and keeps the first context', () => {
    const existing = rowFromWrite(base, 1000);
    const result = mergeSubmission(
      existing,
      write({
        reasons: ['price'],
        comment: 'Too dear',
        finished: true,
        touchpoint: 'other',
        locale: 'ja',
      }),
      2000,
    );
    expect(result.outcome).toEqual({ kind: 'updated' });
    expect(result.row).toMatchObject({
      reasons: ['price'],
      comment: 'Too dear',
      finished: true,
      touchpoint: 'checkout',
      locale: 'en',
      receivedAt: 1000,
      updatedAt: 2000,
    });
  });

  it('drops reasons of the old bucket when an unfinished score moves to another bucket', () => {
    const existing = rowFromWrite(write({ reasons: ['price'] }), 1000);
    const result = mergeSubmission(existing, write({ score: 9, bucket: 'promoter' }), 2000);
    expect(result.row).toMatchObject({ score: 9, bucket: 'promoter', reasons: [] });
  });

  it('a repeat of an unfinished post changes nothing', () => {
    const existing = rowFromWrite(base, 1000);
    expect(mergeSubmission(existing, base, 2000)).toEqual({ outcome: { kind: 'duplicate' } });
  });

  it.each([
    ['the same answers', {}, 'duplicate'],
    [
      'a late partial post',
      { finished: false, reasons: undefined, comment: undefined },
      'duplicate',
    ],
    ['reasons in another order', { reasons: ['delivery', 'price'] }, 'duplicate'],
    ['a different score', { score: 6 }, 'conflict'],
    ['different reasons', { reasons: ['price'] }, 'conflict'],
    ['a different comment', { comment: 'changed my mind' }, 'conflict'],
    ['another survey', { surveyId: 'srv_b' }, 'conflict'],
    ['another site', { siteId: 'site_b' }, 'conflict'],
  ] as Array<
    [string, Partial<ResponseWrite>, string]
  >)('a finished response and %s → %s', (_name, change, kind) => {
    const finished = rowFromWrite(
      write({ finished: true, reasons: ['price', 'delivery'], comment: 'Slow and dear' }),
      1000,
    );
    const result = mergeSubmission(
      finished,
      write({
        finished: true,
        reasons: ['price', 'delivery'],
        comment: 'Slow and dear',
        ...change,
      }),
      2000,
    );
    expect(result.outcome.kind).toBe(kind);
    expect(result.row).toBeUndefined();
  });
});
