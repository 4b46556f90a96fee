// Campaigns on PostgreSQL: the same rules as sqlite/campaigns.ts; claims use
// FOR UPDATE SKIP LOCKED so processes never send one campaign at once.
import type { RecipientStatus } from '@koe/core';
import { RECIPIENT_STATUSES } from '@koe/core';
import type pg from 'pg';
import { MAIL_COLUMNS, mailValues } from '../alert-rows';
import type { OutgoingMail } from '../alert-types';
import {
  CAMPAIGN_COLUMN_COUNT,
  CAMPAIGN_COLUMNS,
  CAMPAIGN_UPDATE_COLUMNS,
  type CampaignRow,
  campaignUpdateValues,
  campaignValues,
  RECIPIENT_COLUMN_COUNT,
  RECIPIENT_COLUMNS,
  RECIPIENT_STATUS_FROM,
  RECIPIENT_STATUS_SQL,
  RECIPIENT_WITH_STATUS_SELECT,
  type RecipientRow,
  type RecipientStatusRow,
  recipientValues,
  SEND_COLUMN_COUNT,
  SEND_COLUMNS,
  type SendRow,
  sendValues,
  toCampaign,
  toRecipient,
  toRecipientWithStatus,
  toSend,
} from '../campaign-rows';
import type {
  Campaign,
  CampaignAnswerKey,
  CampaignCounts,
  CampaignRecipient,
  CampaignSend,
  CampaignStore,
  NewSend,
  RecipientsPage,
} from '../campaign-types';
import { inTransaction, params } from './connection';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Deletes the mails of the sends matching `where` (a condition on campaign_sends, $1). */
async function deleteMailsOf(client: Queryable, where: string, value: unknown): Promise<void> {
  await client.query(
    `DELETE FROM mail_outbox WHERE id IN (
       SELECT mail_id FROM campaign_sends WHERE ${where} AND mail_id IS NOT NULL
       UNION ALL SELECT reminder_mail_id FROM campaign_sends WHERE ${where} AND reminder_mail_id IS NOT NULL)`,
    [value],
  );
}

/** Recipients per upsert statement (the list must hold each address once). */
const UPSERT_ROWS = 500;

const INSERT_MAIL = `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${params(13)}) ON CONFLICT (id) DO NOTHING`;

export class PgCampaigns implements CampaignStore {
  constructor(private readonly pool: pg.Pool) {}

  async create(campaign: Campaign): Promise<void> {
    await this.pool.query(
      `INSERT INTO campaigns (${CAMPAIGN_COLUMNS}) VALUES (${params(CAMPAIGN_COLUMN_COUNT)})`,
      campaignValues(campaign),
    );
  }

  async list(siteId: string): Promise<Campaign[]> {
    const { rows } = await this.pool.query<CampaignRow>(
      'SELECT * FROM campaigns WHERE site_id = $1 ORDER BY created_at, id',
      [siteId],
    );
    return rows.map(toCampaign);
  }

