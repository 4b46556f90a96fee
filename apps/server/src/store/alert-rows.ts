// Alert and mail outbox rows as both backends return them (snake_case; JSON
// columns as text on SQLite, parsed jsonb on PostgreSQL) mapped to the store's
// types, and the values each backend binds, in column order.
import type { AlertKind, EpisodeState, ResponseFilters } from '@koe/core';
import type {
  AlertCursor,
  AlertEventRecord,
  AlertRule,
  AlertSegment,
  AlertSubjectState,
  OutgoingMail,
} from './alert-types';
import { jsonColumn } from './response-row';

type Json<T> = string | T;

export interface AlertRuleRow {
  id: string;
  site_id: string;
  survey_id: string;
  kind: AlertKind;
  name: string | null;
  filters: Json<ResponseFilters> | null;
  group_by: string | null;
  time_zone: string;
  settings: Json<Record<string, unknown>>;
  emails: Json<string[]>;
  status: 'active' | 'paused';
  cursor: Json<AlertCursor>;
  lease_until: number | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export const ALERT_RULE_COLUMNS =
  'id, site_id, survey_id, kind, name, filters, group_by, time_zone, settings, emails, status, cursor, lease_until, created_by, created_at, updated_at';

export function toAlertRule(row: AlertRuleRow): AlertRule {
  return {
    id: row.id,
    siteId: row.site_id,
    surveyId: row.survey_id,
    kind: row.kind,
    name: row.name,
    filters: row.filters === null ? null : jsonColumn(row.filters),
    groupBy: row.group_by,
    timeZone: row.time_zone,
    settings: jsonColumn(row.settings),
    emails: jsonColumn(row.emails),
    status: row.status,
    cursor: jsonColumn(row.cursor),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export const alertRuleValues = (r: AlertRule) => [
  r.id,
  r.siteId,
  r.surveyId,
  r.kind,
  r.name,
  r.filters && JSON.stringify(r.filters),
  r.groupBy,
  r.timeZone,
  JSON.stringify(r.settings),
  JSON.stringify(r.emails),
  r.status,
  JSON.stringify(r.cursor),
  null,
  r.createdBy,
  r.createdAt,
  r.updatedAt,
];

/** The columns the API changes (the cursor only when a rule resumes), in the order alertRuleChanges binds them (then id, site_id). */
export const ALERT_RULE_CHANGES =
  'name = ?, filters = ?, group_by = ?, time_zone = ?, settings = ?, emails = ?, status = ?, cursor = ?, updated_at = ?';
export const alertRuleChanges = (r: AlertRule) => [
  r.name,
  r.filters && JSON.stringify(r.filters),
  r.groupBy,
  r.timeZone,
  JSON.stringify(r.settings),
  JSON.stringify(r.emails),
  r.status,
  JSON.stringify(r.cursor),
  r.updatedAt,
];

export interface AlertStateRow {
  rule_id: string;
  subject: string;
  segment: Json<AlertSegment> | null;
  state: Json<EpisodeState>;
}

export const toAlertState = (row: AlertStateRow): AlertSubjectState => ({
  subject: row.subject,
  segment: row.segment === null ? null : jsonColumn(row.segment),
  state: jsonColumn(row.state),
});

export interface AlertEventRow {
  id: string;
  rule_id: string;
  site_id: string;
  key: string;
  type: 'triggered' | 'resolved';
  subject: string;
  segment: Json<AlertSegment> | null;
  at: string;
  opened_at: string;
  summary: string;
  details: Json<Record<string, unknown>>;
  response_id: string | null;
  created_at: number;
}

export const ALERT_EVENT_COLUMNS =
  'id, rule_id, site_id, key, type, subject, segment, at, opened_at, summary, details, response_id, created_at';

export const toAlertEvent = (row: AlertEventRow): AlertEventRecord => ({
  id: row.id,
  ruleId: row.rule_id,
  siteId: row.site_id,
  key: row.key,
  type: row.type,
  subject: row.subject,
  segment: row.segment === null ? null : jsonColumn(row.segment),
  at: row.at,
  openedAt: row.opened_at,
  summary: row.summary,
  details: jsonColumn(row.details),
  responseId: row.response_id,
  createdAt: Number(row.created_at),
});

export const alertEventValues = (e: AlertEventRecord) => [
  e.id,
  e.ruleId,
  e.siteId,
  e.key,
  e.type,
  e.subject,
  e.segment && JSON.stringify(e.segment),
  e.at,
  e.openedAt,
  e.summary,
  JSON.stringify(e.details),
  e.responseId,
  e.createdAt,
];

export interface MailRow {
  id: string;
  site_id: string | null;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  headers: Json<Record<string, string>>;
  response_id: string | null;
  status: OutgoingMail['status'];
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  created_at: number;
}

export const MAIL_COLUMNS =
  'id, site_id, to_address, subject, text, html, headers, response_id, status, attempts, next_attempt_at, last_error, created_at';

export const toMail = (row: MailRow): OutgoingMail => ({
  id: row.id,
  siteId: row.site_id,
  to: row.to_address,
  subject: row.subject,
  text: row.text,
  html: row.html,
  headers: jsonColumn(row.headers),
  responseId: row.response_id,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at === null ? null : Number(row.next_attempt_at),
  lastError: row.last_error,
  createdAt: Number(row.created_at),
});

export const mailValues = (m: OutgoingMail) => [
  m.id,
  m.siteId,
  m.to,
  m.subject,
  m.text,
  m.html,
  JSON.stringify(m.headers),
  m.responseId,
  m.status,
  m.attempts,
  m.nextAttemptAt,
  m.lastError,
  m.createdAt,
];
