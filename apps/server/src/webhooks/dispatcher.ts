// Delivers the outbox: claims due deliveries (a lease, so a crash mid-delivery
// only delays it and another process never sends it at the same time), posts
// each one signed, records the attempt, and schedules the retry or gives up.
// Receivers may see an event more than once (a crash after their 2xx, before
// the record); it always carries the same webhook-id, so they can drop repeats.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { DueDelivery, Store } from '../store/types';
import { postWebhook } from './post-webhook';
import { DEFAULT_RETRY_DELAYS_MS, nextDelay } from './retry-schedule';
import { signedHeaders } from './signing';
import { slackMessage } from './slack-message';

/** How long delivered and failed deliveries stay in the log. */
export const KEEP_FINISHED_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
const LOOK_GAP_MS = 100;

export interface DispatcherOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /** Let webhooks reach private and loopback addresses (KOE_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
  /** For links in Slack messages. */
  publicUrl?: string;
  timeoutMs?: number;
  retryDelaysMs?: readonly number[];
  /** How often to look for due deliveries when nothing wakes the dispatcher. */
  pollMs?: number;
  /** Deliveries in flight at once. */
  concurrency?: number;
}

export class WebhookDispatcher {
  private readonly options: Required<Omit<DispatcherOptions, 'publicUrl'>> & { publicUrl?: string };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private again = false;
  private prunedAt = Number.NEGATIVE_INFINITY;
  private lookedAt = Number.NEGATIVE_INFINITY;

  constructor(options: DispatcherOptions) {
    this.options = {
      allowPrivate: false,
      timeoutMs: 10_000,
      retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
      pollMs: 1_000,
      concurrency: 8,
      ...options,
    };
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /**
   * Looks for due deliveries (after a batch that may have written some). Under
   * load every batch wakes it: looks are spaced at least LOOK_GAP_MS apart, so
   * the outbox costs a few queries a second, not one per batch.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = this.lookedAt + LOOK_GAP_MS - performance.now();
    if (wait > 0) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.wake(), wait);
      return;
    }
    clearTimeout(this.timer);
    this.lookedAt = performance.now();
    this.running = this.drainDue()
      .catch((error) => this.options.log.error({ err: error }, 'webhook dispatch failed'))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.timer = setTimeout(() => this.wake(), this.options.pollMs);
      });
  }

  /** Stops polling and waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async drainDue(): Promise<void> {
    const { store, clock, timeoutMs, concurrency } = this.options;
    // Finished deliveries (their payloads hold answers) are kept for the log for a while, not forever.
    if (clock.now() - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = clock.now();
      await store.pruneDeliveries(this.prunedAt - KEEP_FINISHED_MS);
    }
    for (;;) {
      const now = clock.now();
      // The lease outlasts one attempt, so a claimed delivery is not claimed twice.
      const due = await store.claimDeliveries(now, now + timeoutMs * 2 + 1_000, concurrency);
      if (due.length === 0) return;
      await Promise.all(due.map((delivery) => this.attempt(delivery)));
      if (this.stopped) return;
    }
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const { store, clock, log, timeoutMs, allowPrivate, retryDelaysMs, publicUrl } = this.options;
    const body =
      delivery.format === 'slack' ? slackMessage(delivery.payload, publicUrl) : delivery.payload;
    const at = clock.now();
    const result = await postWebhook(
      delivery.url,
      signedHeaders(delivery.secrets, delivery.id, at, body),
      body,
      { timeoutMs, allowPrivate },
    );
    const attempt = delivery.attempts + 1;
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const delay = ok ? undefined : nextDelay(attempt, retryDelaysMs);
    await store.recordDeliveryAttempt({
      deliveryId: delivery.id,
      attempt,
      at,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      result: ok ? 'delivered' : delay === undefined ? 'failed' : 'retry',
      nextAttemptAt: delay === undefined ? null : clock.now() + delay,
    });
    if (!ok)
      log.info(
        { delivery: delivery.id, attempt, status: result.statusCode, error: result.error },
        delay === undefined ? 'webhook given up' : 'webhook will be retried',
      );
  }
}