  async get(siteId: string, id: string): Promise<Campaign | undefined> {
    const { rows } = await this.pool.query<CampaignRow>(
      'SELECT * FROM campaigns WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rows[0] && toCampaign(rows[0]);
  }

  async update(c: Campaign): Promise<void> {
    const set = CAMPAIGN_UPDATE_COLUMNS.map((column, i) => `${column} = $${i + 1}`).join(', ');
    const n = CAMPAIGN_UPDATE_COLUMNS.length;
    await this.pool.query(
      `UPDATE campaigns SET ${set} WHERE id = $${n + 1} AND site_id = $${n + 2}`,
      [...campaignUpdateValues(c), c.id, c.siteId],
    );
  }

  remove(siteId: string, id: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await deleteMailsOf(client, 'campaign_id = $1', id);
      const { rowCount } = await client.query(
        'DELETE FROM campaigns WHERE site_id = $1 AND id = $2',
        [siteId, id],
      );
      return rowCount === 1;
    });
  }

  async counts(campaignId: string): Promise<CampaignCounts> {
    const { rows } = await this.pool.query<{ status: RecipientStatus; n: number }>(
      `SELECT ${RECIPIENT_STATUS_SQL} AS status, count(*) AS n FROM ${RECIPIENT_STATUS_FROM}
       WHERE r.campaign_id = $1 GROUP BY 1`,
      [campaignId],
    );
    const counts = Object.fromEntries(RECIPIENT_STATUSES.map((s) => [s, 0])) as Record<
      RecipientStatus,
      number
    >;
    let recipients = 0;
    for (const row of rows) {
      counts[row.status] = Number(row.n);
      recipients += Number(row.n);
    }
    return { recipients, counts };
  }

  upsertRecipients(campaignId: string, recipients: readonly CampaignRecipient[]) {
    return inTransaction(this.pool, async (client) => {
      let added = 0;
      let updated = 0;
      // 500 rows a statement (6,000 bound values): a 10,000-row list is 20 round trips.
      for (let from = 0; from < recipients.length; from += UPSERT_ROWS) {
        const chunk = recipients.slice(from, from + UPSERT_ROWS);
        const rows = chunk
          .map((_, i) => `(${params(RECIPIENT_COLUMN_COUNT, i * RECIPIENT_COLUMN_COUNT + 1)})`)
          .join(', ');
        // xmax = 0: the row was inserted, not updated.
        const { rows: outcomes } = await client.query<{ inserted: boolean }>(
          `INSERT INTO campaign_recipients (${RECIPIENT_COLUMNS}) VALUES ${rows}
           ON CONFLICT (campaign_id, email_hash) DO UPDATE SET email = excluded.email,
           user_id = excluded.user_id, locale = excluded.locale, time_zone = excluded.time_zone,
           attributes = excluded.attributes
           RETURNING (xmax = 0) AS inserted`,
          chunk.flatMap(recipientValues),
        );
        for (const outcome of outcomes) {
          if (outcome.inserted) added++;
          else updated++;
        }
      }
      // Removed and added again: the rounds it was sent still count.
      await client.query(
        `UPDATE campaign_recipients r SET last_round = a.round
         FROM (SELECT email_hash, max(round) AS round FROM campaign_answers
               WHERE campaign_id = $1 GROUP BY email_hash) a
         WHERE r.campaign_id = $1 AND r.last_round = -1 AND a.email_hash = r.email_hash`,
        [campaignId],
      );
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = $1',
        [campaignId],
      );
      return { added, updated, total: Number(rows[0]?.n ?? 0) };
    });
  }

  async recipients(
    campaignId: string,
    page: { after: string | null; limit: number; status?: RecipientStatus },
  ): Promise<RecipientsPage> {
    const values: unknown[] = [campaignId, page.after ?? ''];
    if (page.status) values.push(page.status);
    values.push(page.limit + 1);
    const { rows } = await this.pool.query<RecipientStatusRow>(
      `SELECT ${RECIPIENT_WITH_STATUS_SELECT} FROM ${RECIPIENT_STATUS_FROM}
       WHERE r.campaign_id = $1 AND r.id COLLATE "C" > $2 ${page.status ? `AND ${RECIPIENT_STATUS_SQL} = $3` : ''}
       ORDER BY r.id COLLATE "C" LIMIT $${values.length}`,
      values,
    );
    const more = rows.length > page.limit;
    const recipients = rows.slice(0, page.limit).map(toRecipientWithStatus);
    return { recipients, next: more ? (recipients.at(-1)?.id ?? null) : null };
  }

  removeRecipient(campaignId: string, recipientId: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await deleteMailsOf(client, 'recipient_id = $1', recipientId);
      const { rowCount } = await client.query(
        'DELETE FROM campaign_recipients WHERE campaign_id = $1 AND id = $2',
        [campaignId, recipientId],
      );
      return rowCount === 1;
    });
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<Campaign[]> {
    const { rows } = await this.pool.query<CampaignRow>(
      `WITH due AS (
         SELECT id FROM campaigns WHERE status = 'active' AND lease_until <= $1
         ORDER BY lease_until, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE campaigns c SET lease_until = $2 FROM due WHERE c.id = due.id RETURNING c.*`,
      [now, leaseUntil, limit],
    );
    return rows.map(toCampaign);
  }

  async recipientZones(campaignId: string): Promise<Array<string | null>> {
    const { rows } = await this.pool.query<{ time_zone: string | null }>(
      'SELECT DISTINCT time_zone FROM campaign_recipients WHERE campaign_id = $1',
      [campaignId],
    );
    return rows.map((row) => row.time_zone);
  }

  async dueRecipients(
    campaignId: string,
    zone: string | null,
    round: number,
    limit: number,
  ): Promise<CampaignRecipient[]> {
    const { rows } = await this.pool.query<RecipientRow>(
      `SELECT * FROM campaign_recipients WHERE campaign_id = $1
       AND time_zone IS NOT DISTINCT FROM $2 AND last_round < $3 ORDER BY id LIMIT $4`,
      [campaignId, zone, round, limit],
    );
    return rows.map(toRecipient);
  }

  async suppressed(siteId: string, hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const { rows } = await this.pool.query<{ email_hash: string }>(
      'SELECT email_hash FROM mail_suppressions WHERE site_id = $1 AND email_hash = ANY($2::text[])',
      [siteId, hashes],
    );
    return new Set(rows.map((row) => row.email_hash));
  }

  recordSends(sends: readonly NewSend[]): Promise<number> {
    if (sends.length === 0) return Promise.resolve(0);
    return inTransaction(this.pool, async (client) => {
      // The recipients still there (one may have been erased meanwhile), locked against erasure.
      const { rows: present } = await client.query<{ id: string }>(
        'SELECT id FROM campaign_recipients WHERE id = ANY($1::text[]) FOR UPDATE',
        [sends.map(({ send }) => send.recipientId)],
      );
      const kept = new Set(present.map((row) => row.id));
      const batch = sends.filter(({ send }) => kept.has(send.recipientId));
      if (batch.length === 0) return 0;
      const values = batch
        .map((_, i) => `(${params(SEND_COLUMN_COUNT, i * SEND_COLUMN_COUNT + 1)})`)
        .join(', ');
      // A send already there (recipient × round) inserts nothing and queues no mail.
      const { rows: inserted } = await client.query<{ id: string }>(
        `INSERT INTO campaign_sends (${SEND_COLUMNS}) VALUES ${values}
         ON CONFLICT (recipient_id, round) DO NOTHING RETURNING id`,
        batch.flatMap(({ send }) => sendValues(send)),
      );
      const fresh = new Set(inserted.map((row) => row.id));
      const answered = batch.filter(({ send }) => fresh.has(send.id));
      if (answered.length)
        await client.query(
          `INSERT INTO campaign_answers (response_id, site_id, campaign_id, email_hash, user_id, round, created_at)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bigint[])
           ON CONFLICT (response_id) DO NOTHING`,
          [
            answered.map(({ send }) => send.responseId),
            answered.map(({ send }) => send.siteId),
            answered.map(({ send }) => send.campaignId),
            answered.map(({ answer }) => answer.emailHash),
            answered.map(({ answer }) => answer.userId),
            answered.map(({ send }) => send.round),
            answered.map(({ send }) => send.queuedAt),
          ],
        );
      const mails = batch.flatMap(({ send, mail }) => (mail && fresh.has(send.id) ? [mail] : []));
      if (mails.length)
        await client.query(
          `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES ${mails
            .map((_, i) => `(${params(13, i * 13 + 1)})`)
            .join(', ')} ON CONFLICT (id) DO NOTHING`,
          mails.flatMap(mailValues),
        );
      await client.query(
        `UPDATE campaign_recipients r SET last_round = greatest(r.last_round, moved.round)
         FROM unnest($1::text[], $2::int[]) AS moved(id, round) WHERE r.id = moved.id`,
        [batch.map(({ send }) => send.recipientId), batch.map(({ send }) => send.round)],
      );
      return mails.length;
    });
  }

  async dueReminders(campaignId: string, now: number, limit: number): Promise<CampaignSend[]> {
    const { rows } = await this.pool.query<SendRow>(
      `SELECT * FROM campaign_sends WHERE campaign_id = $1 AND reminder_status = 'due'
       AND reminder_due_at <= $2 ORDER BY reminder_due_at, id LIMIT $3`,
      [campaignId, now, limit],
    );
    return rows.map(toSend);
  }

  async recipientsByIds(ids: readonly string[]): Promise<CampaignRecipient[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<RecipientRow>(
      'SELECT * FROM campaign_recipients WHERE id = ANY($1::text[])',
      [ids],
    );
    return rows.map(toRecipient);
  }

  async answered(siteId: string, responseIds: readonly string[]): Promise<Set<string>> {
    if (responseIds.length === 0) return new Set();
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM responses WHERE site_id = $1 AND id = ANY($2::text[])',
      [siteId, responseIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  recordReminder(
    sendId: string,
    outcome: { status: CampaignSend['reminderStatus']; mail: OutgoingMail | null },
  ): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      const { rowCount } = await client.query(
        `UPDATE campaign_sends SET reminder_status = $1, reminder_mail_id = $2
         WHERE id = $3 AND reminder_status = 'due'`,
        [outcome.status, outcome.mail?.id ?? null, sendId],
      );
      if (rowCount === 1 && outcome.mail) await client.query(INSERT_MAIL, mailValues(outcome.mail));
    });
  }

  unsubscribe(token: string, now: number): Promise<CampaignRecipient | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<RecipientRow>(
        'SELECT * FROM campaign_recipients WHERE unsubscribe_token = $1',
        [token],
      );
      const row = rows[0];
      if (!row) return undefined;
      await client.query(
        `INSERT INTO mail_suppressions (site_id, email_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [row.site_id, row.email_hash, now],
      );
      // Nothing more goes to this address: emails still waiting in the outbox are taken out,
      // and reminders not yet sent are skipped.
      const ofAddress =
        'recipient_id IN (SELECT id FROM campaign_recipients WHERE site_id = $1 AND email_hash = $2)';
      const address = [row.site_id, row.email_hash];
      await client.query(
        `DELETE FROM mail_outbox WHERE status = 'pending' AND id IN (
           SELECT mail_id FROM campaign_sends WHERE ${ofAddress} AND mail_id IS NOT NULL
           UNION ALL SELECT reminder_mail_id FROM campaign_sends WHERE ${ofAddress} AND reminder_mail_id IS NOT NULL)`,
        address,
      );
      await client.query(
        `UPDATE campaign_sends s SET status = 'unsubscribed' WHERE s.status = 'queued' AND ${ofAddress}
         AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.id = s.mail_id)`,
        address,
      );
      await client.query(
        `UPDATE campaign_sends s SET reminder_status = 'skipped' WHERE s.reminder_status IN ('due', 'queued')
         AND ${ofAddress} AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.id = s.reminder_mail_id)`,
        address,
      );
      return toRecipient(row);
    });
  }

  async findRecipients(
    siteId: string,
    by: { emailHash?: string; userId?: string },
  ): Promise<CampaignRecipient[]> {
    const { rows } = await this.pool.query<RecipientRow>(
      `SELECT * FROM campaign_recipients WHERE site_id = $1
       AND (email_hash = $2 OR user_id = $3 OR id = $3)`,
      [siteId, by.emailHash ?? null, by.userId ?? null],
    );
    return rows.map(toRecipient);
  }

  async answerKeys(
    siteId: string,
    by: { emailHashes: readonly string[]; userIds: readonly string[] },
  ): Promise<CampaignAnswerKey[]> {
    const { rows } = await this.pool.query<{
      response_id: string;
      email_hash: string;
      user_id: string;
    }>(
      `SELECT response_id, email_hash, user_id FROM campaign_answers WHERE site_id = $1
       AND (email_hash = ANY($2::text[]) OR user_id = ANY($3::text[]))`,
      [siteId, by.emailHashes, by.userIds],
    );
    return rows.map((row) => ({
      responseId: row.response_id,
      emailHash: row.email_hash,
      userId: row.user_id,
    }));
  }

  async forgetAnswers(siteId: string, responseIds: readonly string[]): Promise<void> {
    await this.pool.query(
      'DELETE FROM campaign_answers WHERE site_id = $1 AND response_id = ANY($2::text[])',
      [siteId, responseIds],
    );
  }

  eraseRecipients(
    siteId: string,
    recipientIds: readonly string[],
    emails: readonly string[],
  ): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      // Locked first: a round being recorded for them commits before, so its mails are seen here.
      await client.query(
        'SELECT 1 FROM campaign_recipients WHERE site_id = $1 AND id = ANY($2::text[]) FOR UPDATE',
        [siteId, recipientIds],
      );
      await deleteMailsOf(client, 'recipient_id = ANY($1::text[])', recipientIds);
      // Every mail of the site to these addresses (alerts and digests sent to them too).
      await client.query(
        `DELETE FROM mail_outbox WHERE site_id = $1
         AND lower(to_address) = ANY(SELECT lower(e) FROM unnest($2::text[]) AS e)`,
        [siteId, emails],
      );
      const { rowCount } = await client.query(
        'DELETE FROM campaign_recipients WHERE site_id = $1 AND id = ANY($2::text[])',
        [siteId, recipientIds],
      );
      return rowCount ?? 0;
    });
  }
}
