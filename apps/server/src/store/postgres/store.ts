// The PostgreSQL backend: many stateless koe processes on one database.
// Sites, keys and surveys go through drizzle; the response hot path and the
// analyst reads are hand-written SQL (response-writes.ts, analytics.ts)
// because they are a few set-based statements per batch or query.
import { join } from 'node:path';
import type { ResponseFilters, SurveyDefinition } from '@koe/core';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { serverPackageDir } from '../../package-dir';
import type { AccountStore } from '../account-types';
import type { AlertStore, MailOutbox } from '../alert-types';
import { type AtRiskRow, atRiskQuery, fromAtRiskRow } from '../at-risk-query';
import type { CampaignStore } from '../campaign-types';
import type { DigestStore } from '../digest-types';
import type { LinkSecretStore } from '../link-types';
import { fromResponseRow, type ResponseRow } from '../response-row';
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
import { PgAccounts } from './accounts';
import { PgAlerts, PgMailOutbox } from './alerts';
import { PgAnalytics } from './analytics';
import { PgCampaigns } from './campaigns';
import { backfillCommentTerms, pgCommentTermCounts, pgRecentComments } from './comment-terms';
import { inTransaction, openPgPool } from './connection';
import { PgDigests } from './digests';
import { PgInstalls } from './installs';
import { PgLinkSecrets } from './links';
import { backfillReasonCounts, pgReasonCounts } from './reason-counts';
import { writeBatch } from './response-writes';
import * as schema from './schema';
import { PgWebhooks } from './webhooks';

// Any fixed number: the lock that lets one process at a time run migrations.
const MIGRATION_LOCK = 0x6b6f65; // "koe"

export interface PostgresStoreOptions {
  /** postgres://user@host:5432/database */
  url: string;
  /** Pool size per process. */
  maxConnections?: number;
}

export class PostgresStore implements Store {
  readonly dialect = 'postgres';
  readonly pool: pg.Pool;
  readonly analytics: PgAnalytics;
  private readonly webhooks: PgWebhooks;
  private readonly installs: PgInstalls;
  private readonly db: NodePgDatabase<typeof schema>;
  readonly accounts: AccountStore;
  readonly alerts: AlertStore;
  readonly mail: MailOutbox;
  readonly digests: DigestStore;
  readonly campaigns: CampaignStore;
  readonly links: LinkSecretStore;

  constructor({ url, maxConnections }: PostgresStoreOptions) {
    this.pool = openPgPool({ connectionString: url, max: maxConnections });
    this.db = drizzle(this.pool, { schema });
    this.accounts = new PgAccounts(this.db);
    this.alerts = new PgAlerts(this.pool);
    this.mail = new PgMailOutbox(this.pool);
    this.digests = new PgDigests(this.pool);
    this.campaigns = new PgCampaigns(this.pool);
    this.links = new PgLinkSecrets(this.pool);
    this.analytics = new PgAnalytics(this.pool);
    this.webhooks = new PgWebhooks(this.pool);
    this.installs = new PgInstalls(this.pool);
  }

