// Sends the mail outbox (alerts, digests): claims due mails with a lease (so
// processes sharing one PostgreSQL never send one twice at once, and a crash
// mid-send only delays it), sends each over SMTP, and records it sent, or
// pending again after a backoff, or failed after the last try. A mail keeps
// its Message-ID on every try, so a repeat after a crash between the SMTP
// server's "250" and the record is recognisable as one.
import type { Mail, Mailer } from '../accounts/mailer';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Store } from '../store/types';

/** Waits before the 2nd, 3rd, … try; after the last the mail is failed. */
export const MAIL_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** Longer than one send can take (smtpMailer's timeouts), so no other process takes the mail meanwhile. */
const LEASE_MS = 5 * 60_000;
const KEEP_MS = 30 * 86_400_000;
/** One mail per claim: a slow SMTP hop never lets the leases of mails waiting behind it run out. */
const BATCH = 1;

export class MailOutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly options: {
      store: Store;
      clock: Clock;
      log: Logger;
      mailer: Mailer;
      /** Domain of Message-IDs (the public host). */
      messageIdDomain: string;
      pollMs?: number;
      retryDelaysMs?: readonly number[];
    },
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Sends what is due now (after events were committed, or on the poll). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.options.log.error({ err: error }, 'mail dispatch failed'))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.timer = setTimeout(() => this.wake(), this.options.pollMs ?? 5_000);
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends every due mail; returns how many were sent. */
  async drain(): Promise<number> {
    const { store, clock, mailer, log, messageIdDomain } = this.options;
    const delays = this.options.retryDelaysMs ?? MAIL_RETRY_DELAYS_MS;
    if (clock.now() - this.prunedAt > 3_600_000) {
      this.prunedAt = clock.now();
      await store.mail.prune(this.prunedAt - KEEP_MS);
    }
    let sent = 0;
    for (;;) {
      const now = clock.now();
      const due = await store.mail.claim(now, now + LEASE_MS, BATCH);
      for (const mail of due) {
        const attempts = mail.attempts + 1;
        const message: Mail = {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
          messageId: `<${mail.id}@${messageIdDomain}>`,
        };
        try {
          await mailer.send(message);
          await store.mail.record(mail.id, {
            status: 'sent',
            attempts,
            nextAttemptAt: null,
            error: null,
          });
          sent++;
        } catch (error) {
          const delay = delays[attempts - 1];
          const reason = error instanceof Error ? error.message : String(error);
          await store.mail.record(mail.id, {
            status: delay === undefined ? 'failed' : 'pending',
            attempts,
            nextAttemptAt: delay === undefined ? null : clock.now() + delay,
            error: reason.slice(0, 500),
          });
          log.warn({ mail: mail.id, attempts, error: reason }, 'mail not sent');
        }
      }
      if (due.length < BATCH) return sent;
    }
  }
}
