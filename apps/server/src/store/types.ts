// The storage contract every backend (SQLite now, PostgreSQL later) fulfils.
// Routes talk to this interface only; one contract test suite runs against
// each backend. Methods are async so network-backed stores fit the same shape.
import type {
  Bucket,
  Channel,
  Device,
  ResponseFilters,
  SurveyDefinition,
  SurveyType,
  WebhookEventType,
} from '@koe/core';

export type KeyScope = 'read' | 'write';

import type { AccountStore } from './account-types';
import type { AlertStore, MailOutbox } from './alert-types';
import type { CampaignStore } from './campaign-types';
import type { DigestStore } from './digest-types';
import type { LinkSecretStore } from './link-types';
import type { BucketTermCount } from './term-deltas';

export type { BucketTermCount };

export interface Site {
  id: string;
  /**
   * The organization that owns the site. null: made by the CLI before any
   * organization existed; the first-run setup gives such sites to the new
   * organization. Only secret keys reach a site without one.
   */
  organizationId: string | null;
  name: string;
  origins: string[];
  publishableKey: string;
  createdAt: number;
}

export interface SecretKeyRecord {
  id: string;
  siteId: string;
  /** The visible start of the key (sk_ and 8 characters); the rest is kept only as a hash. */
  prefix: string;
  scope: KeyScope;
  name: string;
  createdAt: number;
  /** When it last authenticated a request, to the minute; null: never. */
  lastUsedAt: number | null;
  /** The member who made it; null when made by the CLI (or before accounts). */
  createdBy: string | null;
}

/**
 * A page origin seen fetching a site's widget config: allowed or refused by
 * the site's origins, first and last time, how many times. Nothing else.
 */
export interface SiteInstall {
  siteId: string;
  /** null: the request had no Origin header. */
  origin: string | null;
  allowed: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
}

/** Why revoking a key did or did not happen. */
export type RevokeOutcome = 'revoked' | 'not-found' | 'last-write-key';

export interface StoredSurvey {
  id: string;
  siteId: string;
  type: SurveyType;
  definition: SurveyDefinition;
  createdAt: number;
  updatedAt: number;
}

/** One validated, enriched submission on its way to storage. */
export interface ResponseWrite {
  id: string;
  siteId: string;
  surveyId: string;
  score: number;
  bucket: Bucket;
  reasons: string[] | undefined;
  comment: string | undefined;
  touchpoint: string | undefined;
  /** How the answer came (default web: the widget). */
  channel?: Channel;
  attributes: Record<string, string | number | boolean> | undefined;
  userId: string | undefined;
  locale: string | undefined;
  url: string | undefined;
  page: string | undefined;
  device: Device;
  country: string | undefined;
  finished: boolean;
  /**
   * When the answer was given, for answers written after the fact (the demo's
   * history; imports): a new row is received then, instead of at the batch's
   * time. The API never sets it: for answers it takes, the server's clock decides.
   */
  receivedAt?: number;
}

/**
 * What happened to one submission:
 * - created: a new row;
 * - updated: an unfinished response got new answers (reasons, comment, score, finished);
 * - duplicate: nothing new (a retry), nothing changed;
 * - conflict: the id belongs to a finished response with different answers, or to another survey;
 * - survey-gone: the survey was deleted between validation and commit (nothing stored).
 */
export type WriteOutcome =
  | { kind: 'created' }
  | { kind: 'updated' }
  | { kind: 'duplicate' }
  | { kind: 'conflict'; reason: string }
  | { kind: 'survey-gone' };

export interface StoredResponseRow {
  id: string;
  siteId: string;
  surveyId: string;
  score: number;
  bucket: Bucket;
  reasons: string[];
  comment: string | null;
  touchpoint: string | null;
  channel: Channel;
  attributes: Record<string, string | number | boolean>;
  userId: string | null;
  locale: string | null;
  url: string | null;
  page: string | null;
  device: Device;
  country: string | null;
  finished: boolean;
  receivedAt: number;
  updatedAt: number;
}

/** Half-open time range on received_at, in ms; open ends are unbounded. */
export interface TimeRange {
  from?: number;
  to?: number;
}

/** A page of responses: its range, its order, and the analyst's filters (@koe/core). */
export interface ResponseFilter extends TimeRange, ResponseFilters {
  /** asc (default): oldest first; desc: newest first. The cursor continues either way. */
  order?: 'asc' | 'desc';
}

