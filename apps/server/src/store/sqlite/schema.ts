// SQLite tables (drizzle). Timestamps are integer milliseconds since the
// epoch: compact, index-friendly and the same arithmetic on every backend.
// JSON columns hold arrays/objects that are read whole, never queried into.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** An organization owns sites; its members have one role each (accounts/). */
export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const sites = sqliteTable('sites', {
  id: text('id').primaryKey(),
  /** Nullable only for the upgrade's sake: the migration gives every older site one. */
  organizationId: text('organization_id').references(() => organizations.id),
  name: text('name').notNull(),
  /** Allowed page origins for the public endpoints, JSON array of "https://shop.example". */
  origins: text('origins', { mode: 'json' }).$type<string[]>().notNull(),
  publishableKey: text('publishable_key').notNull().unique(),
  createdAt: integer('created_at').notNull(),
});

/** Secret analyst keys: only a SHA-256 of the key is kept, with a visible prefix. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull().unique(),
    scope: text('scope', { enum: ['read', 'write'] }).notNull(),
    /** What the key is for, given by whoever made it (1–80 characters). */
    name: text('name').notNull(),
    createdAt: integer('created_at').notNull(),
    /** Set when the key authenticates a request, at most once a minute (not a write per request). */
    lastUsedAt: integer('last_used_at'),
    /** Revoked keys stay (the audit log names them) but never authenticate again. */
    revokedAt: integer('revoked_at'),
    /** The member who made it; null for keys made by the CLI or before accounts. */
    createdBy: text('created_by'),
  },
  (table) => [index('api_keys_site_idx').on(table.siteId)],
);

/**
 * The install check: which page origins fetched a site's widget config, and
 * whether the site allowed them — origin, first and last time, how often;
 * nothing about visitors. '' stands for a request without an Origin header
 * (primary-key columns cannot be NULL). Counted in memory and upserted every
 * few seconds (install-recorder.ts); each site keeps its most recent origins
 * per verdict only, so made-up Origin headers cannot grow it without bound.
 */
export const siteInstalls = sqliteTable(
  'site_installs',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    allowed: integer('allowed', { mode: 'boolean' }).notNull(),
    origin: text('origin').notNull(),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.siteId, table.allowed, table.origin] }),
    index('site_installs_recent_idx').on(table.siteId, table.allowed, table.lastSeenAt),
  ],
);

export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    type: text('type', { enum: ['nps', 'csat', 'ces'] }).notNull(),
    status: text('status', { enum: ['draft', 'active', 'paused', 'archived'] }).notNull(),
    /** The whole validated survey definition (SurveyDefinition from @koe/core). */
    definition: text('definition', { mode: 'json' }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('surveys_site_idx').on(table.siteId, table.status)],
);

