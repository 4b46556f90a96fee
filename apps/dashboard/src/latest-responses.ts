// The latest answers that say something (a comment or reasons), newest first.
// The responses API pages oldest-first with a forward cursor, so "latest"
// walks backwards from the end of the period in windows that double in
// length (1 day, 2, 4, …): each window is read in full and reversed, and the
// walk stops once enough answers are found or the period's start is reached.
// A busy day costs a few pages; a quiet year costs about nine windows.
import type { ApiClient } from './api/client';
import { listResponses } from './api/endpoints';
import type { StoredResponse } from './api/types';

const DAY = 86_400_000;
const PAGE = 1000;

export interface LatestQuery {
  surveyId: string;
  /** Period start (ISO); the walk never reads before it. */
  from: string;
  /** Read everything received before this instant (ISO). */
  before: string;
  bucket?: string;
}

export interface LatestBatch {
  responses: StoredResponse[];
  /** Where to continue for older answers, or null at the period's start. */
  olderBefore: string | null;
}

export const saysSomething = (response: StoredResponse) =>
  Boolean(response.comment?.trim()) || response.reasons.length > 0;

async function readWindow(
  api: ApiClient,
  query: LatestQuery,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<StoredResponse[]> {
  const rows: StoredResponse[] = [];
  let cursor: string | undefined;
  do {
    const page = await listResponses(
      api,
      query.surveyId,
      {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        bucket: query.bucket,
        cursor,
        limit: PAGE,
      },
      signal,
    );
    rows.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

export async function loadLatest(
  api: ApiClient,
  query: LatestQuery,
  want: number,
  signal?: AbortSignal,
): Promise<LatestBatch> {
  const start = Date.parse(query.from);
  let end = Date.parse(query.before);
  let span = DAY;
  const found: StoredResponse[] = [];
  while (end > start && found.length < want) {
    const from = Math.max(start, end - span);
    const rows = await readWindow(api, query, from, end, signal);
    found.push(...rows.filter(saysSomething).reverse());
    end = from;
    span *= 2;
  }
  return { responses: found, olderBefore: end > start ? new Date(end).toISOString() : null };
}

/** Case-insensitive match on the comment, the touchpoint and the reasons' labels. */
export function matchesSearch(
  response: StoredResponse,
  search: string,
  reasonLabel: (id: string) => string,
): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [
    response.comment ?? '',
    response.touchpoint ?? '',
    ...response.reasons.map(reasonLabel),
  ]
    .join('\n')
    .toLocaleLowerCase();
  return haystack.includes(needle);
}
