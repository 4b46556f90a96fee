// Webhook endpoints, the outbox and delivery attempts on SQLite. The outbox
// insert (OutboxStatements) runs inside the response batch transaction; the
// rest runs on the main connection for the API and the dispatcher.
import type Database from 'better-sqlite3';
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
import { marks } from './connection';

/** What the batch write needs: the site's endpoints, and the outbox insert. */
export class OutboxStatements {
  private readonly endpoints: Database.Statement<[string], EndpointRow>;
  private readonly insert: Database.Statement<unknown[]>;

  constructor(db: Database.Database) {
    this.endpoints = db.prepare('SELECT * FROM webhook_endpoints WHERE site_id = ?');
    this.insert = db.prepare(
      `INSERT INTO webhook_deliveries (${DELIVERY_COLUMNS}) VALUES (${marks(9)})`,
    );
  }

  /** The endpoints of each site, read once per batch. */
  endpointsOfSites(): (siteId: string) => WebhookEndpoint[] {
    const cache = new Map<string, WebhookEndpoint[]>();
    return (siteId) => {
      let list = cache.get(siteId);
      if (!list) {
        list = this.endpoints.all(siteId).map(toEndpoint);
        cache.set(siteId, list);
      }
      return list;
    };
  }

  add(deliveries: readonly WebhookDelivery[]): void {
    for (const delivery of deliveries) this.insert.run(...deliveryValues(delivery));
  }
}

export class SqliteWebhooks {
  private readonly anyDue: Database.Statement<[number], { id: string }>;

  constructor(private readonly db: Database.Database) {
    this.anyDue = db.prepare(
      `SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND e.status != 'paused' LIMIT 1`,
    );
  }

  create(endpoint: WebhookEndpoint): void {
    this.db
      .prepare(`INSERT INTO webhook_endpoints (${ENDPOINT_COLUMNS}) VALUES (${marks(13)})`)
      .run(...endpointValues(endpoint));
  }

  list(siteId: string): WebhookEndpoint[] {
    return this.db
      .prepare<[string], EndpointRow>(
        'SELECT * FROM webhook_endpoints WHERE site_id = ? ORDER BY created_at, id',
      )
      .all(siteId)
      .map(toEndpoint);
  }

  get(siteId: string, id: string): WebhookEndpoint | undefined {
    const row = this.db
      .prepare<[string, string], EndpointRow>(
        'SELECT * FROM webhook_endpoints WHERE site_id = ? AND id = ?',
      )
      .get(siteId, id);
    return row && toEndpoint(row);
  }

  update(endpoint: WebhookEndpoint): void {
    const [id, siteId, ...rest] = endpointValues(endpoint);
    this.db
      .prepare(
        `UPDATE webhook_endpoints SET url = ?, events = ?, survey_ids = ?, buckets = ?, format = ?,
         secret = ?, previous_secret = ?, previous_secret_until = ?, status = ?, created_at = ?,
         updated_at = ? WHERE id = ? AND site_id = ?`,
      )
      .run(...rest, id, siteId);
  }

  remove(siteId: string, id: string): boolean {
    return (
      this.db.prepare('DELETE FROM webhook_endpoints WHERE site_id = ? AND id = ?').run(siteId, id)
        .changes === 1
    );
  }

  claim(now: number, leaseUntil: number, limit: number): DueDelivery[] {
    // The dispatcher looks after every response batch: a plain read (WAL
    // readers never wait) answers "nothing due" without taking the write lock
    // the writer thread needs.
    if (!this.anyDue.get(now)) return [];
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare<[number, number], DueRow>(
            `SELECT d.*, e.url, e.secret, e.format, e.previous_secret, e.previous_secret_until
           FROM webhook_deliveries d
           JOIN webhook_endpoints e ON e.id = d.endpoint_id
           WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND e.status != 'paused'
           ORDER BY d.next_attempt_at LIMIT ?`,
          )
          .all(now, limit);
        const lease = this.db.prepare(
          'UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?',
        );
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows.map((row) => toDueDelivery(row, now));
      })
      .immediate();
  }

  record(attempt: DeliveryAttempt): void {
    this.db
      .transaction(() => {
        const delivery = this.db
          .prepare<[string], { endpoint_id: string }>(
            'SELECT endpoint_id FROM webhook_deliveries WHERE id = ?',
          )
          .get(attempt.deliveryId);
        if (!delivery) return; // the endpoint was deleted meanwhile
        this.db
          .prepare(`INSERT OR REPLACE INTO webhook_attempts VALUES (${marks(6)})`)
          .run(
            attempt.deliveryId,
            attempt.attempt,
            attempt.at,
            attempt.statusCode,
            attempt.latencyMs,
            attempt.error,
          );
        this.db
          .prepare(
            'UPDATE webhook_deliveries SET attempts = ?, status = ?, next_attempt_at = ? WHERE id = ?',
          )
          .run(
            attempt.attempt,
            attempt.result === 'retry' ? 'pending' : attempt.result,
            attempt.nextAttemptAt,
            attempt.deliveryId,
          );
        if (attempt.result !== 'retry')
          this.db
            // An endpoint paused while this attempt was in flight stays paused.
            .prepare("UPDATE webhook_endpoints SET status = ? WHERE id = ? AND status != 'paused'")
            .run(attempt.result === 'failed' ? 'failing' : 'active', delivery.endpoint_id);
      })
      .immediate();
  }

  prune(before: number): number {
    return this.db
      .prepare("DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < ?")
      .run(before).changes;
  }

  deliveries(siteId: string, endpointId: string, limit: number) {
    const rows = this.db
      .prepare<[string, string, number], DeliveryRow>(
        `SELECT d.* FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
         WHERE e.site_id = ? AND d.endpoint_id = ? ORDER BY d.created_at DESC, d.id DESC LIMIT ?`,
      )
      .all(siteId, endpointId, limit);
    const attempts = this.db.prepare<[string], AttemptRow>(
      'SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt',
    );
    return rows.map((row) => ({
      ...toDelivery(row),
      attemptLog: attempts.all(row.id).map(toAttempt),
    }));
  }
}