export const responses = sqliteTable(
  'responses',
  {
    /** The client-made submission id: one row per submission, whatever the retries. */
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    bucket: text('bucket').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    comment: text('comment'),
    touchpoint: text('touchpoint'),
    /** web (the widget), link or email (the hosted page). */
    channel: text('channel', { enum: ['web', 'link', 'email'] })
      .notNull()
      .default('web'),
    attributes: text('attributes', { mode: 'json' })
      .$type<Record<string, string | number | boolean>>()
      .notNull()
      .default(sql`'{}'`),
    userId: text('user_id'),
    locale: text('locale'),
    url: text('url'),
    page: text('page'),
    device: text('device').notNull(),
    country: text('country'),
    finished: integer('finished', { mode: 'boolean' }).notNull(),
    receivedAt: integer('received_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    // Time-range reads and the (received_at, id) cursor of the export.
    index('responses_survey_time_idx').on(table.surveyId, table.receivedAt, table.id),
    // Identified respondents' answers in time order (who is at risk, their previous answer).
    index('responses_survey_user_idx')
      .on(table.surveyId, table.userId, table.receivedAt, table.id)
      .where(sql`${table.userId} IS NOT NULL`),
    // A bucket's newest comments (examples of what people say), without reading answers without one.
    index('responses_survey_comments_idx')
      .on(table.surveyId, table.bucket, table.receivedAt, table.id)
      .where(sql`${table.comment} IS NOT NULL`),
    // Counts under q= (comment search): only answers with a comment, in time order, with
    // their score and comment, so a range's matches are counted from the index alone
    // (measured at 1 M answers: 0.6 ms for a 30-day two-character search, 13 ms
    // reading the rows). PostgreSQL's index leaves the comment out (its index entries
    // are limited to about 2.7 kB; a comment may be 2,000 characters).
    index('responses_survey_commented_idx')
      .on(table.surveyId, table.receivedAt, table.score, table.comment)
      .where(sql`${table.comment} IS NOT NULL`),
  ],
);

/**
 * One count column per score, s0 … s10 (NPS uses all, CSAT s1–s5, CES s1–s7):
 * a slot is one row, so a year of hourly slots is 8,760 rows to sum, not
 * eleven times that, and a write batch updates each slot once.
 */
const scoreColumns = () =>
  Object.fromEntries(
    Array.from({ length: 11 }, (_, s) => [`s${s}`, integer(`s${s}`).notNull().default(0)]),
  ) as Record<`s${number}`, ReturnType<typeof integer>>;

/**
 * Answer counts per survey × UTC time slot, at three grains (0 = 15 minutes,
 * 1 = hour, 2 = day), kept in the same transaction as the responses. Every
 * IANA zone's offset is a multiple of 15 minutes, so any local day, week or
 * month is a union of whole slots: headline metrics cost O(slots), not
 * O(responses). The migration makes it WITHOUT ROWID.
 */
export const responseRollups = sqliteTable(
  'response_rollups',
  {
    surveyId: text('survey_id').notNull(),
    grain: integer('grain').notNull(),
    start: integer('start').notNull(),
    ...scoreColumns(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.grain, table.start] })],
);

/**
 * Answer counts per survey × segment (touchpoint, device, country, locale) ×
 * UTC hour or day, for groupBy without reading rows. Hours and days only: a
 * quarter-hour per segment would be nearly a row per answer, so the sub-hour
 * edges of a range are read from responses. `dimension` indexes
 * GROUP_DIMENSIONS; a missing value is stored as '' (primary-key columns
 * cannot be NULL, and no stored value is empty). WITHOUT ROWID, as above.
 */
export const responseGroupRollups = sqliteTable(
  'response_group_rollups',
  {
    surveyId: text('survey_id').notNull(),
    dimension: integer('dimension').notNull(),
    grain: integer('grain').notNull(),
    start: integer('start').notNull(),
    segment: text('segment').notNull(),
    ...scoreColumns(),
  },
  (table) => [
    primaryKey({
      columns: [table.surveyId, table.dimension, table.grain, table.start, table.segment],
    }),
  ],
);

/**
 * Comment terms per survey × UTC day × bucket (store/term-deltas.ts): how many
 * comments contain each word or two-word phrase, kept in the write
 * transaction so "what people say" reads a few rows per day instead of
 * re-reading every comment. The term '' counts the comments themselves.
 * WITHOUT ROWID, as the rollups.
 */
export const commentTerms = sqliteTable(
  'comment_terms',
  {
    surveyId: text('survey_id').notNull(),
    day: integer('day').notNull(),
    bucket: text('bucket').notNull(),
    term: text('term').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.day, table.bucket, table.term] })],
);

/**
 * Reason-chip counts per survey × UTC day × chip × score (store/reason-deltas.ts),
 * kept in the write transaction, for the reasons endpoint. WITHOUT ROWID.
 */
export const reasonCounts = sqliteTable(
  'reason_counts',
  {
    surveyId: text('survey_id').notNull(),
    day: integer('day').notNull(),
    reason: text('reason').notNull(),
    score: integer('score').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.day, table.reason, table.score] })],
);

/**
 * Answers per survey × UTC day × touchpoint × device × country × locale × score
 * (store/filter-count-deltas.ts; '' for a segment not given), kept in the
 * write transaction: filters that AND several of those segments read whole
 * days here. At most one row per answer. WITHOUT ROWID.
 */
export const segmentCounts = sqliteTable(
  'segment_counts',
  {
    surveyId: text('survey_id').notNull(),
    day: integer('day').notNull(),
    touchpoint: text('touchpoint').notNull(),
    device: text('device').notNull(),
    country: text('country').notNull(),
    locale: text('locale').notNull(),
    score: integer('score').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.surveyId,
        table.day,
        table.touchpoint,
        table.device,
        table.country,
        table.locale,
        table.score,
      ],
    }),
  ],
);

