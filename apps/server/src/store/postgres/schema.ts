// PostgreSQL tables (drizzle), the same shape as sqlite/schema.ts: timestamps
// are bigint milliseconds since the epoch (read back as numbers: every
// instant fits in 2^53), JSON columns are jsonb, rollups have one count
// column per score. Column names are the same on both backends, so raw SQL
// in the stores reads alike.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const millis = (name: string) => bigint(name, { mode: 'number' });

/** See sqlite/schema.ts: organizations own sites; members have one role each. */
export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: millis('created_at').notNull(),
});

export const sites = pgTable('sites', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').references(() => organizations.id),
  name: text('name').notNull(),
  origins: jsonb('origins').$type<string[]>().notNull(),
  publishableKey: text('publishable_key').notNull().unique(),
  createdAt: millis('created_at').notNull(),
});

export const apiKeys = pgTable(
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
    createdAt: millis('created_at').notNull(),
    /** Set when the key authenticates a request, at most once a minute (not a write per request). */
    lastUsedAt: millis('last_used_at'),
    /** Revoked keys stay (the audit log names them) but never authenticate again. */
    revokedAt: millis('revoked_at'),
    createdBy: text('created_by'),
  },
  (table) => [index('api_keys_site_idx').on(table.siteId)],
);

/** See sqlite/schema.ts: origins that fetched a site's widget config, allowed or refused. */
export const siteInstalls = pgTable(
  'site_installs',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    allowed: boolean('allowed').notNull(),
    origin: text('origin').notNull(),
    firstSeenAt: millis('first_seen_at').notNull(),
    lastSeenAt: millis('last_seen_at').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.siteId, table.allowed, table.origin] }),
    index('site_installs_recent_idx').on(table.siteId, table.allowed, table.lastSeenAt),
  ],
);

export const surveys = pgTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    type: text('type', { enum: ['nps', 'csat', 'ces'] }).notNull(),
    status: text('status', { enum: ['draft', 'active', 'paused', 'archived'] }).notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [index('surveys_site_idx').on(table.siteId, table.status)],
);

export const responses = pgTable(
  'responses',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    score: smallint('score').notNull(),
    bucket: text('bucket').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    comment: text('comment'),
    touchpoint: text('touchpoint'),
    channel: text('channel', { enum: ['web', 'link', 'email'] })
      .notNull()
      .default('web'),
    attributes: jsonb('attributes')
      .$type<Record<string, string | number | boolean>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    userId: text('user_id'),
    locale: text('locale'),
    url: text('url'),
    page: text('page'),
    device: text('device').notNull(),
    country: text('country'),
    finished: boolean('finished').notNull(),
    receivedAt: millis('received_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [
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
    // their score (SQLite's index also holds the comment; see sqlite/schema.ts).
    index('responses_survey_commented_idx')
      .on(table.surveyId, table.receivedAt, table.score)
      .where(sql`${table.comment} IS NOT NULL`),
  ],
);

const scoreColumns = () =>
  Object.fromEntries(
    Array.from({ length: 11 }, (_, s) => [`s${s}`, integer(`s${s}`).notNull().default(0)]),
  ) as Record<`s${number}`, ReturnType<typeof integer>>;

/** See sqlite/schema.ts: counts per survey × grain × UTC slot, one column per score. */
export const responseRollups = pgTable(
  'response_rollups',
  {
    surveyId: text('survey_id').notNull(),
    grain: smallint('grain').notNull(),
    start: millis('start').notNull(),
    ...scoreColumns(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.grain, table.start] })],
);

/** See sqlite/schema.ts: the same per touchpoint, device, country and locale, hours and days. */
export const responseGroupRollups = pgTable(
  'response_group_rollups',
  {
    surveyId: text('survey_id').notNull(),
    dimension: smallint('dimension').notNull(),
    grain: smallint('grain').notNull(),
    start: millis('start').notNull(),
    segment: text('segment').notNull(),
    ...scoreColumns(),
  },
  (table) => [
    primaryKey({
      columns: [table.surveyId, table.dimension, table.grain, table.start, table.segment],
    }),
  ],
);

