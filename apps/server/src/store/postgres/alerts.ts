// Alert rules, states, events and the mail outbox on PostgreSQL: the same
// rules as sqlite/alerts.ts. Claims use FOR UPDATE SKIP LOCKED, so several
// processes evaluate side by side without taking the same rule.
import type pg from 'pg';
import {
  ALERT_EVENT_COLUMNS,
  ALERT_RULE_CHANGES,
  ALERT_RULE_COLUMNS,
  type AlertEventRow,
  type AlertRuleRow,
  type AlertStateRow,
  alertEventValues,
  alertRuleChanges,
  alertRuleValues,
  MAIL_COLUMNS,
  type MailRow,
  mailValues,
  toAlertEvent,
  toAlertRule,
  toAlertState,
  toMail,
} from '../alert-rows';
import type {
  AlertEvaluationCommit,
  AlertEventRecord,
  AlertRule,
  AlertStore,
  MailOutbox,
  OutgoingMail,
} from '../alert-types';
import { DELIVERY_COLUMNS, deliveryValues } from '../webhook-rows';
import { inTransaction, params } from './connection';

/** `a = ?, b = ?` with numbered parameters from `from`. */
const numbered = (assignments: string, from = 1) => {
  let i = from;
  return assignments.replace(/\?/g, () => `$${i++}`);
};

export class PgAlerts implements AlertStore {
  constructor(private readonly pool: pg.Pool) {}

  async create(rule: AlertRule): Promise<void> {
    await this.pool.query(
      `INSERT INTO alert_rules (${ALERT_RULE_COLUMNS}) VALUES (${params(16)})`,
      alertRuleValues(rule),
    );
  }

  async list(siteId: string): Promise<AlertRule[]> {
    const { rows } = await this.pool.query<AlertRuleRow>(
      'SELECT * FROM alert_rules WHERE site_id = $1 ORDER BY created_at, id',
      [siteId],
    );
    return rows.map(toAlertRule);
  }

