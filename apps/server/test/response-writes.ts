// A validated submission as stores receive it (ResponseWrite), for tests that
// write to a store directly: every field absent unless given, the NPS bucket
// following the score.
import { randomUUID } from 'node:crypto';
import type { ResponseWrite } from '../src/store/types';

export const npsBucket = (score: number) =>
  score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';

export function responseWrite(
  fields: Partial<ResponseWrite> & Pick<ResponseWrite, 'siteId' | 'surveyId'>,
): ResponseWrite {
  const score = fields.score ?? 9;
  return {
    id: randomUUID(),
    score,
    bucket: npsBucket(score),
    reasons: undefined,
    comment: undefined,
    touchpoint: undefined,
    attributes: undefined,
    userId: undefined,
    locale: undefined,
    url: undefined,
    page: undefined,
    device: 'desktop',
    country: undefined,
    finished: true,
    ...fields,
  };
}