/** Answer counts per score (and per bucket index or group key). */
export interface ScoreCount {
  score: number;
  n: number;
}

/** Where a page of responses continues: after this (receivedAt, id). */
export type ResponseCursor = [receivedAt: number, id: string];

/** A respondent at risk: their latest answer and the one before it. */
export interface AtRiskEntry {
  latest: StoredResponseRow;
  previous: { id: string; score: number; receivedAt: number } | null;
}

/** An answer's id and comment (examples of a theme). */
export interface RecentComment {
  id: string;
  comment: string;
}

/** Answers citing one reason chip with one score. */
export interface ReasonScoreCount {
  reason: string;
  score: number;
  n: number;
}

export interface WebhookEndpoint {
  id: string;
  siteId: string;
  url: string;
  events: WebhookEventType[];
  surveyIds: string[] | null;
  buckets: Bucket[] | null;
  format: 'standard' | 'slack';
  secret: string;
  /** After a rotation the old secret signs too, until previousSecretUntil (receivers switch over). */
  previousSecret: string | null;
  previousSecretUntil: number | null;
  /** paused: its deliveries are not claimed (they wait) until it is active again. */
  status: 'active' | 'failing' | 'paused';
  createdAt: number;
  updatedAt: number;
}

/** One event for one endpoint, as the outbox holds it. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  /** The answer the event is about (erasing it removes its events too); null for most alerts. */
  responseId: string | null;
  event: WebhookEventType;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: number | null;
  createdAt: number;
}

/** A claimed delivery with what the dispatcher needs to send it. */
export interface DueDelivery extends WebhookDelivery {
  url: string;
  /** Every secret that signs now: the current one, and the previous one during a rotation. */
  secrets: string[];
  format: 'standard' | 'slack';
}

export interface DeliveryAttempt {
  deliveryId: string;
  /** 1 for the first attempt. */
  attempt: number;
  at: number;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** delivered; retry at nextAttemptAt; or failed for good (the endpoint turns failing). */
  result: 'delivered' | 'retry' | 'failed';
  nextAttemptAt: number | null;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** People, organizations, roles, sessions, invitations, the audit log. */
  readonly accounts: AccountStore;
  /** Alert rules, their episodes and events (alerts/). */
  readonly alerts: AlertStore;
  /** Email waiting to be sent (alerts, digests). */
  readonly mail: MailOutbox;
  /** Scheduled digests (digests/). */
  readonly digests: DigestStore;
  /** Relationship surveys by email (campaigns/). */
  readonly campaigns: CampaignStore;
  /** The secrets personal survey links are signed with (links/). */
  readonly links: LinkSecretStore;

  createSite(
    site: Omit<Site, 'organizationId'> & { organizationId?: string | null },
  ): Promise<void>;
  /** Gives every site without an organization to this one (first-run setup); returns how many. */
  adoptOrphanSites(organizationId: string): Promise<number>;
  getSite(id: string): Promise<Site | undefined>;
  getSiteByPublishableKey(key: string): Promise<Site | undefined>;
  /** Every site (or an organization's), oldest first. */
  listSites(organizationId?: string): Promise<Site[]>;
  /** Saves the site's name and origins (the id, key and creation time never change). */
  updateSite(site: Site): Promise<void>;

  createSecretKey(
    key: Omit<SecretKeyRecord, 'lastUsedAt' | 'createdBy'> & {
      hash: string;
      createdBy?: string | null;
    },
  ): Promise<void>;
  /** The key with this SHA-256, unless it was revoked. */
  findSecretKeyByHash(hash: string): Promise<SecretKeyRecord | undefined>;
  /** A key by its id, unless it was revoked (the CLI revokes by id alone). */
  getSecretKey(id: string): Promise<SecretKeyRecord | undefined>;
  /** The site's keys that are not revoked, oldest first. */
  listSecretKeys(siteId: string): Promise<SecretKeyRecord[]>;
  /**
   * Revokes a key of the site at `now`, unless it is the site's last write key
   * (a site is never locked out). Checked and done in one transaction, so two
   * revocations at once cannot remove the last two write keys.
   */
  revokeSecretKey(siteId: string, id: string, now: number): Promise<RevokeOutcome>;
  /** Records a use at `now` if the last recorded one is older than `staleBefore` (or none). */
  touchSecretKey(id: string, now: number, staleBefore: number): Promise<void>;