  async get(siteId: string, id: string): Promise<AlertRule | undefined> {
    const { rows } = await this.pool.query<AlertRuleRow>(
      'SELECT * FROM alert_rules WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rows[0] && toAlertRule(rows[0]);
  }

  async update(rule: AlertRule): Promise<void> {
    const values = alertRuleChanges(rule);
    await this.pool.query(
      `UPDATE alert_rules SET ${numbered(ALERT_RULE_CHANGES)}
       WHERE id = $${values.length + 1} AND site_id = $${values.length + 2}`,
      [...values, rule.id, rule.siteId],
    );
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'DELETE FROM alert_rules WHERE site_id = $1 AND id = $2',
      [siteId, id],
    );
    return rowCount === 1;
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<AlertRule[]> {
    const { rows } = await this.pool.query<AlertRuleRow>(
      `WITH due AS (
         SELECT id FROM alert_rules WHERE status = 'active'
         AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY coalesce(lease_until, 0), id LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE alert_rules r SET lease_until = $2 FROM due WHERE r.id = due.id
       RETURNING r.*`,
      [now, leaseUntil, limit],
    );
    return rows.map(toAlertRule);
  }

  async release(ruleId: string, nextAt: number): Promise<void> {
    await this.pool.query('UPDATE alert_rules SET lease_until = $1 WHERE id = $2', [
      nextAt,
      ruleId,
    ]);
  }

  async states(ruleId: string) {
    const { rows } = await this.pool.query<AlertStateRow>(
      'SELECT * FROM alert_states WHERE rule_id = $1',
      [ruleId],
    );
    return rows.map(toAlertState);
  }

  commit(evaluation: AlertEvaluationCommit): Promise<AlertEventRecord[]> {
    return inTransaction(this.pool, async (client) => {
      // Locks the rule: a deletion waits, or has happened and nothing is kept.
      const { rowCount } = await client.query(
        'SELECT id FROM alert_rules WHERE id = $1 FOR UPDATE',
        [evaluation.ruleId],
      );
      if (rowCount === 0) return [];
      const inserted: AlertEventRecord[] = [];
      for (const { event, deliveries, mails } of evaluation.events) {
        const added = await client.query(
          `INSERT INTO alert_events (${ALERT_EVENT_COLUMNS}) VALUES (${params(13)})
           ON CONFLICT (key) DO NOTHING`,
          alertEventValues(event),
        );
        if (added.rowCount === 0) continue;
        inserted.push(event);
        for (const delivery of deliveries)
          await client.query(
            `INSERT INTO webhook_deliveries (${DELIVERY_COLUMNS}) VALUES (${params(9)})`,
            deliveryValues(delivery),
          );
        for (const mail of mails)
          await client.query(
            `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${params(13)})`,
            mailValues(mail),
          );
      }
      for (const { subject, segment, state } of evaluation.states)
        await client.query(
          `INSERT INTO alert_states (rule_id, subject, segment, state) VALUES ($1, $2, $3, $4)
           ON CONFLICT (rule_id, subject) DO UPDATE SET segment = excluded.segment, state = excluded.state`,
          [evaluation.ruleId, subject, segment && JSON.stringify(segment), JSON.stringify(state)],
        );
      await client.query('UPDATE alert_rules SET cursor = $1 WHERE id = $2', [
        JSON.stringify(evaluation.cursor),
        evaluation.ruleId,
      ]);
      return inserted;
    });
  }

  async events(siteId: string, ruleId: string, limit: number): Promise<AlertEventRecord[]> {
    const { rows } = await this.pool.query<AlertEventRow>(
      `SELECT * FROM alert_events WHERE site_id = $1 AND rule_id = $2
       ORDER BY created_at DESC, id DESC LIMIT $3`,
      [siteId, ruleId, limit],
    );
    return rows.map(toAlertEvent);
  }

  async openEpisodes(siteId: string) {
    const { rows } = await this.pool.query<AlertStateRow>(
      `SELECT s.* FROM alert_states s JOIN alert_rules r ON r.id = s.rule_id
       WHERE r.site_id = $1 AND s.state->>'openedAt' IS NOT NULL`,
      [siteId],
    );
    return rows.map((row) => ({ ruleId: row.rule_id, ...toAlertState(row) }));
  }
}

export class PgMailOutbox implements MailOutbox {
  constructor(private readonly pool: pg.Pool) {}

  async add(mails: readonly OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const mail of mails)
        await client.query(
          `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${params(13)}) ON CONFLICT (id) DO NOTHING`,
          mailValues(mail),
        );
    });
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<OutgoingMail[]> {
    const { rows } = await this.pool.query<MailRow>(
      `WITH due AS (
         SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE mail_outbox m SET next_attempt_at = $2 FROM due WHERE m.id = due.id
       RETURNING m.*`,
      [now, leaseUntil, limit],
    );
    return rows.map(toMail);
  }

  async record(
    id: string,
    outcome: {
      status: OutgoingMail['status'];
      attempts: number;
      nextAttemptAt: number | null;
      error: string | null;
    },
  ): Promise<void> {
    await this.pool.query(
      'UPDATE mail_outbox SET status = $1, attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $5',
      [outcome.status, outcome.attempts, outcome.nextAttemptAt, outcome.error, id],
    );
    // A campaign's email follows its mail: sent, or failed after the last try.
    if (outcome.status !== 'pending') {
      await this.pool.query('UPDATE campaign_sends SET status = $1 WHERE mail_id = $2', [
        outcome.status,
        id,
      ]);
      await this.pool.query(
        'UPDATE campaign_sends SET reminder_status = $1 WHERE reminder_mail_id = $2',
        [outcome.status, id],
      );
    }
  }

  async prune(before: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      "DELETE FROM mail_outbox WHERE status != 'pending' AND created_at < $1",
      [before],
    );
    return rowCount ?? 0;
  }
}