/** See sqlite/schema.ts: comment terms per survey × UTC day × bucket. */
export const commentTerms = pgTable(
  'comment_terms',
  {
    surveyId: text('survey_id').notNull(),
    day: millis('day').notNull(),
    bucket: text('bucket').notNull(),
    term: text('term').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.day, table.bucket, table.term] })],
);

/** See sqlite/schema.ts: reason-chip counts per survey × UTC day × chip × score. */
export const reasonCounts = pgTable(
  'reason_counts',
  {
    surveyId: text('survey_id').notNull(),
    day: millis('day').notNull(),
    reason: text('reason').notNull(),
    score: smallint('score').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.day, table.reason, table.score] })],
);

/** See sqlite/schema.ts: answers per survey × UTC day × the four rolled segments × score. */
export const segmentCounts = pgTable(
  'segment_counts',
  {
    surveyId: text('survey_id').notNull(),
    day: millis('day').notNull(),
    touchpoint: text('touchpoint').notNull(),
    device: text('device').notNull(),
    country: text('country').notNull(),
    locale: text('locale').notNull(),
    score: smallint('score').notNull(),
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

/** See sqlite/schema.ts: answers per survey × attribute × UTC day × value × score. */
export const attributeCounts = pgTable(
  'attribute_counts',
  {
    surveyId: text('survey_id').notNull(),
    attribute: text('attribute').notNull(),
    day: millis('day').notNull(),
    value: text('value').notNull(),
    score: smallint('score').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.surveyId, table.attribute, table.day, table.value, table.score],
    }),
  ],
);

/** See sqlite/schema.ts: outgoing webhook endpoints of a site. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: jsonb('events').$type<string[]>().notNull(),
    surveyIds: jsonb('survey_ids').$type<string[] | null>(),
    buckets: jsonb('buckets').$type<string[] | null>(),
    format: text('format', { enum: ['standard', 'slack'] }).notNull(),
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretUntil: millis('previous_secret_until'),
    status: text('status', { enum: ['active', 'failing', 'paused'] }).notNull(),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [index('webhook_endpoints_site_idx').on(table.siteId)],
);

/** See sqlite/schema.ts: the outbox, written with the response that caused the event. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    responseId: text('response_id'),
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: millis('next_attempt_at'),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    index('webhook_deliveries_due_idx').on(table.status, table.nextAttemptAt),
    index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.createdAt),
    index('webhook_deliveries_response_idx').on(table.responseId),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: millis('at').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
  },
  (table) => [primaryKey({ columns: [table.deliveryId, table.attempt] })],
);

/** See sqlite/schema.ts for the account tables' meaning. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  emailKey: text('email_key').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  createdAt: millis('created_at').notNull(),
  passwordChangedAt: millis('password_changed_at'),
  totpSecret: text('totp_secret'),
  totpEnabledAt: millis('totp_enabled_at'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  recoveryCodes: jsonb('recovery_codes').$type<string[]>(),
});

const roleEnum = { enum: ['owner', 'admin', 'editor', 'viewer'] } as const;

export const memberships = pgTable(
  'memberships',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', roleEnum).notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    index('memberships_user_idx').on(table.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: millis('created_at').notNull(),
    lastSeenAt: millis('last_seen_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email'),
    role: text('role', roleEnum).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').notNull(),
    createdAt: millis('created_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
    acceptedAt: millis('accepted_at'),
    acceptedBy: text('accepted_by'),
  },
  (table) => [index('invitations_org_idx').on(table.organizationId)],
);

export const oneTimeTokens = pgTable('one_time_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  purpose: text('purpose', { enum: ['setup', 'password-reset'] }).notNull(),
  userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: millis('created_at').notNull(),
  expiresAt: millis('expires_at').notNull(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    at: millis('at').notNull(),
    actor: text('actor').notNull(),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    siteId: text('site_id'),
    target: text('target'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_log_org_idx').on(table.organizationId, table.at, table.id)],
);

/** See sqlite/schema.ts: an organization's OpenID Connect provider. */
export const ssoConnections = pgTable('sso_connections', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  autoJoinDomain: text('auto_join_domain'),
  autoJoinRole: text('auto_join_role', roleEnum).notNull(),
  updatedAt: millis('updated_at').notNull(),
});

