// Campaign rows as both backends return them, the values they bind, and the
// SQL both share (a recipient's status is computed the same way on each).
import type { RecipientStatus, ReminderStatus } from '@koe/core';
import type {
  Campaign,
  CampaignRecipient,
  CampaignSend,
  RecipientWithStatus,
} from './campaign-types';

const num = (value: number | string | null) => (value === null ? null : Number(value));

export const CAMPAIGN_COLUMNS =
  'id, site_id, survey_id, name, subject, intro, repeat, start_date, hour, time_zone, reminder_after_days, per_minute, expires_in_days, status, started_at, created_by, created_at, updated_at';
export const CAMPAIGN_COLUMN_COUNT = 18;

export interface CampaignRow {
  id: string;
  site_id: string;
  survey_id: string;
  name: string;
  subject: string | null;
  intro: string | null;
  repeat: Campaign['repeat'];
  start_date: string | null;
  hour: number;
  time_zone: string;
  reminder_after_days: number | null;
  per_minute: number;
  expires_in_days: number;
  status: Campaign['status'];
  started_at: number | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export const toCampaign = (row: CampaignRow): Campaign => ({
  id: row.id,
  siteId: row.site_id,
  surveyId: row.survey_id,
  name: row.name,
  subject: row.subject,
  intro: row.intro,
  repeat: row.repeat,
  startDate: row.start_date,
  hour: Number(row.hour),
  timeZone: row.time_zone,
  reminderAfterDays: num(row.reminder_after_days),
  perMinute: Number(row.per_minute),
  expiresInDays: Number(row.expires_in_days),
  status: row.status,
  startedAt: num(row.started_at),
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

export const campaignValues = (c: Campaign) => [
  c.id,
  c.siteId,
  c.surveyId,
  c.name,
  c.subject,
  c.intro,
  c.repeat,
  c.startDate,
  c.hour,
  c.timeZone,
  c.reminderAfterDays,
  c.perMinute,
  c.expiresInDays,
  c.status,
  c.startedAt,
  c.createdBy,
  c.createdAt,
  c.updatedAt,
];

/** What PATCH may change, bound in this order after `SET`. */
export const CAMPAIGN_UPDATE_COLUMNS = [
  'name',
  'subject',
  'intro',
  'repeat',
  'start_date',
  'hour',
  'time_zone',
  'reminder_after_days',
  'per_minute',
  'expires_in_days',
  'status',
  'started_at',
  'updated_at',
] as const;
export const campaignUpdateValues = (c: Campaign) => [
  c.name,
  c.subject,
  c.intro,
  c.repeat,
  c.startDate,
  c.hour,
  c.timeZone,
  c.reminderAfterDays,
  c.perMinute,
  c.expiresInDays,
  c.status,
  c.startedAt,
  c.updatedAt,
];

export const RECIPIENT_COLUMNS =
  'id, campaign_id, site_id, email, email_hash, user_id, locale, time_zone, attributes, unsubscribe_token, last_round, created_at';
export const RECIPIENT_COLUMN_COUNT = 12;

export interface RecipientRow {
  id: string;
  campaign_id: string;
  site_id: string;
  email: string;
  email_hash: string;
  user_id: string | null;
  locale: string | null;
  time_zone: string | null;
  /** Text on SQLite, parsed jsonb on PostgreSQL. */
  attributes: string | Record<string, string | number | boolean> | null;
  unsubscribe_token: string;
  last_round: number;
  created_at: number;
}

export const toRecipient = (row: RecipientRow): CampaignRecipient => ({
  id: row.id,
  campaignId: row.campaign_id,
  siteId: row.site_id,
  email: row.email,
  emailHash: row.email_hash,
  userId: row.user_id,
  locale: row.locale,
  timeZone: row.time_zone,
  attributes: typeof row.attributes === 'string' ? JSON.parse(row.attributes) : row.attributes,
  unsubscribeToken: row.unsubscribe_token,
  lastRound: Number(row.last_round),
  createdAt: Number(row.created_at),
});

export const recipientValues = (r: CampaignRecipient) => [
  r.id,
  r.campaignId,
  r.siteId,
  r.email,
  r.emailHash,
  r.userId,
  r.locale,
  r.timeZone,
  r.attributes === null ? null : JSON.stringify(r.attributes),
  r.unsubscribeToken,
  r.lastRound,
  r.createdAt,
];

export const SEND_COLUMNS =
  'id, campaign_id, site_id, recipient_id, round, response_id, status, mail_id, queued_at, token, expires_at, reminder_status, reminder_due_at, reminder_mail_id';
export const SEND_COLUMN_COUNT = 14;

export interface SendRow {
  id: string;
  campaign_id: string;
  site_id: string;
  recipient_id: string;
  round: number;
  response_id: string;
  status: CampaignSend['status'];
  mail_id: string | null;
  queued_at: number;
  token: string;
  expires_at: number;
  reminder_status: ReminderStatus;
  reminder_due_at: number | null;
  reminder_mail_id: string | null;
}

export const toSend = (row: SendRow): CampaignSend => ({
  id: row.id,
  campaignId: row.campaign_id,
  siteId: row.site_id,
  recipientId: row.recipient_id,
  round: Number(row.round),
  responseId: row.response_id,
  status: row.status,
  mailId: row.mail_id,
  queuedAt: Number(row.queued_at),
  token: row.token,
  expiresAt: Number(row.expires_at),
  reminderStatus: row.reminder_status,
  reminderDueAt: num(row.reminder_due_at),
  reminderMailId: row.reminder_mail_id,
});

export const sendValues = (s: CampaignSend) => [
  s.id,
  s.campaignId,
  s.siteId,
  s.recipientId,
  s.round,
  s.responseId,
  s.status,
  s.mailId,
  s.queuedAt,
  s.token,
  s.expiresAt,
  s.reminderStatus,
  s.reminderDueAt,
  s.reminderMailId,
];

/**
 * Recipients with their latest email's state: answered (its answer exists)
 * before unsubscribed (the address is on the site's suppression list) before
 * the send's own status; no send yet is waiting. `r` is the recipient.
 */
export const RECIPIENT_STATUS_FROM = `campaign_recipients r
  LEFT JOIN campaign_sends s ON s.recipient_id = r.id AND s.round = r.last_round
  LEFT JOIN responses a ON a.id = s.response_id AND a.site_id = r.site_id
  LEFT JOIN mail_suppressions u ON u.site_id = r.site_id AND u.email_hash = r.email_hash`;
export const RECIPIENT_STATUS_SQL = `CASE WHEN a.id IS NOT NULL THEN 'answered'
  WHEN u.email_hash IS NOT NULL THEN 'unsubscribed'
  WHEN s.id IS NULL THEN 'waiting' ELSE s.status END`;
export const RECIPIENT_WITH_STATUS_SELECT = `r.*, ${RECIPIENT_STATUS_SQL} AS status, s.round AS send_round,
  s.queued_at AS sent_at, a.received_at AS answered_at, coalesce(s.reminder_status, 'none') AS reminder`;

export interface RecipientStatusRow extends RecipientRow {
  status: RecipientStatus;
  send_round: number | null;
  sent_at: number | null;
  answered_at: number | null;
  reminder: ReminderStatus;
}

export const toRecipientWithStatus = (row: RecipientStatusRow): RecipientWithStatus => ({
  ...toRecipient(row),
  status: row.status,
  round: num(row.send_round),
  sentAt: num(row.sent_at),
  answeredAt: num(row.answered_at),
  reminder: row.reminder,
});
