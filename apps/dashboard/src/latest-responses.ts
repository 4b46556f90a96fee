// The latest answers that say something (a comment or reasons), newest first:
// pages of the period read with order=desc until enough are found; the
// cursor of the last page read continues with older ones ("Load older").
import type { ApiClient } from './api/client';
import { listResponses, type ResponsesParams } from './api/endpoints';
import type { StoredResponse } from './api/types';

// Most answers carry no comment: read a few hundred per round trip.
const PAGE = 200;

export interface LatestQuery {
  surveyId: string;
  /** The period (ISO); nothing outside it is read. */
  from: string;
  to: string;
  bucket?: ResponsesParams['bucket'];
  /** The overview's filters as query parameters (filters.ts). */
  filters?: Record<string, string[]>;
  /** Continue after an earlier batch (its `older`). */
  cursor?: string;
}

export interface LatestBatch {
  responses: StoredResponse[];
  /** The cursor for older answers, or null at the period's start. */
  older: string | null;
}

export const saysSomething = (response: StoredResponse) =>
  Boolean(response.comment?.trim()) || response.reasons.length > 0;

/** At least `want` answers that say something (whole pages are kept), or all that remain. */
export async function loadLatest(
  api: ApiClient,
  query: LatestQuery,
  want: number,
  signal?: AbortSignal,
): Promise<LatestBatch> {
  const found: StoredResponse[] = [];
  let cursor = query.cursor;
  do {
    const page = await listResponses(
      api,
      query.surveyId,
      {
        ...(query.filters as ResponsesParams),
        from: query.from,
        to: query.to,
        ...(query.bucket && { bucket: query.bucket }),
        cursor,
        limit: PAGE,
        order: 'desc',
      },
      signal,
    );
    found.push(...page.data.filter(saysSomething));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && found.length < want);
  return { responses: found, older: cursor ?? null };
}
