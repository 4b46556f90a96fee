// Scheduled digests on PostgreSQL: the same rules as sqlite/digests.ts;
// claims use FOR UPDATE SKIP LOCKED so processes never make one twice at once.
import type pg from 'pg';
import { MAIL_COLUMNS, mailValues } from '../alert-rows';
import type { OutgoingMail } from '../alert-types';
import { DIGEST_COLUMNS, type DigestRow, digestValues, toDigest } from '../digest-rows';
import type { DigestStore, DigestSubscription } from '../digest-types';
import { inTransaction, params } from './connection';

export class PgDigests implements DigestStore {
  constructor(private readonly pool: pg.Pool) {}

  async create(digest: DigestSubscription): Promise<void> {
    await this.pool.query(
      `INSERT INTO digests (${DIGEST_COLUMNS}) VALUES (${params(14)})`,
      digestValues(digest),
    );
  }

  async list(siteId: string): Promise<DigestSubscription[]> {
    const { rows } = await this.pool.query<DigestRow>(
      'SELECT * FROM digests WHERE site_id = $1 ORDER BY created_at, id',
      [siteId],
    );
    return rows.map(toDigest);
  }

  async get(siteId: string, id: string): Promise<DigestSubscription | undefined> {
    const { rows } = await this.pool.query<DigestRow>(
      'SELECT * FROM digests WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rows[0] && toDigest(rows[0]);
  }

  async update(d: DigestSubscription): Promise<void> {
    await this.pool.query(
      `UPDATE digests SET interval = $1, time_zone = $2, hour = $3, next_send_at = $4, updated_at = $5
       WHERE id = $6 AND site_id = $7`,
      [d.interval, d.timeZone, d.hour, d.nextSendAt, d.updatedAt, d.id, d.siteId],
    );
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'DELETE FROM digests WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rowCount === 1;
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<DigestSubscription[]> {
    const { rows } = await this.pool.query<DigestRow>(
      `WITH due AS (
         SELECT id FROM digests WHERE status = 'active' AND next_send_at <= $1
         ORDER BY next_send_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE digests d SET next_send_at = $2 FROM due WHERE d.id = due.id RETURNING d.*`,
      [now, leaseUntil, limit],
    );
    return rows.map(toDigest);
  }

  recordSent(
    id: string,
    sent: { mail: OutgoingMail | null; periodEnd: number | null; nextSendAt: number },
  ): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const found = await client.query('SELECT id FROM digests WHERE id = $1 FOR UPDATE', [id]);
      if (found.rowCount === 0) return false;
      const added = sent.mail
        ? (
            await client.query(
              `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${params(13)}) ON CONFLICT (id) DO NOTHING`,
              mailValues(sent.mail),
            )
          ).rowCount === 1
        : false;
      await client.query(
        'UPDATE digests SET last_period_end = coalesce($1, last_period_end), next_send_at = $2 WHERE id = $3',
        [sent.periodEnd, sent.nextSendAt, id],
      );
      return added;
    });
  }

  async unsubscribe(token: string, now: number): Promise<DigestSubscription | undefined> {
    const { rows } = await this.pool.query<DigestRow>(
      `UPDATE digests SET status = 'unsubscribed', updated_at = $1 WHERE unsubscribe_token = $2
       RETURNING *`,
      [now, token],
    );
    return rows[0] && toDigest(rows[0]);
  }
}
