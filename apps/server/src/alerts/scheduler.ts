// Evaluates alert rules inside `koe serve`: every interval it claims the
// rules that are due (a lease, so processes sharing one PostgreSQL never
// evaluate a rule at once), runs each one's check for every window due since
// it last ran (a process that was down catches up), and commits events,
// states, cursor, webhook deliveries and mails in one transaction. The
// event key (rule × window × type) is unique, so evaluating a window again
// after a crash between evaluation and commit, or after a lease ran out,
// sends nothing twice; the outboxes deliver what was committed after any
// restart.

import type { Clock } from '../clock';
import type { Logger } from '../log';
import { PollLoop } from '../poll-loop';
import type { AlertEventRecord, AlertRule } from '../store/alert-types';
import type { Store } from '../store/types';
import type { CheckInput, CheckOutcome } from './check';
import { checkKeywords } from './keyword';
import { eventWithMessages } from './messages';
import { checkScoreDrop } from './score-drop';
import { checkVolume } from './volume';

/** A claimed rule is someone else's for this long, should its process stall or die. */
const LEASE_MS = 5 * 60_000;
const CLAIM_BATCH = 20;

const CHECKS: Record<AlertRule['kind'], (input: CheckInput) => Promise<CheckOutcome>> = {
  'score-drop': checkScoreDrop,
  volume: checkVolume,
  keyword: checkKeywords,
};

export interface AlertSchedulerOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /** Whether email can be sent (KOE_SMTP_URL): without it no mail is queued. */
  mailEnabled: boolean;
  publicUrl?: string;
  /** How often each rule is looked at. */
  intervalMs?: number;
  /** Called after events were committed (wakes the webhook and mail dispatchers). */
  onEvents?: () => void;
}

export class AlertScheduler {
  private readonly loop: PollLoop;
  private readonly intervalMs: number;

  constructor(private readonly options: AlertSchedulerOptions) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.loop = new PollLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'alert evaluation failed'),
      Math.min(this.intervalMs, 60_000),
    );
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Evaluates every rule due now; returns the events committed. */
  async runOnce(): Promise<AlertEventRecord[]> {
    const { store, clock } = this.options;
    const committed: AlertEventRecord[] = [];
    for (;;) {
      const now = clock.now();
      const rules = await store.alerts.claim(now, now + LEASE_MS, CLAIM_BATCH);
      for (const rule of rules) committed.push(...(await this.evaluate(rule, now)));
      if (rules.length < CLAIM_BATCH) break;
    }
    if (committed.length) this.options.onEvents?.();
    return committed;
  }

  private async evaluate(rule: AlertRule, now: number): Promise<AlertEventRecord[]> {
    const { store, log, mailEnabled, publicUrl } = this.options;
    try {
      const survey = await store.getSurvey(rule.siteId, rule.surveyId);
      if (!survey) return [];
      const outcome = await CHECKS[rule.kind]({ rule, survey, store, now });
      const endpoints = outcome.raised.length ? await store.listWebhooks(rule.siteId) : [];
      const context = { rule, survey, endpoints, mailEnabled, publicUrl, now };
      const inserted = await store.alerts.commit({
        ruleId: rule.id,
        cursor: outcome.cursor,
        states: outcome.states,
        events: outcome.raised.map((raised) => eventWithMessages(raised, context)),
      });
      for (const event of inserted)
        log.info({ rule: rule.id, type: event.type, key: event.key }, event.summary);
      return inserted;
    } catch (error) {
      // The rule is tried again at the next interval; the others go on.
      log.error({ err: error, rule: rule.id }, 'alert rule evaluation failed');
      return [];
    } finally {
      await store.alerts.release(rule.id, now + this.intervalMs).catch(() => {});
    }
  }
}
