// One function per analyst endpoint the dashboard uses, with the query
// parameters named as the API names them (see GET /v1/openapi.json).
import type { BucketInterval, SurveyInput, SurveyPatch } from '@koe/core';
import type { ApiClient } from './client';
import type { Metrics, ResponsesPage, Site, Survey } from './types';

const surveyPath = (id: string) => `/v1/surveys/${encodeURIComponent(id)}`;

/** The key's site; its publishable key goes into the snippet. */
export function getSite(api: ApiClient, signal?: AbortSignal): Promise<Site> {
  return api.get<Site>('/v1/site', {}, signal);
}

export async function listSurveys(api: ApiClient, signal?: AbortSignal): Promise<Survey[]> {
  return (await api.get<{ data: Survey[] }>('/v1/surveys', {}, signal)).data;
}

export function getSurvey(api: ApiClient, id: string, signal?: AbortSignal): Promise<Survey> {
  return api.get<Survey>(surveyPath(id), {}, signal);
}

export function createSurvey(api: ApiClient, input: SurveyInput): Promise<Survey> {
  return api.send<Survey>('POST', '/v1/surveys', input);
}

export function updateSurvey(api: ApiClient, id: string, patch: SurveyPatch): Promise<Survey> {
  return api.send<Survey>('PATCH', surveyPath(id), patch);
}

export interface MetricsParams {
  from: string;
  to: string;
  interval?: BucketInterval;
  tz?: string;
  groupBy?: string;
  compare?: 'previous';
}

export function getMetrics(
  api: ApiClient,
  id: string,
  params: MetricsParams,
  signal?: AbortSignal,
): Promise<Metrics> {
  return api.get<Metrics>(`${surveyPath(id)}/metrics`, { ...params }, signal);
}

export interface ResponsesParams {
  from: string;
  to: string;
  bucket?: string;
  touchpoint?: string;
  cursor?: string;
  limit?: number;
  order?: 'asc' | 'desc';
}

export function listResponses(
  api: ApiClient,
  id: string,
  params: ResponsesParams,
  signal?: AbortSignal,
): Promise<ResponsesPage> {
  return api.get<ResponsesPage>(`${surveyPath(id)}/responses`, { ...params }, signal);
}

export type ExportFormat = 'csv' | 'ndjson';

/** The full export for a period; CSV starts with a byte-order mark for spreadsheet programs. */
export function exportResponses(
  api: ApiClient,
  id: string,
  format: ExportFormat,
  params: { from: string; to: string },
): Promise<Blob> {
  return api.blob(`${surveyPath(id)}/responses.${format}`, {
    ...params,
    ...(format === 'csv' && { bom: 'true' }),
  });
}
