// A responses row as either backend returns it (snake_case; JSON columns as
// text and booleans as 0/1 on SQLite, parsed jsonb and booleans on
// PostgreSQL), mapped to the store's StoredResponseRow.
import type { Bucket, Channel, Device } from '@koe/core';
import type { StoredResponseRow } from './types';

export interface ResponseRow {
  id: string;
  site_id: string;
  survey_id: string;
  score: number;
  bucket: string;
  reasons: string | string[];
  comment: string | null;
  touchpoint: string | null;
  channel: string;
  attributes: string | Record<string, string | number | boolean>;
  user_id: string | null;
  locale: string | null;
  url: string | null;
  page: string | null;
  device: string;
  country: string | null;
  finished: number | boolean;
  received_at: number;
  updated_at: number;
}

/** A JSON column: text on SQLite, already parsed on PostgreSQL. */
export const jsonColumn = <T>(value: string | T): T =>
  typeof value === 'string' ? JSON.parse(value) : value;

export function fromResponseRow(raw: ResponseRow): StoredResponseRow {
  return {
    id: raw.id,
    siteId: raw.site_id,
    surveyId: raw.survey_id,
    score: raw.score,
    bucket: raw.bucket as Bucket, // written only after validation
    reasons: jsonColumn(raw.reasons),
    comment: raw.comment,
    touchpoint: raw.touchpoint,
    channel: raw.channel as Channel,
    attributes: jsonColumn(raw.attributes),
    userId: raw.user_id,
    locale: raw.locale,
    url: raw.url,
    page: raw.page,
    device: raw.device as Device,
    country: raw.country,
    finished: raw.finished === true || raw.finished === 1,
    receivedAt: raw.received_at,
    updatedAt: raw.updated_at,
  };
}
