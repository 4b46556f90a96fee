// Scheduled digests on SQLite (digest-types.ts says what each call does).
import type Database from 'better-sqlite3';
import { MAIL_COLUMNS, mailValues } from '../alert-rows';
import type { OutgoingMail } from '../alert-types';
import { DIGEST_COLUMNS, type DigestRow, digestValues, toDigest } from '../digest-rows';
import type { DigestStore, DigestSubscription } from '../digest-types';
import { marks } from './connection';

export class SqliteDigests implements DigestStore {
  constructor(private readonly db: Database.Database) {}

  async create(digest: DigestSubscription): Promise<void> {
    this.db
      .prepare(`INSERT INTO digests (${DIGEST_COLUMNS}) VALUES (${marks(14)})`)
      .run(...digestValues(digest));
  }

  async list(siteId: string): Promise<DigestSubscription[]> {
    return this.db
      .prepare<[string], DigestRow>(
        'SELECT * FROM digests WHERE site_id = ? ORDER BY created_at, id',
      )
      .all(siteId)
      .map(toDigest);
  }

  async get(siteId: string, id: string): Promise<DigestSubscription | undefined> {
    const row = this.db
      .prepare<[string, string], DigestRow>('SELECT * FROM digests WHERE site_id = ? AND id = ?')
      .get(siteId, id);
    return row && toDigest(row);
  }

  async update(d: DigestSubscription): Promise<void> {
    this.db
      .prepare(
        `UPDATE digests SET interval = ?, time_zone = ?, hour = ?, next_send_at = ?, updated_at = ?
         WHERE id = ? AND site_id = ?`,
      )
      .run(d.interval, d.timeZone, d.hour, d.nextSendAt, d.updatedAt, d.id, d.siteId);
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM digests WHERE site_id = ? AND id = ?').run(siteId, id)
        .changes === 1
    );
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<DigestSubscription[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare<[number, number], DigestRow>(
            `SELECT * FROM digests WHERE status = 'active' AND next_send_at <= ?
             ORDER BY next_send_at LIMIT ?`,
          )
          .all(now, limit);
        const lease = this.db.prepare('UPDATE digests SET next_send_at = ? WHERE id = ?');
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows.map(toDigest);
      })
      .immediate();
  }

  async recordSent(
    id: string,
    sent: { mail: OutgoingMail | null; periodEnd: number | null; nextSendAt: number },
  ): Promise<boolean> {
    return this.db
      .transaction(() => {
        if (!this.db.prepare('SELECT id FROM digests WHERE id = ?').get(id)) return false;
        const added = sent.mail
          ? this.db
              .prepare(
                `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${marks(13)}) ON CONFLICT (id) DO NOTHING`,
              )
              .run(...mailValues(sent.mail)).changes === 1
          : false;
        this.db
          .prepare(
            'UPDATE digests SET last_period_end = coalesce(?, last_period_end), next_send_at = ? WHERE id = ?',
          )
          .run(sent.periodEnd, sent.nextSendAt, id);
        return added;
      })
      .immediate();
  }

  async unsubscribe(token: string, now: number): Promise<DigestSubscription | undefined> {
    const row = this.db
      .prepare<[number, string], DigestRow>(
        `UPDATE digests SET status = 'unsubscribed', updated_at = ? WHERE unsubscribe_token = ?
         RETURNING *`,
      )
      .get(now, token);
    return row && toDigest(row);
  }
}