/**
 * Answers per survey × attribute × UTC day × value × score, for string and
 * boolean values (store/filter-count-deltas.ts), kept in the write
 * transaction: an attr.<key> filter reads whole days here. The attribute
 * comes before the day so one attribute's days are one index range. WITHOUT ROWID.
 */
export const attributeCounts = sqliteTable(
  'attribute_counts',
  {
    surveyId: text('survey_id').notNull(),
    attribute: text('attribute').notNull(),
    day: integer('day').notNull(),
    value: text('value').notNull(),
    score: integer('score').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.surveyId, table.attribute, table.day, table.value, table.score],
    }),
  ],
);

/** Outgoing webhook endpoints of a site (see webhooks/). */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
    surveyIds: text('survey_ids', { mode: 'json' }).$type<string[] | null>(),
    buckets: text('buckets', { mode: 'json' }).$type<string[] | null>(),
    format: text('format', { enum: ['standard', 'slack'] }).notNull(),
    /** whsec_…: the HMAC key; needed in clear to sign. */
    secret: text('secret').notNull(),
    /** The secret before the last rotation, still signing beside the new one until… */
    previousSecret: text('previous_secret'),
    previousSecretUntil: integer('previous_secret_until'),
    status: text('status', { enum: ['active', 'failing', 'paused'] }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('webhook_endpoints_site_idx').on(table.siteId)],
);

/**
 * The outbox: one row per event per endpoint, written in the same transaction
 * as the response that caused it, so an acknowledged answer's events survive
 * any crash. `next_attempt_at` doubles as a lease while a delivery is in flight.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    /** msg_…: the webhook-id header, the same on every retry. */
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** The answer the event is about: erasing it removes its events too. */
    responseId: text('response_id'),
    /** The event JSON as signed and sent (the standard format). */
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('webhook_deliveries_due_idx').on(table.status, table.nextAttemptAt),
    index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.createdAt),
    index('webhook_deliveries_response_idx').on(table.responseId),
  ],
);

/** Every delivery attempt: when, the status code or error, how long it took. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: integer('at').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
  },
  (table) => [primaryKey({ columns: [table.deliveryId, table.attempt] })],
);

/** People who sign in. Emails are stored as typed, compared case-folded (email_key). */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  /** The email trimmed and lower-cased: one account per address. */
  emailKey: text('email_key').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id PHC string; null for accounts that only sign in through SSO. */
  passwordHash: text('password_hash'),
  createdAt: integer('created_at').notNull(),
  passwordChangedAt: integer('password_changed_at'),
  /** TOTP (RFC 6238) shared secret, base32; set while enrolling, in use once totp_enabled_at is. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: integer('totp_enabled_at'),
  /** The last time step a code was accepted for: a code works once. */
  totpLastStep: integer('totp_last_step'),
  /** SHA-256 of each unused recovery code. */
  recoveryCodes: text('recovery_codes', { mode: 'json' }).$type<string[]>(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'editor', 'viewer'] }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    index('memberships_user_idx').on(table.userId),
  ],
);

