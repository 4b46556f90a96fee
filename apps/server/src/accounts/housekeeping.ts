// Removes what accounts no longer need, in every process (the deletes are
// idempotent, so several processes on one PostgreSQL may all run them):
// sessions past their idle or absolute end, and audit log entries older
// than the retention (KOE_AUDIT_RETENTION_DAYS, 400 days by default).
// At start, then every six hours.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import type { SessionPolicy } from './sessions';

const EVERY_MS = 6 * 3_600_000;
const DAY = 86_400_000;

export class AccountHousekeeping {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly options: {
      store: Store;
      clock: Clock;
      log: Logger;
      sessions: SessionPolicy;
      auditRetentionDays: number;
    },
  ) {}

  /** One round: expired sessions and old audit entries removed; how many of each. */
  async run(): Promise<{ sessions: number; auditEntries: number }> {
    const { store, clock, sessions, auditRetentionDays } = this.options;
    const now = clock.now();
    return {
      sessions: await store.accounts.pruneSessions(now, now - sessions.idleMs),
      auditEntries: await store.accounts.pruneAudit(now - auditRetentionDays * DAY),
    };
  }

  start(): void {
    const round = () =>
      this.run().then(
        (removed) => this.options.log.debug(removed, 'account housekeeping'),
        (error: unknown) => this.options.log.warn({ err: error }, 'account housekeeping failed'),
      );
    void round();
    this.timer = setInterval(round, EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