  /**
   * Adds counts of installs seen (counts add up, first/last widen), for sites
   * that exist, then keeps only the `keep` most recently seen origins per site
   * and verdict. Several processes may record at once; their counts add up.
   */
  recordInstalls(seen: readonly SiteInstall[], keep: number): Promise<void>;
  /** The site's installs seen, most recently seen first. */
  listInstalls(siteId: string): Promise<SiteInstall[]>;

  createSurvey(survey: StoredSurvey): Promise<void>;
  getSurvey(siteId: string, id: string): Promise<StoredSurvey | undefined>;
  /** A survey by its id alone (the hosted survey page, /s/{id}, names no site). */
  findSurvey(id: string): Promise<StoredSurvey | undefined>;
  listSurveys(
    siteId: string,
    filter?: { status?: SurveyDefinition['status'] },
  ): Promise<StoredSurvey[]>;
  updateSurvey(survey: StoredSurvey): Promise<void>;
  /** Deletes the survey and all its responses. */
  deleteSurvey(siteId: string, id: string): Promise<boolean>;

  /** Applies submissions in one transaction, in order; returns one outcome per write. */
  writeResponses(writes: readonly ResponseWrite[], now: number): Promise<WriteOutcome[]>;
  getResponse(siteId: string, id: string): Promise<StoredResponseRow | undefined>;
  countResponses(surveyId: string): Promise<number>;
  /** Erases one response of the site (GDPR): gone from every aggregate at once. */
  eraseResponse(siteId: string, id: string): Promise<boolean>;
  /** The ids of every answer of the site given by one identified respondent (userId). */
  responseIdsOfRespondent(siteId: string, userId: string): Promise<string[]>;

  /** Filters: the analyst's (response-filters.ts says how each is read); bucket is applied by callers. */
  scoreCounts(surveyId: string, range: TimeRange, filters?: ResponseFilters): Promise<ScoreCount[]>;
  /** Counts per time bucket, by the bucket's index in `buckets`. */
  scoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
    filters?: ResponseFilters,
  ): Promise<Array<ScoreCount & { i: number }>>;
  /** Counts per value of a column (touchpoint, device, country, locale, page) or attribute. */
  scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
    filters?: ResponseFilters,
  ): Promise<Array<ScoreCount & { key: string | null }>>;
  /** Per reason chip and score, the answers citing it (an answer may cite several). */
  reasonScoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ReasonScoreCount[]>;
  /**
   * Per bucket, how many comments contain each term (words and two-word
   * phrases, term-deltas.ts); the term '' counts the bucket's comments.
   */
  commentTermCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<BucketTermCount[]>;
  /** The newest comments over the range under the filters (bucket included), newest first. */
  recentComments(
    surveyId: string,
    range: TimeRange,
    filters: ResponseFilters,
    limit: number,
  ): Promise<RecentComment[]>;
  /** Identified respondents at risk (core at-risk.ts; at-risk-query.ts), newest first, after the cursor. */
  atRiskRespondents(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ): Promise<AtRiskEntry[]>;
  createWebhook(endpoint: WebhookEndpoint): Promise<void>;
  listWebhooks(siteId: string): Promise<WebhookEndpoint[]>;
  getWebhook(siteId: string, id: string): Promise<WebhookEndpoint | undefined>;
  updateWebhook(endpoint: WebhookEndpoint): Promise<void>;
  /** Deletes the endpoint and its deliveries. */
  deleteWebhook(siteId: string, id: string): Promise<boolean>;
  /**
   * Claims up to `limit` pending deliveries due at `now` by moving their next
   * attempt to `leaseUntil`: another dispatcher (or this one after a crash)
   * takes a delivery again only once its lease has run out.
   */
  claimDeliveries(now: number, leaseUntil: number, limit: number): Promise<DueDelivery[]>;
  recordDeliveryAttempt(attempt: DeliveryAttempt): Promise<void>;
  /** Removes finished (delivered or failed) deliveries created before `before`; returns how many. */
  pruneDeliveries(before: number): Promise<number>;
  /** The newest deliveries of an endpoint, each with its attempts. */
  listDeliveries(
    siteId: string,
    endpointId: string,
    limit: number,
  ): Promise<
    Array<
      WebhookDelivery & {
        attemptLog: Omit<DeliveryAttempt, 'deliveryId' | 'result' | 'nextAttemptAt'>[];
      }
    >
  >;
  /** Responses in (receivedAt, id) order (or its reverse), after the cursor: stable while new rows arrive. */
  listResponses(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ): Promise<StoredResponseRow[]>;
}