export const ssoIdentities = pgTable(
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
    createdAt: millis('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.issuer, table.subject] })],
);

export const alertRules = pgTable(
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
    filters: jsonb('filters'),
    groupBy: text('group_by'),
    timeZone: text('time_zone').notNull(),
    settings: jsonb('settings').notNull(),
    emails: jsonb('emails').notNull(),
    status: text('status', { enum: ['active', 'paused'] }).notNull(),
    cursor: jsonb('cursor').notNull(),
    leaseUntil: millis('lease_until'),
    createdBy: text('created_by'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [
    index('alert_rules_site_idx').on(table.siteId),
    index('alert_rules_lease_idx').on(table.status, table.leaseUntil),
  ],
);

export const alertStates = pgTable(
  'alert_states',
  {
    ruleId: text('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    segment: jsonb('segment'),
    state: jsonb('state').notNull(),
  },
  (table) => [primaryKey({ columns: [table.ruleId, table.subject] })],
);

export const alertEvents = pgTable(
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
    segment: jsonb('segment'),
    at: text('at').notNull(),
    openedAt: text('opened_at').notNull(),
    summary: text('summary').notNull(),
    details: jsonb('details').notNull(),
    responseId: text('response_id'),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    index('alert_events_rule_idx').on(table.ruleId, table.createdAt),
    index('alert_events_response_idx').on(table.responseId),
  ],
);

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    headers: jsonb('headers').notNull(),
    responseId: text('response_id'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: millis('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    index('mail_outbox_due_idx').on(table.status, table.nextAttemptAt),
    index('mail_outbox_response_idx').on(table.responseId),
  ],
);

export const digests = pgTable(
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
    lastPeriodEnd: millis('last_period_end'),
    nextSendAt: millis('next_send_at'),
    createdBy: text('created_by'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [
    index('digests_site_idx').on(table.siteId),
    index('digests_due_idx').on(table.status, table.nextSendAt),
  ],
);

export const siteLinkSecrets = pgTable('site_link_secrets', {
  siteId: text('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousUntil: millis('previous_until'),
  rotatedAt: millis('rotated_at').notNull(),
});

/** Relationship surveys by email (campaigns/): one survey sent to a list, once or every quarter or year. */
export const campaigns = pgTable(
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
    startedAt: millis('started_at'),
    /** While a process sends the campaign's due emails; the throttle's minute, too. */
    leaseUntil: millis('lease_until').notNull().default(0),
    createdBy: text('created_by'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (table) => [
    index('campaigns_site_idx').on(table.siteId),
    index('campaigns_due_idx').on(table.status, table.leaseUntil),
  ],
);

/** A campaign's list: one row per address (by its hash), with the latest round sent. */
export const campaignRecipients = pgTable(
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
    attributes: jsonb('attributes'),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    lastRound: integer('last_round').notNull().default(-1),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('campaign_recipients_email_idx').on(table.campaignId, table.emailHash),
    index('campaign_recipients_due_idx').on(table.campaignId, table.timeZone, table.lastRound),
    index('campaign_recipients_site_hash_idx').on(table.siteId, table.emailHash),
    index('campaign_recipients_site_user_idx').on(table.siteId, table.userId),
  ],
);

/** One email of a round to one recipient (unique per recipient and round), and its one reminder. */
export const campaignSends = pgTable(
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
    queuedAt: millis('queued_at').notNull(),
    token: text('token').notNull(),
    expiresAt: millis('expires_at').notNull(),
    reminderStatus: text('reminder_status', {
      enum: ['none', 'due', 'queued', 'sent', 'failed', 'skipped'],
    }).notNull(),
    reminderDueAt: millis('reminder_due_at'),
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
export const mailSuppressions = pgTable(
  'mail_suppressions',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.siteId, table.emailHash] })],
);

/**
 * Which answer each campaign email's links give, by the address's hash: it outlives the
 * recipient's and the campaign's deletion, so a person can still be erased by address, and a
 * re-added address does not get a round it already had.
 */
export const campaignAnswers = pgTable(
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
    createdAt: millis('created_at').notNull(),
  },
  (table) => [
    index('campaign_answers_hash_idx').on(table.siteId, table.emailHash),
    index('campaign_answers_user_idx').on(table.siteId, table.userId),
    index('campaign_answers_campaign_idx').on(table.campaignId, table.emailHash),
  ],
);