  /** Runs pending migrations; processes starting together take turns. */
  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrate(drizzle(client), {
        migrationsFolder: join(serverPackageDir(), 'drizzle', 'postgres'),
      });
      // Comments and chips stored before their count tables existed are counted once.
      await backfillCommentTerms(client);
      await backfillReasonCounts(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async createSite(
    site: Omit<Site, 'organizationId'> & { organizationId?: string | null },
  ): Promise<void> {
    await this.db.insert(schema.sites).values(site);
  }

  async adoptOrphanSites(organizationId: string): Promise<number> {
    const result = await this.db
      .update(schema.sites)
      .set({ organizationId })
      .where(isNull(schema.sites.organizationId));
    return result.rowCount ?? 0;
  }

  async getSite(id: string): Promise<Site | undefined> {
    const [row] = await this.db.select().from(schema.sites).where(eq(schema.sites.id, id));
    return row && toSite(row);
  }

  async getSiteByPublishableKey(key: string): Promise<Site | undefined> {
    const [row] = await this.db
      .select()
      .from(schema.sites)
      .where(eq(schema.sites.publishableKey, key));
    return row && toSite(row);
  }

  async listSites(organizationId?: string): Promise<Site[]> {
    const rows = await this.db
      .select()
      .from(schema.sites)
      .where(
        organizationId === undefined ? undefined : eq(schema.sites.organizationId, organizationId),
      )
      .orderBy(schema.sites.createdAt, schema.sites.id);
    return rows.map(toSite);
  }

  async updateSite(site: Site): Promise<void> {
    await this.db
      .update(schema.sites)
      .set({ name: site.name, origins: site.origins })
      .where(eq(schema.sites.id, site.id));
  }

  async createSecretKey(
    key: Omit<SecretKeyRecord, 'lastUsedAt' | 'createdBy'> & {
      hash: string;
      createdBy?: string | null;
    },
  ): Promise<void> {
    await this.db.insert(schema.apiKeys).values(key);
  }

  async findSecretKeyByHash(hash: string): Promise<SecretKeyRecord | undefined> {
    // Every analyst request makes this lookup (found keys are not cached, so a
    // revocation counts at once in every process): a named statement, prepared
    // once per pooled connection, on the unique index.
    const { rows } = await this.pool.query<SecretKeyRow>({
      name: 'koe-secret-key-by-hash',
      text: `SELECT id, site_id AS "siteId", prefix, scope, name, created_at AS "createdAt",
                    last_used_at AS "lastUsedAt", created_by AS "createdBy"
             FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`,
      values: [hash],
    });
    return rows[0] && toSecretKey(rows[0]);
  }

  async getSecretKey(id: string): Promise<SecretKeyRecord | undefined> {
    const [row] = await this.db
      .select()
      .from(schema.apiKeys)
      .where(and(eq(schema.apiKeys.id, id), isNull(schema.apiKeys.revokedAt)));
    return row && toSecretKey(row);
  }

  async listSecretKeys(siteId: string): Promise<SecretKeyRecord[]> {
    const rows = await this.db
      .select()
      .from(schema.apiKeys)
      .where(and(eq(schema.apiKeys.siteId, siteId), isNull(schema.apiKeys.revokedAt)))
      .orderBy(schema.apiKeys.createdAt, schema.apiKeys.id);
    return rows.map(toSecretKey);
  }

  revokeSecretKey(siteId: string, id: string, now: number): Promise<RevokeOutcome> {
    return inTransaction(this.pool, async (client) => {
      // The site's row lock makes revocations of one site take turns across
      // processes: the second sees the first's revocation when it counts.
      await client.query('SELECT 1 FROM sites WHERE id = $1 FOR UPDATE', [siteId]);
      const { rows } = await client.query<{ scope: string }>(
        'SELECT scope FROM api_keys WHERE site_id = $1 AND id = $2 AND revoked_at IS NULL',
        [siteId, id],
      );
      if (!rows[0]) return 'not-found';
      if (rows[0].scope === 'write') {
        const { rows: live } = await client.query<{ n: number }>(
          `SELECT count(*) AS n FROM api_keys
           WHERE site_id = $1 AND scope = 'write' AND revoked_at IS NULL`,
          [siteId],
        );
        if ((live[0]?.n ?? 0) <= 1) return 'last-write-key';
      }
      await client.query('UPDATE api_keys SET revoked_at = $2 WHERE id = $1', [id, now]);
      return 'revoked';
    });
  }

  async touchSecretKey(id: string, now: number, staleBefore: number): Promise<void> {
    await this.db
      .update(schema.apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(schema.apiKeys.id, id),
          or(isNull(schema.apiKeys.lastUsedAt), lt(schema.apiKeys.lastUsedAt, staleBefore)),
        ),
      );
  }

  recordInstalls(seen: readonly SiteInstall[], keep: number): Promise<void> {
    return this.installs.add(seen, keep);
  }

  listInstalls(siteId: string): Promise<SiteInstall[]> {
    return this.installs.of(siteId);
  }

  async createSurvey(survey: StoredSurvey): Promise<void> {
    await this.db.insert(schema.surveys).values({ ...survey, status: survey.definition.status });
  }

  async getSurvey(siteId: string, id: string): Promise<StoredSurvey | undefined> {
    const [row] = await this.db
      .select()
      .from(schema.surveys)
      .where(and(eq(schema.surveys.siteId, siteId), eq(schema.surveys.id, id)));
    return row && toSurvey(row);
  }

  async findSurvey(id: string): Promise<StoredSurvey | undefined> {
    const [row] = await this.db.select().from(schema.surveys).where(eq(schema.surveys.id, id));
    return row && toSurvey(row);
  }

  async listSurveys(siteId: string, filter: { status?: SurveyDefinition['status'] } = {}) {
    const where = filter.status
      ? and(eq(schema.surveys.siteId, siteId), eq(schema.surveys.status, filter.status))
      : eq(schema.surveys.siteId, siteId);
    const rows = await this.db
      .select()
      .from(schema.surveys)
      .where(where)
      .orderBy(schema.surveys.createdAt, schema.surveys.id);
    return rows.map(toSurvey);
  }

  async updateSurvey(survey: StoredSurvey): Promise<void> {
    await this.db
      .update(schema.surveys)
      .set({
        definition: survey.definition,
        status: survey.definition.status,
        updatedAt: survey.updatedAt,
      })
      .where(and(eq(schema.surveys.siteId, survey.siteId), eq(schema.surveys.id, survey.id)));
  }