/** Signed-in sessions: only a SHA-256 of the cookie's token is kept. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    /** Refreshed at most once a minute; idle expiry counts from it. */
    lastSeenAt: integer('last_seen_at').notNull(),
    /** Absolute expiry: the session ends then however active it is. */
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Invitations to an organization: a link carrying a token (kept as its SHA-256). */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email'),
    role: text('role', { enum: ['owner', 'admin', 'editor', 'viewer'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    acceptedAt: integer('accepted_at'),
    acceptedBy: text('accepted_by'),
  },
  (table) => [index('invitations_org_idx').on(table.organizationId)],
);

/** One-time tokens: the first-run setup link, password resets (SHA-256 kept). */
export const oneTimeTokens = sqliteTable('one_time_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  purpose: text('purpose', { enum: ['setup', 'password-reset'] }).notNull(),
  /** The account a reset is for; null for the setup link. */
  userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Who did what and when, per organization; kept for the configured retention. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    /** UUIDv7-ordered id: the cursor. */
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    at: integer('at').notNull(),
    /** user:<id>, key:<id> or cli. */
    actor: text('actor').notNull(),
    /** The actor as shown: an email, a key's prefix and name, "CLI". */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    siteId: text('site_id'),
    /** What it was done to: a survey id, a key id, a member's email… */
    target: text('target'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_log_org_idx').on(table.organizationId, table.at, table.id)],
);

/**
 * An organization's OpenID Connect provider. The client secret is kept in
 * clear: the token request needs it (like a webhook's signing secret).
 */
export const ssoConnections = sqliteTable('sso_connections', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  /** New accounts whose verified email is at this domain join at autoJoinRole; null: nobody. */
  autoJoinDomain: text('auto_join_domain'),
  autoJoinRole: text('auto_join_role', { enum: ['owner', 'admin', 'editor', 'viewer'] }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Which account an identity of a provider (issuer, subject) signs in as. */
export const ssoIdentities = sqliteTable(
  'sso_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.issuer, table.subject] })],
);

/** Alert rules (alerts/): what each watches, its settings, how far it is evaluated and who holds its lease. */
export const alertRules = sqliteTable(
  'alert_rules',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['score-drop', 'volume', 'keyword'] }).notNull(),
    name: text('name'),
    filters: text('filters', { mode: 'json' }),
    groupBy: text('group_by'),
    timeZone: text('time_zone').notNull(),
    settings: text('settings', { mode: 'json' }).notNull(),
    emails: text('emails', { mode: 'json' }).notNull(),
    status: text('status', { enum: ['active', 'paused'] }).notNull(),
    /** AlertCursor: the latest window evaluated per check. */
    cursor: text('cursor', { mode: 'json' }).notNull(),
    /** While a process evaluates the rule, no other takes it (until then). */
    leaseUntil: integer('lease_until'),
    createdBy: text('created_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('alert_rules_site_idx').on(table.siteId),
    index('alert_rules_lease_idx').on(table.status, table.leaseUntil),
  ],
);

/** Each subject's episode (core alerts/episodes.ts), saved with the events in one transaction. */
export const alertStates = sqliteTable(
  'alert_states',
  {
    ruleId: text('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    segment: text('segment', { mode: 'json' }),
    state: text('state', { mode: 'json' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.ruleId, table.subject] })],
);

/** Alerts and all clears raised; the unique key makes a re-evaluated window raise nothing twice. */
export const alertEvents = sqliteTable(
  'alert_events',
  {
    id: text('id').primaryKey(),
    ruleId: text('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    siteId: text('site_id').notNull(),
    key: text('key').notNull().unique(),
    type: text('type', { enum: ['triggered', 'resolved'] }).notNull(),
    subject: text('subject').notNull(),
    segment: text('segment', { mode: 'json' }),
    at: text('at').notNull(),
    openedAt: text('opened_at').notNull(),
    summary: text('summary').notNull(),
    details: text('details', { mode: 'json' }).notNull(),
    responseId: text('response_id'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('alert_events_rule_idx').on(table.ruleId, table.createdAt),
    index('alert_events_response_idx').on(table.responseId),
  ],
);

/** Email to send (alerts, digests), written with what caused it; next_attempt_at doubles as a lease. */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    headers: text('headers', { mode: 'json' }).notNull(),
    responseId: text('response_id'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('mail_outbox_due_idx').on(table.status, table.nextAttemptAt),
    index('mail_outbox_response_idx').on(table.responseId),
  ],
);

/** Scheduled digests (digests/): a survey's summary to one address; next_send_at doubles as a lease. */
export const digests = sqliteTable(
  'digests',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    interval: text('interval', { enum: ['week', 'month'] }).notNull(),
    timeZone: text('time_zone').notNull(),
    hour: integer('hour').notNull(),
    status: text('status', { enum: ['active', 'unsubscribed'] }).notNull(),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    lastPeriodEnd: integer('last_period_end'),
    nextSendAt: integer('next_send_at'),
    createdBy: text('created_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('digests_site_idx').on(table.siteId),
    index('digests_due_idx').on(table.status, table.nextSendAt),
  ],
);

/** The secret a site signs its personal survey links with (links/), and the one before it for a day. */
export const siteLinkSecrets = sqliteTable('site_link_secrets', {
  siteId: text('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousUntil: integer('previous_until'),
  rotatedAt: integer('rotated_at').notNull(),
});

/** Relationship surveys by email (campaigns/): one survey sent to a list, once or every quarter or year. */
export const campaigns = sqliteTable(
  'campaigns',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    subject: text('subject'),
    intro: text('intro'),
    repeat: text('repeat', { enum: ['once', 'quarterly', 'yearly'] }).notNull(),
    startDate: text('start_date'),
    hour: integer('hour').notNull(),
    timeZone: text('time_zone').notNull(),
    reminderAfterDays: integer('reminder_after_days'),
    perMinute: integer('per_minute').notNull(),
    expiresInDays: integer('expires_in_days').notNull(),
    status: text('status', { enum: ['draft', 'active', 'paused'] }).notNull(),
    startedAt: integer('started_at'),
    /** While a process sends the campaign's due emails; the throttle's minute, too. */
    leaseUntil: integer('lease_until').notNull().default(0),
    createdBy: text('created_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('campaigns_site_idx').on(table.siteId),
    index('campaigns_due_idx').on(table.status, table.leaseUntil),
  ],
);

/** A campaign's list: one row per address (by its hash), with the latest round sent. */
export const campaignRecipients = sqliteTable(
  'campaign_recipients',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    siteId: text('site_id').notNull(),
    email: text('email').notNull(),
    emailHash: text('email_hash').notNull(),
    userId: text('user_id'),
    locale: text('locale'),
    timeZone: text('time_zone'),
    attributes: text('attributes', { mode: 'json' }),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    lastRound: integer('last_round').notNull().default(-1),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('campaign_recipients_email_idx').on(table.campaignId, table.emailHash),
    index('campaign_recipients_due_idx').on(table.campaignId, table.timeZone, table.lastRound),
    index('campaign_recipients_site_hash_idx').on(table.siteId, table.emailHash),
    index('campaign_recipients_site_user_idx').on(table.siteId, table.userId),
  ],
);

/** One email of a round to one recipient (unique per recipient and round), and its one reminder. */
export const campaignSends = sqliteTable(
  'campaign_sends',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    siteId: text('site_id').notNull(),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => campaignRecipients.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    responseId: text('response_id').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed', 'unsubscribed'] }).notNull(),
    mailId: text('mail_id'),
    queuedAt: integer('queued_at').notNull(),
    token: text('token').notNull(),
    expiresAt: integer('expires_at').notNull(),
    reminderStatus: text('reminder_status', {
      enum: ['none', 'due', 'queued', 'sent', 'failed', 'skipped'],
    }).notNull(),
    reminderDueAt: integer('reminder_due_at'),
    reminderMailId: text('reminder_mail_id'),
  },
  (table) => [
    uniqueIndex('campaign_sends_round_idx').on(table.recipientId, table.round),
    index('campaign_sends_reminder_idx').on(
      table.campaignId,
      table.reminderStatus,
      table.reminderDueAt,
    ),
    index('campaign_sends_mail_idx').on(table.mailId),
    index('campaign_sends_reminder_mail_idx').on(table.reminderMailId),
  ],
);

/** Addresses that unsubscribed from a site's survey emails, as hashes: honoured by every later send. */
export const mailSuppressions = sqliteTable(
  'mail_suppressions',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.siteId, table.emailHash] })],
);

/**
 * Which answer each campaign email's links give, by the address's hash: it outlives the
 * recipient's and the campaign's deletion, so a person can still be erased by address, and a
 * re-added address does not get a round it already had.
 */
export const campaignAnswers = sqliteTable(
  'campaign_answers',
  {
    responseId: text('response_id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    campaignId: text('campaign_id').notNull(),
    emailHash: text('email_hash').notNull(),
    userId: text('user_id').notNull(),
    round: integer('round').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('campaign_answers_hash_idx').on(table.siteId, table.emailHash),
    index('campaign_answers_user_idx').on(table.siteId, table.userId),
    index('campaign_answers_campaign_idx').on(table.campaignId, table.emailHash),
  ],
);
