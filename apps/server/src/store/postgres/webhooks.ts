// Webhook endpoints, the outbox and delivery attempts on PostgreSQL: the same
// rules as sqlite/webhooks.ts. Claims use FOR UPDATE SKIP LOCKED, so several
// processes dispatch side by side without taking the same delivery.
import type pg from 'pg';
import type { DeliveryAttempt, DueDelivery, WebhookDelivery, WebhookEndpoint } from '../types';
import {
  type AttemptRow,
  DELIVERY_COLUMNS,
  type DeliveryRow,
  type DueRow,
  deliveryValues,
  ENDPOINT_COLUMNS,
  type EndpointRow,
  endpointValues,
  toAttempt,
  toDelivery,
  toDueDelivery,
  toEndpoint,
} from '../webhook-rows';
import { inTransaction, params } from './connection';

/** The outbox rows of a batch, inside its transaction: one statement per batch. */
export async function addToOutbox(
  client: pg.PoolClient,
  deliveries: readonly WebhookDelivery[],
): Promise<void> {
  if (deliveries.length === 0) return;
  const rows = deliveries.map(deliveryValues);
  const columns = DELIVERY_COLUMNS.split(', ').map((_, k) => rows.map((row) => row[k]));
  await client.query(
    `INSERT INTO webhook_deliveries (${DELIVERY_COLUMNS})
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::int[], $8::bigint[], $9::bigint[])`,
    columns,
  );
}

export class PgWebhooks {
  constructor(private readonly pool: pg.Pool) {}

  async create(endpoint: WebhookEndpoint): Promise<void> {
    await this.pool.query(
      `INSERT INTO webhook_endpoints (${ENDPOINT_COLUMNS}) VALUES (${params(13)})`,
      endpointValues(endpoint),
    );
  }

  async list(siteId: string): Promise<WebhookEndpoint[]> {
    const { rows } = await this.pool.query<EndpointRow>(
      'SELECT * FROM webhook_endpoints WHERE site_id = $1 ORDER BY created_at, id',
      [siteId],
    );
    return rows.map(toEndpoint);
  }

  async get(siteId: string, id: string): Promise<WebhookEndpoint | undefined> {
    const { rows } = await this.pool.query<EndpointRow>(
      'SELECT * FROM webhook_endpoints WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rows[0] && toEndpoint(rows[0]);
  }

  async update(endpoint: WebhookEndpoint): Promise<void> {
    const [id, siteId, ...rest] = endpointValues(endpoint);
    await this.pool.query(
      `UPDATE webhook_endpoints SET url = $1, events = $2, survey_ids = $3, buckets = $4, format = $5,
       secret = $6, previous_secret = $7, previous_secret_until = $8, status = $9, created_at = $10,
       updated_at = $11 WHERE id = $12 AND site_id = $13`,
      [...rest, id, siteId],
    );
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'DELETE FROM webhook_endpoints WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rowCount === 1;
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<DueDelivery[]> {
    const { rows } = await this.pool.query<DueRow>(
      `WITH due AS (
         SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND e.status != 'paused'
         ORDER BY d.next_attempt_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_deliveries d SET next_attempt_at = $2 FROM due, webhook_endpoints e
       WHERE d.id = due.id AND e.id = d.endpoint_id
       RETURNING d.*, e.url, e.secret, e.format, e.previous_secret, e.previous_secret_until`,
      [now, leaseUntil, limit],
    );
    return rows.map((row) => toDueDelivery(row, now));
  }

  record(attempt: DeliveryAttempt): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ endpoint_id: string }>(
        'SELECT endpoint_id FROM webhook_deliveries WHERE id = $1 FOR UPDATE',
        [attempt.deliveryId],
      );
      const delivery = rows[0];
      if (!delivery) return; // the endpoint was deleted meanwhile
      await client.query(
        `INSERT INTO webhook_attempts VALUES (${params(6)})
         ON CONFLICT (delivery_id, attempt) DO UPDATE SET at = excluded.at, status_code = excluded.status_code,
           latency_ms = excluded.latency_ms, error = excluded.error`,
        [
          attempt.deliveryId,
          attempt.attempt,
          attempt.at,
          attempt.statusCode,
          attempt.latencyMs,
          attempt.error,
        ],
      );
      await client.query(
        'UPDATE webhook_deliveries SET attempts = $1, status = $2, next_attempt_at = $3 WHERE id = $4',
        [
          attempt.attempt,
          attempt.result === 'retry' ? 'pending' : attempt.result,
          attempt.nextAttemptAt,
          attempt.deliveryId,
        ],
      );
      if (attempt.result !== 'retry')
        // An endpoint paused while this attempt was in flight stays paused.
        await client.query(
          "UPDATE webhook_endpoints SET status = $1 WHERE id = $2 AND status != 'paused'",
          [attempt.result === 'failed' ? 'failing' : 'active', delivery.endpoint_id],
        );
    });
  }

  async prune(before: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      "DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < $1",
      [before],
    );
    return rowCount ?? 0;
  }

  async deliveries(siteId: string, endpointId: string, limit: number) {
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT d.* FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
       WHERE e.site_id = $1 AND d.endpoint_id = $2 ORDER BY d.created_at DESC, d.id DESC LIMIT $3`,
      [siteId, endpointId, limit],
    );
    const { rows: attempts } = await this.pool.query<AttemptRow>(
      'SELECT * FROM webhook_attempts WHERE delivery_id = ANY($1::text[]) ORDER BY attempt',
      [rows.map((r) => r.id)],
    );
    return rows.map((row) => ({
      ...toDelivery(row),
      attemptLog: attempts.filter((a) => a.delivery_id === row.id).map(toAttempt),
    }));
  }
}
