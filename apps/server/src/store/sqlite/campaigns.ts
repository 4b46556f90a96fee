// Campaigns on SQLite (campaign-types.ts says what each call does).
import type { RecipientStatus } from '@koe/core';
import { RECIPIENT_STATUSES } from '@koe/core';
import type Database from 'better-sqlite3';
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
import { marks } from './connection';

export class SqliteCampaigns implements CampaignStore {
  constructor(private readonly db: Database.Database) {}

  async create(campaign: Campaign): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO campaigns (${CAMPAIGN_COLUMNS}) VALUES (${marks(CAMPAIGN_COLUMN_COUNT)})`,
      )
      .run(...campaignValues(campaign));
  }

  async list(siteId: string): Promise<Campaign[]> {
    return this.db
      .prepare<[string], CampaignRow>(
        'SELECT * FROM campaigns WHERE site_id = ? ORDER BY created_at, id',
      )
      .all(siteId)
      .map(toCampaign);
  }

  async get(siteId: string, id: string): Promise<Campaign | undefined> {
    const row = this.db
      .prepare<[string, string], CampaignRow>(
        'SELECT * FROM campaigns WHERE site_id = ? AND id = ?',
      )
      .get(siteId, id);
    return row && toCampaign(row);
  }

  async update(c: Campaign): Promise<void> {
    const set = CAMPAIGN_UPDATE_COLUMNS.map((column) => `${column} = ?`).join(', ');
    this.db
      .prepare(`UPDATE campaigns SET ${set} WHERE id = ? AND site_id = ?`)
      .run(...campaignUpdateValues(c), c.id, c.siteId);
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        this.deleteMailsOf('campaign_id = ?', [id]);
        return (
          this.db.prepare('DELETE FROM campaigns WHERE site_id = ? AND id = ?').run(siteId, id)
            .changes === 1
        );
      })
      .immediate();
  }

  /** Deletes the mails of the sends matching `where` (a condition on campaign_sends). */
  private deleteMailsOf(where: string, values: unknown[]): void {
    this.db
      .prepare(
        `DELETE FROM mail_outbox WHERE id IN (
           SELECT mail_id FROM campaign_sends WHERE ${where} AND mail_id IS NOT NULL
           UNION ALL SELECT reminder_mail_id FROM campaign_sends WHERE ${where} AND reminder_mail_id IS NOT NULL)`,
      )
      .run(...values, ...values);
  }

  async counts(campaignId: string): Promise<CampaignCounts> {
    const rows = this.db
      .prepare<[string], { status: RecipientStatus; n: number }>(
        `SELECT ${RECIPIENT_STATUS_SQL} AS status, count(*) AS n FROM ${RECIPIENT_STATUS_FROM}
         WHERE r.campaign_id = ? GROUP BY 1`,
      )
      .all(campaignId);
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

  async upsertRecipients(campaignId: string, recipients: readonly CampaignRecipient[]) {
    return this.db
      .transaction(() => {
        const exists = this.db.prepare(
          'SELECT 1 FROM campaign_recipients WHERE campaign_id = ? AND email_hash = ?',
        );
        const upsert = this.db.prepare(
          `INSERT INTO campaign_recipients (${RECIPIENT_COLUMNS}) VALUES (${marks(RECIPIENT_COLUMN_COUNT)})
           ON CONFLICT (campaign_id, email_hash) DO UPDATE SET email = excluded.email,
           user_id = excluded.user_id, locale = excluded.locale, time_zone = excluded.time_zone,
           attributes = excluded.attributes`,
        );
        let added = 0;
        let updated = 0;
        for (const recipient of recipients) {
          if (exists.get(campaignId, recipient.emailHash)) updated++;
          else added++;
          upsert.run(...recipientValues(recipient));
        }
        // Removed and added again: the rounds it was sent still count.
        this.db
          .prepare(
            `UPDATE campaign_recipients AS r SET last_round = (
               SELECT max(a.round) FROM campaign_answers a
               WHERE a.campaign_id = r.campaign_id AND a.email_hash = r.email_hash)
             WHERE r.campaign_id = ? AND r.last_round = -1 AND EXISTS (
               SELECT 1 FROM campaign_answers a
               WHERE a.campaign_id = r.campaign_id AND a.email_hash = r.email_hash)`,
          )
          .run(campaignId);
        const total = this.db
          .prepare<[string], { n: number }>(
            'SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ?',
          )
          .get(campaignId) as { n: number };
        return { added, updated, total: Number(total.n) };
      })
      .immediate();
  }

  async recipients(
    campaignId: string,
    page: { after: string | null; limit: number; status?: RecipientStatus },
  ): Promise<RecipientsPage> {
    const rows = this.db
      .prepare<unknown[], RecipientStatusRow>(
        `SELECT ${RECIPIENT_WITH_STATUS_SELECT} FROM ${RECIPIENT_STATUS_FROM}
         WHERE r.campaign_id = ? AND r.id > ? ${page.status ? `AND ${RECIPIENT_STATUS_SQL} = ?` : ''}
         ORDER BY r.id LIMIT ?`,
      )
      .all(campaignId, page.after ?? '', ...(page.status ? [page.status] : []), page.limit + 1);
    const more = rows.length > page.limit;
    const recipients = rows.slice(0, page.limit).map(toRecipientWithStatus);
    return { recipients, next: more ? (recipients.at(-1)?.id ?? null) : null };
  }

  async removeRecipient(campaignId: string, recipientId: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        this.deleteMailsOf('recipient_id = ?', [recipientId]);
        return (
          this.db
            .prepare('DELETE FROM campaign_recipients WHERE campaign_id = ? AND id = ?')
            .run(campaignId, recipientId).changes === 1
        );
      })
      .immediate();
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<Campaign[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare<[number, number], CampaignRow>(
            `SELECT * FROM campaigns WHERE status = 'active' AND lease_until <= ?
             ORDER BY lease_until, id LIMIT ?`,
          )
          .all(now, limit);
        const lease = this.db.prepare('UPDATE campaigns SET lease_until = ? WHERE id = ?');
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows.map(toCampaign);
      })
      .immediate();
  }

  async recipientZones(campaignId: string): Promise<Array<string | null>> {
    return this.db
      .prepare<[string], { time_zone: string | null }>(
        'SELECT DISTINCT time_zone FROM campaign_recipients WHERE campaign_id = ?',
      )
      .all(campaignId)
      .map((row) => row.time_zone);
  }

  async dueRecipients(
    campaignId: string,
    zone: string | null,
    round: number,
    limit: number,
  ): Promise<CampaignRecipient[]> {
    return this.db
      .prepare<unknown[], RecipientRow>(
        `SELECT * FROM campaign_recipients WHERE campaign_id = ? AND time_zone IS ?
         AND last_round < ? ORDER BY id LIMIT ?`,
      )
      .all(campaignId, zone, round, limit)
      .map(toRecipient);
  }

  async suppressed(siteId: string, hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = this.db
      .prepare<unknown[], { email_hash: string }>(
        `SELECT email_hash FROM mail_suppressions WHERE site_id = ?
         AND email_hash IN (SELECT value FROM json_each(?))`,
      )
      .all(siteId, JSON.stringify(hashes));
    return new Set(rows.map((row) => row.email_hash));
  }

  async recordSends(sends: readonly NewSend[]): Promise<number> {
    return this.db
      .transaction(() => {
        const insertSend = this.db.prepare(
          `INSERT INTO campaign_sends (${SEND_COLUMNS}) VALUES (${marks(SEND_COLUMN_COUNT)})
           ON CONFLICT (recipient_id, round) DO NOTHING`,
        );
        const insertMail = this.db.prepare(
          `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${marks(13)}) ON CONFLICT (id) DO NOTHING`,
        );
        const moveRound = this.db.prepare(
          'UPDATE campaign_recipients SET last_round = max(last_round, ?) WHERE id = ?',
        );
        const present = this.db.prepare('SELECT 1 FROM campaign_recipients WHERE id = ?');
        const insertAnswer = this.db.prepare(
          `INSERT INTO campaign_answers (response_id, site_id, campaign_id, email_hash, user_id, round, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (response_id) DO NOTHING`,
        );
        let queued = 0;
        for (const { send, mail, answer } of sends) {
          // The recipient may have been erased meanwhile: then nothing is sent.
          if (!present.get(send.recipientId)) continue;
          if (insertSend.run(...sendValues(send)).changes !== 1) continue;
          insertAnswer.run(
            send.responseId,
            send.siteId,
            send.campaignId,
            answer.emailHash,
            answer.userId,
            send.round,
            send.queuedAt,
          );
          if (mail) {
            insertMail.run(...mailValues(mail));
            queued++;
          }
          moveRound.run(send.round, send.recipientId);
        }
        return queued;
      })
      .immediate();
  }

  async dueReminders(campaignId: string, now: number, limit: number): Promise<CampaignSend[]> {
    return this.db
      .prepare<[string, number, number], SendRow>(
        `SELECT * FROM campaign_sends WHERE campaign_id = ? AND reminder_status = 'due'
         AND reminder_due_at <= ? ORDER BY reminder_due_at, id LIMIT ?`,
      )
      .all(campaignId, now, limit)
      .map(toSend);
  }

  async recipientsByIds(ids: readonly string[]): Promise<CampaignRecipient[]> {
    if (ids.length === 0) return [];
    return this.db
      .prepare<[string], RecipientRow>(
        'SELECT * FROM campaign_recipients WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ids))
      .map(toRecipient);
  }

  async answered(siteId: string, responseIds: readonly string[]): Promise<Set<string>> {
    if (responseIds.length === 0) return new Set();
    const rows = this.db
      .prepare<unknown[], { id: string }>(
        `SELECT id FROM responses WHERE site_id = ? AND id IN (SELECT value FROM json_each(?))`,
      )
      .all(siteId, JSON.stringify(responseIds));
    return new Set(rows.map((row) => row.id));
  }

  async recordReminder(
    sendId: string,
    outcome: { status: CampaignSend['reminderStatus']; mail: OutgoingMail | null },
  ): Promise<void> {
    this.db
      .transaction(() => {
        const changed = this.db
          .prepare(
            `UPDATE campaign_sends SET reminder_status = ?, reminder_mail_id = ?
             WHERE id = ? AND reminder_status = 'due'`,
          )
          .run(outcome.status, outcome.mail?.id ?? null, sendId).changes;
        if (changed === 1 && outcome.mail)
          this.db
            .prepare(
              `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${marks(13)}) ON CONFLICT (id) DO NOTHING`,
            )
            .run(...mailValues(outcome.mail));
      })
      .immediate();
  }

  async unsubscribe(token: string, now: number): Promise<CampaignRecipient | undefined> {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare<[string], RecipientRow>(
            'SELECT * FROM campaign_recipients WHERE unsubscribe_token = ?',
          )
          .get(token);
        if (!row) return undefined;
        this.db
          .prepare(
            `INSERT INTO mail_suppressions (site_id, email_hash, created_at) VALUES (?, ?, ?)
             ON CONFLICT DO NOTHING`,
          )
          .run(row.site_id, row.email_hash, now);
        // Nothing more goes to this address: emails still waiting in the outbox are taken out,
        // and reminders not yet sent are skipped.
        const ofAddress = `recipient_id IN (SELECT id FROM campaign_recipients WHERE site_id = ? AND email_hash = ?)`;
        const address = [row.site_id, row.email_hash];
        this.db
          .prepare(
            `DELETE FROM mail_outbox WHERE status = 'pending' AND id IN (
               SELECT mail_id FROM campaign_sends WHERE ${ofAddress} AND mail_id IS NOT NULL
               UNION ALL SELECT reminder_mail_id FROM campaign_sends WHERE ${ofAddress} AND reminder_mail_id IS NOT NULL)`,
          )
          .run(...address, ...address);
        this.db
          .prepare(
            `UPDATE campaign_sends SET status = 'unsubscribed' WHERE status = 'queued' AND ${ofAddress}
             AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.id = campaign_sends.mail_id)`,
          )
          .run(...address);
        this.db
          .prepare(
            `UPDATE campaign_sends SET reminder_status = 'skipped' WHERE reminder_status IN ('due', 'queued')
             AND ${ofAddress} AND NOT EXISTS (
               SELECT 1 FROM mail_outbox m WHERE m.id = campaign_sends.reminder_mail_id)`,
          )
          .run(...address);
        return toRecipient(row);
      })
      .immediate();
  }

  async findRecipients(
    siteId: string,
    by: { emailHash?: string; userId?: string },
  ): Promise<CampaignRecipient[]> {
    return this.db
      .prepare<unknown[], RecipientRow>(
        `SELECT * FROM campaign_recipients WHERE site_id = ? AND (email_hash = ? OR user_id = ? OR id = ?)`,
      )
      .all(siteId, by.emailHash ?? null, by.userId ?? null, by.userId ?? null)
      .map(toRecipient);
  }

  async answerKeys(
    siteId: string,
    by: { emailHashes: readonly string[]; userIds: readonly string[] },
  ): Promise<CampaignAnswerKey[]> {
    return this.db
      .prepare<unknown[], { response_id: string; email_hash: string; user_id: string }>(
        `SELECT response_id, email_hash, user_id FROM campaign_answers WHERE site_id = ?
         AND (email_hash IN (SELECT value FROM json_each(?)) OR user_id IN (SELECT value FROM json_each(?)))`,
      )
      .all(siteId, JSON.stringify(by.emailHashes), JSON.stringify(by.userIds))
      .map((row) => ({
        responseId: row.response_id,
        emailHash: row.email_hash,
        userId: row.user_id,
      }));
  }

  async forgetAnswers(siteId: string, responseIds: readonly string[]): Promise<void> {
    this.db
      .prepare(
        'DELETE FROM campaign_answers WHERE site_id = ? AND response_id IN (SELECT value FROM json_each(?))',
      )
      .run(siteId, JSON.stringify(responseIds));
  }

  async eraseRecipients(
    siteId: string,
    recipientIds: readonly string[],
    emails: readonly string[],
  ): Promise<number> {
    return this.db
      .transaction(() => {
        const ids = JSON.stringify(recipientIds);
        this.deleteMailsOf('recipient_id IN (SELECT value FROM json_each(?))', [ids]);
        // Every mail of the site to these addresses (alerts and digests sent to them too).
        this.db
          .prepare(
            `DELETE FROM mail_outbox WHERE site_id = ? AND lower(to_address) IN (SELECT lower(value) FROM json_each(?))`,
          )
          .run(siteId, JSON.stringify(emails));
        return this.db
          .prepare(
            'DELETE FROM campaign_recipients WHERE site_id = ? AND id IN (SELECT value FROM json_each(?))',
          )
          .run(siteId, ids).changes;
      })
      .immediate();
  }
}
