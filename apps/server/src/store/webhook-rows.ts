// Webhook rows as both backends return them (snake_case; JSON columns as text
// on SQLite, parsed jsonb on PostgreSQL) mapped to the store's types.
import type { Bucket, WebhookEventType } from '@koe/core';
import { jsonColumn } from './response-row';
import type { DueDelivery, WebhookDelivery, WebhookEndpoint } from './types';

export interface EndpointRow {
  id: string;
  site_id: string;
  url: string;
  events: string | string[];
  survey_ids: string | string[] | null;
  buckets: string | string[] | null;
  format: 'standard' | 'slack';
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  status: 'active' | 'failing' | 'paused';
  created_at: number;
  updated_at: number;
}

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  response_id: string;
  event: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number | null;
  created_at: number;
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  at: number;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
}

export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    siteId: row.site_id,
    url: row.url,
    events: jsonColumn(row.events) as WebhookEventType[],
    surveyIds: row.survey_ids === null ? null : jsonColumn(row.survey_ids),
    buckets: row.buckets === null ? null : (jsonColumn(row.buckets) as Bucket[]),
    format: row.format,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretUntil: row.previous_secret_until,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    responseId: row.response_id,
    event: row.event as WebhookEventType,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
  };
}

export type DueRow = DeliveryRow &
  Pick<EndpointRow, 'url' | 'secret' | 'format' | 'previous_secret' | 'previous_secret_until'>;

/** A claimed delivery; the previous secret signs too while its rotation window lasts. */
export function toDueDelivery(row: DueRow, now: number): DueDelivery {
  const previous =
    row.previous_secret && (row.previous_secret_until ?? 0) > now ? [row.previous_secret] : [];
  return {
    ...toDelivery(row),
    url: row.url,
    secrets: [row.secret, ...previous],
    format: row.format,
  };
}

export function toAttempt(row: AttemptRow) {
  return {
    attempt: row.attempt,
    at: row.at,
    statusCode: row.status_code,
    latencyMs: row.latency_ms,
    error: row.error,
  };
}

/** Endpoint columns in insert/update order, with the values each backend binds. */
export function endpointValues(e: WebhookEndpoint) {
  return [
    e.id,
    e.siteId,
    e.url,
    JSON.stringify(e.events),
    e.surveyIds && JSON.stringify(e.surveyIds),
    e.buckets && JSON.stringify(e.buckets),
    e.format,
    e.secret,
    e.previousSecret,
    e.previousSecretUntil,
    e.status,
    e.createdAt,
    e.updatedAt,
  ];
}
export const ENDPOINT_COLUMNS =
  'id, site_id, url, events, survey_ids, buckets, format, secret, previous_secret, previous_secret_until, status, created_at, updated_at';

export const DELIVERY_COLUMNS =
  'id, endpoint_id, response_id, event, payload, status, attempts, next_attempt_at, created_at';
export const deliveryValues = (d: WebhookDelivery) => [
  d.id,
  d.endpointId,
  d.responseId,
  d.event,
  d.payload,
  d.status,
  d.attempts,
  d.nextAttemptAt,
  d.createdAt,
];
