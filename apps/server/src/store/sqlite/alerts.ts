// Alert rules, their episode states and events on SQLite, and the mail
// outbox. An evaluation's events, webhook deliveries, mails, states and cursor
// commit in one transaction; an event whose key is already stored is skipped
// with everything it would have sent.
import type Database from 'better-sqlite3';
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
import { marks } from './connection';

export class SqliteAlerts implements AlertStore {
  constructor(private readonly db: Database.Database) {}

  async create(rule: AlertRule): Promise<void> {
    this.db
      .prepare(`INSERT INTO alert_rules (${ALERT_RULE_COLUMNS}) VALUES (${marks(16)})`)
      .run(...alertRuleValues(rule));
  }

  async list(siteId: string): Promise<AlertRule[]> {
    return this.db
      .prepare<[string], AlertRuleRow>(
        'SELECT * FROM alert_rules WHERE site_id = ? ORDER BY created_at, id',
      )
      .all(siteId)
      .map(toAlertRule);
  }

  async get(siteId: string, id: string): Promise<AlertRule | undefined> {
    const row = this.db
      .prepare<[string, string], AlertRuleRow>(
        'SELECT * FROM alert_rules WHERE site_id = ? AND id = ?',
      )
      .get(siteId, id);
    return row && toAlertRule(row);
  }

  async update(rule: AlertRule): Promise<void> {
    this.db
      .prepare(`UPDATE alert_rules SET ${ALERT_RULE_CHANGES} WHERE id = ? AND site_id = ?`)
      .run(...alertRuleChanges(rule), rule.id, rule.siteId);
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM alert_rules WHERE site_id = ? AND id = ?').run(siteId, id)
        .changes === 1
    );
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<AlertRule[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare<[number, number], AlertRuleRow>(
            `SELECT * FROM alert_rules WHERE status = 'active'
             AND (lease_until IS NULL OR lease_until <= ?)
             ORDER BY coalesce(lease_until, 0), id LIMIT ?`,
          )
          .all(now, limit);
        const lease = this.db.prepare('UPDATE alert_rules SET lease_until = ? WHERE id = ?');
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows.map(toAlertRule);
      })
      .immediate();
  }

  async release(ruleId: string, nextAt: number): Promise<void> {
    this.db.prepare('UPDATE alert_rules SET lease_until = ? WHERE id = ?').run(nextAt, ruleId);
  }

  async states(ruleId: string) {
    return this.db
      .prepare<[string], AlertStateRow>('SELECT * FROM alert_states WHERE rule_id = ?')
      .all(ruleId)
      .map(toAlertState);
  }

  async commit(evaluation: AlertEvaluationCommit): Promise<AlertEventRecord[]> {
    const insertEvent = this.db.prepare(
      `INSERT INTO alert_events (${ALERT_EVENT_COLUMNS}) VALUES (${marks(13)}) ON CONFLICT (key) DO NOTHING`,
    );
    const insertDelivery = this.db.prepare(
      `INSERT INTO webhook_deliveries (${DELIVERY_COLUMNS}) VALUES (${marks(9)})`,
    );
    const insertMail = this.db.prepare(
      `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${marks(13)})`,
    );
    const saveState = this.db.prepare(
      `INSERT INTO alert_states (rule_id, subject, segment, state) VALUES (?, ?, ?, ?)
       ON CONFLICT (rule_id, subject) DO UPDATE SET segment = excluded.segment, state = excluded.state`,
    );
    return this.db
      .transaction(() => {
        // The rule may have been deleted while it was evaluated: then nothing is kept.
        const rule = this.db
          .prepare('SELECT id FROM alert_rules WHERE id = ?')
          .get(evaluation.ruleId);
        if (!rule) return [];
        const inserted: AlertEventRecord[] = [];
        for (const { event, deliveries, mails } of evaluation.events) {
          if (insertEvent.run(...alertEventValues(event)).changes === 0) continue;
          inserted.push(event);
          for (const delivery of deliveries) insertDelivery.run(...deliveryValues(delivery));
          for (const mail of mails) insertMail.run(...mailValues(mail));
        }
        for (const { subject, segment, state } of evaluation.states)
          saveState.run(
            evaluation.ruleId,
            subject,
            segment && JSON.stringify(segment),
            JSON.stringify(state),
          );
        this.db
          .prepare('UPDATE alert_rules SET cursor = ? WHERE id = ?')
          .run(JSON.stringify(evaluation.cursor), evaluation.ruleId);
        return inserted;
      })
      .immediate();
  }

  async events(siteId: string, ruleId: string, limit: number): Promise<AlertEventRecord[]> {
    return this.db
      .prepare<[string, string, number], AlertEventRow>(
        `SELECT * FROM alert_events WHERE site_id = ? AND rule_id = ?
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(siteId, ruleId, limit)
      .map(toAlertEvent);
  }

  async openEpisodes(siteId: string) {
    return this.db
      .prepare<[string], AlertStateRow>(
        `SELECT s.* FROM alert_states s JOIN alert_rules r ON r.id = s.rule_id
         WHERE r.site_id = ? AND json_extract(s.state, '$.openedAt') IS NOT NULL`,
      )
      .all(siteId)
      .map((row) => ({ ruleId: row.rule_id, ...toAlertState(row) }));
  }
}

export class SqliteMailOutbox implements MailOutbox {
  constructor(private readonly db: Database.Database) {}

  async add(mails: readonly OutgoingMail[]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO mail_outbox (${MAIL_COLUMNS}) VALUES (${marks(13)}) ON CONFLICT (id) DO NOTHING`,
    );
    this.db.transaction(() => {
      for (const mail of mails) insert.run(...mailValues(mail));
    })();
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<OutgoingMail[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare<[number, number], MailRow>(
            `SELECT * FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ?
             ORDER BY next_attempt_at LIMIT ?`,
          )
          .all(now, limit);
        const lease = this.db.prepare('UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?');
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows.map(toMail);
      })
      .immediate();
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
    this.db
      .prepare(
        'UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?',
      )
      .run(outcome.status, outcome.attempts, outcome.nextAttemptAt, outcome.error, id);
    // A campaign's email follows its mail: sent, or failed after the last try.
    if (outcome.status !== 'pending') {
      this.db
        .prepare('UPDATE campaign_sends SET status = ? WHERE mail_id = ?')
        .run(outcome.status, id);
      this.db
        .prepare('UPDATE campaign_sends SET reminder_status = ? WHERE reminder_mail_id = ?')
        .run(outcome.status, id);
    }
  }

  async prune(before: number): Promise<number> {
    return this.db
      .prepare("DELETE FROM mail_outbox WHERE status != 'pending' AND created_at < ?")
      .run(before).changes;
  }
}