  async deleteSurvey(siteId: string, id: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // FOR UPDATE first: waits for batches holding the survey (FOR KEY SHARE)
      // to commit, and makes later batches wait and then see it gone. Taking
      // the survey before its responses is what keeps this deadlock-free.
      const { rowCount } = await client.query(
        'SELECT 1 FROM surveys WHERE site_id = $1 AND id = $2 FOR UPDATE',
        [siteId, id],
      );
      if (!rowCount) return false;
      await client.query('DELETE FROM responses WHERE survey_id = $1', [id]);
      // The survey's campaign emails (the campaigns go by cascade; their mails would not).
      await client.query(
        `DELETE FROM mail_outbox WHERE id IN (
           SELECT s.mail_id FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id
           WHERE c.survey_id = $1 AND s.mail_id IS NOT NULL
           UNION ALL SELECT s.reminder_mail_id FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id
           WHERE c.survey_id = $1 AND s.reminder_mail_id IS NOT NULL)`,
        [id],
      );
      await client.query('DELETE FROM response_rollups WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM response_group_rollups WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM comment_terms WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM reason_counts WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM segment_counts WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM attribute_counts WHERE survey_id = $1', [id]);
      await client.query('DELETE FROM surveys WHERE id = $1', [id]);
      return true;
    });
  }

  writeResponses(writes: readonly ResponseWrite[], now: number): Promise<WriteOutcome[]> {
    return inTransaction(this.pool, (client) => writeBatch(client, writes, now));
  }

  async getResponse(siteId: string, id: string): Promise<StoredResponseRow | undefined> {
    const { rows } = await this.pool.query<ResponseRow>(
      'SELECT * FROM responses WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rows[0] && fromResponseRow(rows[0]);
  }

  async countResponses(surveyId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(schema.responses)
      .where(eq(schema.responses.surveyId, surveyId));
    return row?.n ?? 0;
  }

  createWebhook(endpoint: WebhookEndpoint): Promise<void> {
    return this.webhooks.create(endpoint);
  }

  listWebhooks(siteId: string): Promise<WebhookEndpoint[]> {
    return this.webhooks.list(siteId);
  }

  getWebhook(siteId: string, id: string): Promise<WebhookEndpoint | undefined> {
    return this.webhooks.get(siteId, id);
  }

  updateWebhook(endpoint: WebhookEndpoint): Promise<void> {
    return this.webhooks.update(endpoint);
  }

  deleteWebhook(siteId: string, id: string): Promise<boolean> {
    return this.webhooks.remove(siteId, id);
  }

  claimDeliveries(now: number, leaseUntil: number, limit: number): Promise<DueDelivery[]> {
    return this.webhooks.claim(now, leaseUntil, limit);
  }

  recordDeliveryAttempt(attempt: DeliveryAttempt): Promise<void> {
    return this.webhooks.record(attempt);
  }

  pruneDeliveries(before: number): Promise<number> {
    return this.webhooks.prune(before);
  }

  listDeliveries(siteId: string, endpointId: string, limit: number) {
    return this.webhooks.deliveries(siteId, endpointId, limit);
  }

  async responseIdsOfRespondent(siteId: string, userId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT r.id FROM surveys s JOIN responses r ON r.survey_id = s.id AND r.user_id = $1
       WHERE s.site_id = $2`,
      [userId, siteId],
    );
    return rows.map((row) => row.id);
  }

  eraseResponse(siteId: string, id: string): Promise<boolean> {
    return this.analytics.eraseResponse(siteId, id);
  }

  commentTermCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<BucketTermCount[]> {
    return pgCommentTermCounts(this.pool, surveyId, range, filters);
  }

  recentComments(
    surveyId: string,
    range: TimeRange,
    filters: ResponseFilters,
    limit: number,
  ): Promise<RecentComment[]> {
    return pgRecentComments(this.pool, surveyId, range, filters, limit);
  }

  async atRiskRespondents(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ): Promise<AtRiskEntry[]> {
    const { sql, params } = atRiskQuery('postgres', surveyId, filter, after, limit);
    const { rows } = await this.pool.query<AtRiskRow>(sql, params);
    return rows.map(fromAtRiskRow);
  }

  reasonScoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ReasonScoreCount[]> {
    return pgReasonCounts(this.pool, surveyId, range, filters);
  }

  scoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ScoreCount[]> {
    return this.analytics.scoreCounts(surveyId, range, filters);
  }

  scoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
    filters?: ResponseFilters,
  ) {
    return this.analytics.scoreCountsByBucket(surveyId, buckets, filters);
  }

  scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
    filters?: ResponseFilters,
  ) {
    return this.analytics.scoreCountsByGroup(surveyId, range, groupBy, filters);
  }

  listResponses(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ) {
    return this.analytics.listResponses(surveyId, filter, after, limit);
  }
}
