// One function per analyst endpoint the dashboard uses. Paths, parameters and
// answers are typed by @koe/client from the server's OpenAPI document.
import {
  type MetricsQuery,
  ok,
  type ResponsesQuery,
  type SurveyInput,
  type SurveyPatch,
} from '@koe/client';
import type { ApiClient } from './client';
import type { AtRiskPage, Metrics, Reasons, ResponsesPage, Site, Survey, Themes } from './types';

/**
 * An analyst query with the drill-down filters (filters.ts) as parameters;
 * attr.<key> is beyond what the typed query can name.
 */
export type FilteredQuery = { from: string; to: string } & Record<
  string,
  string | string[] | number | undefined
>;

/** The key's site; its publishable key goes into the snippet. */
export function getSite(api: ApiClient, signal?: AbortSignal): Promise<Site> {
  return ok(api.GET('/v1/site', { signal }));
}

export async function listSurveys(api: ApiClient, signal?: AbortSignal): Promise<Survey[]> {
  return (await ok(api.GET('/v1/surveys', { signal }))).data;
}

export function getSurvey(api: ApiClient, id: string, signal?: AbortSignal): Promise<Survey> {
  return ok(api.GET('/v1/surveys/{id}', { params: { path: { id } }, signal }));
}

export function createSurvey(api: ApiClient, input: SurveyInput): Promise<Survey> {
  return ok(api.POST('/v1/surveys', { body: input }));
}

export function updateSurvey(api: ApiClient, id: string, patch: SurveyPatch): Promise<Survey> {
  return ok(api.PATCH('/v1/surveys/{id}', { params: { path: { id } }, body: patch }));
}

export type MetricsParams = MetricsQuery;

export function getMetrics(
  api: ApiClient,
  id: string,
  query: MetricsParams,
  signal?: AbortSignal,
): Promise<Metrics> {
  return ok(api.GET('/v1/surveys/{id}/metrics', { params: { path: { id }, query }, signal }));
}

/** Reason chips by impact over the period and filters, with the change against the previous period. */
export function getReasons(
  api: ApiClient,
  id: string,
  query: FilteredQuery,
  signal?: AbortSignal,
): Promise<Reasons> {
  return ok(
    api.GET('/v1/surveys/{id}/reasons', {
      params: { path: { id }, query: { ...query, compare: 'previous' } as never },
      signal,
    }),
  );
}

/** The terms that set each bucket's comments apart. */
export function getThemes(
  api: ApiClient,
  id: string,
  query: FilteredQuery,
  signal?: AbortSignal,
): Promise<Themes> {
  return ok(
    api.GET('/v1/surveys/{id}/themes', {
      params: { path: { id }, query: query as never },
      signal,
    }),
  );
}

/** A page of respondents at risk. */
export function getAtRisk(
  api: ApiClient,
  id: string,
  query: FilteredQuery,
  signal?: AbortSignal,
): Promise<AtRiskPage> {
  return ok(
    api.GET('/v1/surveys/{id}/at-risk', {
      params: { path: { id }, query: query as never },
      signal,
    }),
  );
}

export type ResponsesParams = ResponsesQuery;

export function listResponses(
  api: ApiClient,
  id: string,
  query: ResponsesParams,
  signal?: AbortSignal,
): Promise<ResponsesPage> {
  return ok(api.GET('/v1/surveys/{id}/responses', { params: { path: { id }, query }, signal }));
}

export type ExportFormat = 'csv' | 'ndjson';

/** The full export for a period; CSV starts with a byte-order mark for spreadsheet programs. */
export function exportResponses(
  api: ApiClient,
  id: string,
  format: ExportFormat,
  range: FilteredQuery,
): Promise<Blob> {
  const path = { id };
  return format === 'csv'
    ? ok(
        api.GET('/v1/surveys/{id}/responses.csv', {
          params: { path, query: { ...range, bom: 'true' } as never },
          parseAs: 'blob',
        }),
      )
    : ok(
        api.GET('/v1/surveys/{id}/responses.ndjson', {
          params: { path, query: range as never },
          parseAs: 'blob',
        }),
      );
}
