// Digest rows as both backends return them, and the values they bind.
import type { DigestSubscription } from './digest-types';

export interface DigestRow {
  id: string;
  site_id: string;
  survey_id: string;
  email: string;
  interval: 'week' | 'month';
  time_zone: string;
  hour: number;
  status: 'active' | 'unsubscribed';
  unsubscribe_token: string;
  last_period_end: number | null;
  next_send_at: number | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export const DIGEST_COLUMNS =
  'id, site_id, survey_id, email, interval, time_zone, hour, status, unsubscribe_token, last_period_end, next_send_at, created_by, created_at, updated_at';

const numberOrNull = (value: number | null) => (value === null ? null : Number(value));

export const toDigest = (row: DigestRow): DigestSubscription => ({
  id: row.id,
  siteId: row.site_id,
  surveyId: row.survey_id,
  email: row.email,
  interval: row.interval,
  timeZone: row.time_zone,
  hour: row.hour,
  status: row.status,
  unsubscribeToken: row.unsubscribe_token,
  lastPeriodEnd: numberOrNull(row.last_period_end),
  nextSendAt: numberOrNull(row.next_send_at),
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

export const digestValues = (d: DigestSubscription) => [
  d.id,
  d.siteId,
  d.surveyId,
  d.email,
  d.interval,
  d.timeZone,
  d.hour,
  d.status,
  d.unsubscribeToken,
  d.lastPeriodEnd,
  d.nextSendAt,
  d.createdBy,
  d.createdAt,
  d.updatedAt,
];
