// The embedded backend: one SQLite file in WAL mode with synchronous=FULL, so
// a committed transaction survives power loss. better-sqlite3 is synchronous;
// callers batch writes (see ingest/write-batcher.ts) so one fsync covers many
// responses.
import { join } from 'node:path';
import type { ResponseFilters, SurveyDefinition } from '@koe/core';
import type Database from 'better-sqlite3';
import { and, count, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { LruCache } from '../../lru-cache';
import { serverPackageDir } from '../../package-dir';
import type { AccountStore } from '../account-types';
import type { AlertStore, MailOutbox } from '../alert-types';
import { type AtRiskRow, atRiskQuery, fromAtRiskRow } from '../at-risk-query';
import type { CampaignStore } from '../campaign-types';
import type { DigestStore } from '../digest-types';
import type { LinkSecretStore } from '../link-types';
import { type SecretKeyRow, toSecretKey } from '../secret-key-row';
import { toSite } from '../site-row';
import { toSurvey } from '../survey-row';
import type { BucketTermCount } from '../term-deltas';
import type {
  AtRiskEntry,
  DeliveryAttempt,
  DueDelivery,
  ReasonScoreCount,
  RecentComment,
  ResponseCursor,
  ResponseFilter,
  ResponseWrite,
  RevokeOutcome,
  ScoreCount,
  SecretKeyRecord,
  Site,
  SiteInstall,
  Store,
  StoredResponseRow,
  StoredSurvey,
  TimeRange,
  WebhookEndpoint,
  WriteOutcome,
} from '../types';
import { SqliteAccounts } from './accounts';
import { SqliteAlerts, SqliteMailOutbox } from './alerts';
import { SqliteAnalytics } from './analytics';
import { SqliteCampaigns } from './campaigns';
import { backfillCommentTerms, SqliteCommentTerms } from './comment-terms';
import { openSqlite, type Synchronous } from './connection';
import { SqliteDigests } from './digests';
import { SqliteInstalls } from './installs';
import { SqliteLinkSecrets } from './links';
import { backfillReasonCounts, SqliteReasonCounts } from './reason-counts';
import { batchWriter, ResponseStatements } from './response-statements';
import * as schema from './schema';
import { SqliteWebhooks } from './webhooks';
import { SqliteWriterThread } from './writer';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for throwaway stores. */
  path: string;
  /** 'FULL' by default: acknowledged means on disk. */
  synchronous?: Synchronous;
  /**
   * 'thread' commits responses in a writer thread so the fsync does not stall
   * request handling (the server); 'inline' commits on the calling thread
   * (tools and most tests). Both apply the same batchWriter.
   */
  responseWriter?: 'thread' | 'inline';
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  readonly sqlite: Database.Database;
  private readonly db: BetterSQLite3Database<typeof schema>;
  private responseStatements?: ResponseStatements;
  private inlineWriter?: ReturnType<typeof batchWriter>;
  private readonly writerThread?: SqliteWriterThread;
  readonly accounts: AccountStore;
  readonly alerts: AlertStore;
  readonly mail: MailOutbox;
  readonly digests: DigestStore;
  readonly campaigns: CampaignStore;
  readonly links: LinkSecretStore;

  constructor({ path, synchronous = 'FULL', responseWriter = 'inline' }: SqliteStoreOptions) {
    this.sqlite = openSqlite(path, synchronous);
    this.db = drizzle(this.sqlite, { schema });
    this.accounts = new SqliteAccounts(this.db, this.sqlite);
    this.alerts = new SqliteAlerts(this.sqlite);
    this.mail = new SqliteMailOutbox(this.sqlite);
    this.digests = new SqliteDigests(this.sqlite);
    this.campaigns = new SqliteCampaigns(this.sqlite);
    this.links = new SqliteLinkSecrets(this.sqlite);
    if (responseWriter === 'thread') {
      if (path === ':memory:') throw new Error('a writer thread needs a database file');
      this.writerThread = new SqliteWriterThread(path, synchronous);
    }
  }

  async migrate(): Promise<void> {
    migrate(this.db, { migrationsFolder: join(serverPackageDir(), 'drizzle', 'sqlite') });
    // Comments and chips stored before their count tables existed are counted once.
    backfillCommentTerms(this.sqlite);
    backfillReasonCounts(this.sqlite);
  }

  /** Prepared lazily: the table exists only after migrate(). */
  private get responseRows(): ResponseStatements {
    this.responseStatements ??= new ResponseStatements(this.sqlite);
    return this.responseStatements;
  }

  async close(): Promise<void> {
    await this.writerThread?.close();
    if (this.sqlite.open) this.sqlite.close();
  }

  async createSite(
    site: Omit<Site, 'organizationId'> & { organizationId?: string | null },
  ): Promise<void> {
    this.db.insert(schema.sites).values(site).run();
  }

  async adoptOrphanSites(organizationId: string): Promise<number> {
    return this.db
      .update(schema.sites)
      .set({ organizationId })
      .where(isNull(schema.sites.organizationId))
      .run().changes;
  }

  async getSite(id: string): Promise<Site | undefined> {
    const row = this.db.select().from(schema.sites).where(eq(schema.sites.id, id)).get();
    return row && toSite(row);
  }

  async getSiteByPublishableKey(key: string): Promise<Site | undefined> {
    const row = this.db
      .select()
      .from(schema.sites)
      .where(eq(schema.sites.publishableKey, key))
      .get();
    return row && toSite(row);
  }

  async listSites(organizationId?: string): Promise<Site[]> {
    return this.db
      .select()
      .from(schema.sites)
      .where(
        organizationId === undefined ? undefined : eq(schema.sites.organizationId, organizationId),
      )
      .orderBy(schema.sites.createdAt, schema.sites.id)
      .all()
      .map(toSite);
  }

  async updateSite(site: Site): Promise<void> {
    this.db
      .update(schema.sites)
      .set({ name: site.name, origins: site.origins })
      .where(eq(schema.sites.id, site.id))
      .run();
  }

  async createSecretKey(
    key: Omit<SecretKeyRecord, 'lastUsedAt' | 'createdBy'> & {
      hash: string;
      createdBy?: string | null;
    },
  ): Promise<void> {
    this.db.insert(schema.apiKeys).values(key).run();
  }

  private keyByHash?: Database.Statement<[string], SecretKeyRow>;

  async findSecretKeyByHash(hash: string): Promise<SecretKeyRecord | undefined> {
    // Every analyst request makes this lookup (found keys are not cached, so a
    // revocation counts at once): one prepared statement on the unique index,
    // not a query built anew each time (several times faster; bench/key-auth).
    this.keyByHash ??= this.sqlite.prepare(
      `SELECT id, site_id AS siteId, prefix, scope, name, created_at AS createdAt,
              last_used_at AS lastUsedAt, created_by AS createdBy
       FROM api_keys WHERE hash = ? AND revoked_at IS NULL`,
    );
    const row = this.keyByHash.get(hash);
    return row && toSecretKey(row);
  }

  async getSecretKey(id: string): Promise<SecretKeyRecord | undefined> {
    const row = this.db
      .select()
      .from(schema.apiKeys)
      .where(and(eq(schema.apiKeys.id, id), isNull(schema.apiKeys.revokedAt)))
      .get();
    return row && toSecretKey(row);
  }

  async listSecretKeys(siteId: string): Promise<SecretKeyRecord[]> {
    return this.db
      .select()
      .from(schema.apiKeys)
      .where(and(eq(schema.apiKeys.siteId, siteId), isNull(schema.apiKeys.revokedAt)))
      .orderBy(schema.apiKeys.createdAt, schema.apiKeys.id)
      .all()
      .map(toSecretKey);
  }

  async revokeSecretKey(siteId: string, id: string, now: number): Promise<RevokeOutcome> {
    // Immediate: the write lock is taken before the check, so no other connection
    // can revoke another write key between this check and this update.
    return this.db.transaction(
      (tx) => {
        const live = and(eq(schema.apiKeys.siteId, siteId), isNull(schema.apiKeys.revokedAt));
        const key = tx
          .select({ scope: schema.apiKeys.scope })
          .from(schema.apiKeys)
          .where(and(live, eq(schema.apiKeys.id, id)))
          .get();
        if (!key) return 'not-found';
        if (key.scope === 'write') {
          const writeKeys = tx
            .select({ n: count() })
            .from(schema.apiKeys)
            .where(and(live, eq(schema.apiKeys.scope, 'write')))
            .get();
          if ((writeKeys?.n ?? 0) <= 1) return 'last-write-key';
        }
        tx.update(schema.apiKeys).set({ revokedAt: now }).where(eq(schema.apiKeys.id, id)).run();
        return 'revoked';
      },
      { behavior: 'immediate' },
    );
  }

  async touchSecretKey(id: string, now: number, staleBefore: number): Promise<void> {
    this.db
      .update(schema.apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(schema.apiKeys.id, id),
          or(isNull(schema.apiKeys.lastUsedAt), lt(schema.apiKeys.lastUsedAt, staleBefore)),
        ),
      )
      .run();
  }

  private installQueries?: SqliteInstalls;
  private get installs(): SqliteInstalls {
    this.installQueries ??= new SqliteInstalls(this.sqlite);
    return this.installQueries;
  }

  async recordInstalls(seen: readonly SiteInstall[], keep: number): Promise<void> {
    this.installs.add(seen, keep);
  }

  async listInstalls(siteId: string): Promise<SiteInstall[]> {
    return this.installs.of(siteId);
  }

  async createSurvey(survey: StoredSurvey): Promise<void> {
    this.db
      .insert(schema.surveys)
      .values({ ...survey, status: survey.definition.status })
      .run();
  }

  async getSurvey(siteId: string, id: string): Promise<StoredSurvey | undefined> {
    const row = this.db
      .select()
      .from(schema.surveys)
      .where(and(eq(schema.surveys.siteId, siteId), eq(schema.surveys.id, id)))
      .get();
    return row && toSurvey(row);
  }

  async findSurvey(id: string): Promise<StoredSurvey | undefined> {
    const row = this.db.select().from(schema.surveys).where(eq(schema.surveys.id, id)).get();
    return row && toSurvey(row);
  }

  async listSurveys(siteId: string, filter: { status?: SurveyDefinition['status'] } = {}) {
    const where = filter.status
      ? and(eq(schema.surveys.siteId, siteId), eq(schema.surveys.status, filter.status))
      : eq(schema.surveys.siteId, siteId);
    return this.db
      .select()
      .from(schema.surveys)
      .where(where)
      .orderBy(schema.surveys.createdAt, schema.surveys.id)
      .all()
      .map(toSurvey);
  }

  async updateSurvey(survey: StoredSurvey): Promise<void> {
    this.db
      .update(schema.surveys)
      .set({
        definition: survey.definition,
        status: survey.definition.status,
        updatedAt: survey.updatedAt,
      })
      .where(and(eq(schema.surveys.siteId, survey.siteId), eq(schema.surveys.id, survey.id)))
      .run();
  }

  async deleteSurvey(siteId: string, id: string): Promise<boolean> {
    return this.db.transaction(
      (tx) => {
        const ofSite = and(eq(schema.surveys.siteId, siteId), eq(schema.surveys.id, id));
        // Check ownership first: responses are deleted by survey id only once it is this site's.
        if (!tx.select({ id: schema.surveys.id }).from(schema.surveys).where(ofSite).get())
          return false;
        tx.delete(schema.responses).where(eq(schema.responses.surveyId, id)).run();
        // The survey's campaign emails (the campaigns go by cascade; their mails would not).
        tx.run(sql`DELETE FROM mail_outbox WHERE id IN (
          SELECT s.mail_id FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id
          WHERE c.survey_id = ${id} AND s.mail_id IS NOT NULL
          UNION ALL SELECT s.reminder_mail_id FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id
          WHERE c.survey_id = ${id} AND s.reminder_mail_id IS NOT NULL)`);
        tx.delete(schema.responseRollups).where(eq(schema.responseRollups.surveyId, id)).run();
        tx.delete(schema.responseGroupRollups)
          .where(eq(schema.responseGroupRollups.surveyId, id))
          .run();
        tx.delete(schema.commentTerms).where(eq(schema.commentTerms.surveyId, id)).run();
        tx.delete(schema.reasonCounts).where(eq(schema.reasonCounts.surveyId, id)).run();
        tx.delete(schema.segmentCounts).where(eq(schema.segmentCounts.surveyId, id)).run();
        tx.delete(schema.attributeCounts).where(eq(schema.attributeCounts.surveyId, id)).run();
        tx.delete(schema.surveys).where(ofSite).run();
        return true;
      },
      { behavior: 'immediate' },
    ); // take the write lock up front: no read-then-upgrade failure
  }

  async writeResponses(writes: readonly ResponseWrite[], now: number): Promise<WriteOutcome[]> {
    if (this.writerThread) return this.writerThread.write(writes, now);
    this.inlineWriter ??= batchWriter(this.sqlite);
    return this.inlineWriter(writes, now);
  }

  async getResponse(siteId: string, id: string): Promise<StoredResponseRow | undefined> {
    const row = this.responseRows.byId(id);
    return row && row.siteId === siteId ? row : undefined;
  }

  private analyticsQueries?: SqliteAnalytics;
  private reasonCounts?: SqliteReasonCounts;
  private commentTerms?: SqliteCommentTerms;
  /** One prepared statement per shape of filters. */
  private readonly atRiskStatements = new LruCache<
    string,
    Database.Statement<unknown[], AtRiskRow>
  >(32);
  /** Raw-row queries, rollups aside (tests and benchmarks compare against them). */
  get analytics(): SqliteAnalytics {
    this.analyticsQueries ??= new SqliteAnalytics(this.sqlite);
    return this.analyticsQueries;
  }

  async responseIdsOfRespondent(siteId: string, userId: string): Promise<string[]> {
    // Per survey, on the (survey_id, user_id) index.
    return this.sqlite
      .prepare<[string, string], { id: string }>(
        `SELECT r.id FROM surveys s JOIN responses r ON r.survey_id = s.id AND r.user_id = ?
         WHERE s.site_id = ?`,
      )
      .all(userId, siteId)
      .map((row) => row.id);
  }

  async eraseResponse(siteId: string, id: string): Promise<boolean> {
    return this.analytics.eraseResponse(siteId, id);
  }

  async commentTermCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<BucketTermCount[]> {
    this.commentTerms ??= new SqliteCommentTerms(this.sqlite);
    return this.commentTerms.count(surveyId, range, filters);
  }

  async recentComments(
    surveyId: string,
    range: TimeRange,
    filters: ResponseFilters,
    limit: number,
  ): Promise<RecentComment[]> {
    this.commentTerms ??= new SqliteCommentTerms(this.sqlite);
    return this.commentTerms.recent(surveyId, range, filters, limit);
  }

  async atRiskRespondents(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ): Promise<AtRiskEntry[]> {
    const { sql, params } = atRiskQuery('sqlite', surveyId, filter, after, limit);
    let statement = this.atRiskStatements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare<unknown[], AtRiskRow>(sql);
      this.atRiskStatements.set(sql, statement);
    }
    return statement.all(...params).map(fromAtRiskRow);
  }

  async reasonScoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ReasonScoreCount[]> {
    this.reasonCounts ??= new SqliteReasonCounts(this.sqlite);
    return this.reasonCounts.count(surveyId, range, filters);
  }

  async scoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ScoreCount[]> {
    return this.analytics.scoreCounts(surveyId, range, filters);
  }

  async scoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
    filters?: ResponseFilters,
  ) {
    return this.analytics.scoreCountsByBucket(surveyId, buckets, filters);
  }

  async scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
    filters?: ResponseFilters,
  ) {
    return this.analytics.scoreCountsByGroup(surveyId, range, groupBy, filters);
  }

  async listResponses(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ) {
    return this.analytics.listResponses(surveyId, filter, after, limit);
  }

  private webhookQueries?: SqliteWebhooks;
  private get webhooks(): SqliteWebhooks {
    this.webhookQueries ??= new SqliteWebhooks(this.sqlite);
    return this.webhookQueries;
  }

  async createWebhook(endpoint: WebhookEndpoint): Promise<void> {
    this.webhooks.create(endpoint);
  }

  async listWebhooks(siteId: string): Promise<WebhookEndpoint[]> {
    return this.webhooks.list(siteId);
  }

  async getWebhook(siteId: string, id: string): Promise<WebhookEndpoint | undefined> {
    return this.webhooks.get(siteId, id);
  }

  async updateWebhook(endpoint: WebhookEndpoint): Promise<void> {
    this.webhooks.update(endpoint);
  }

  async deleteWebhook(siteId: string, id: string): Promise<boolean> {
    return this.webhooks.remove(siteId, id);
  }

  async claimDeliveries(now: number, leaseUntil: number, limit: number): Promise<DueDelivery[]> {
    return this.webhooks.claim(now, leaseUntil, limit);
  }

  async recordDeliveryAttempt(attempt: DeliveryAttempt): Promise<void> {
    this.webhooks.record(attempt);
  }

  async pruneDeliveries(before: number): Promise<number> {
    return this.webhooks.prune(before);
  }

  async listDeliveries(siteId: string, endpointId: string, limit: number) {
    return this.webhooks.deliveries(siteId, endpointId, limit);
  }

  async countResponses(surveyId: string): Promise<number> {
    const row = this.db
      .select({ n: count() })
      .from(schema.responses)
      .where(eq(schema.responses.surveyId, surveyId))
      .get();
    return row?.n ?? 0;
  }
}
