// Sends each scheduled digest at its recipient's local hour, right after a
// week (Monday) or month (the 1st) ends in their zone. Due digests are
// claimed with a lease (next_send_at moves ahead), so processes sharing one
// PostgreSQL never make one twice at once; the mail goes into the mail
// outbox with an id made of the digest and the period, in the same
// transaction that records the period as sent, so a crash or a second
// process never queues it twice. A process that was down sends the latest
// period once when it is back, not every one it missed.
import { bucketStart } from '@koe/core';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { PollLoop } from '../poll-loop';
import type { OutgoingMail } from '../store/alert-types';
import type { DigestSubscription } from '../store/digest-types';
import type { Store } from '../store/types';
import { gatherDigest, lastCompletePeriod } from './digest-data';
import { digestMail } from './digest-mail';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const LEASE_MS = 10 * 60_000;
const BATCH = 20;

/** When the next digest after `now` is due: the next period's start in the zone, at the hour. */
export function nextSendAt(
  now: number,
  digest: Pick<DigestSubscription, 'interval' | 'timeZone' | 'hour'>,
): number {
  const { interval, timeZone, hour } = digest;
  const current = bucketStart(now, interval, timeZone);
  // Past this period's sending hour: the next period's (8 or 32 days on lands in it).
  const thisOne = current + hour * HOUR_MS;
  if (thisOne > now) return thisOne;
  const next = bucketStart(current + (interval === 'week' ? 8 : 32) * DAY_MS, interval, timeZone);
  return next + hour * HOUR_MS;
}

/** The unsubscribe link of a digest (GET shows a page; POST unsubscribes, RFC 8058). */
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  new URL(`/v1/digests/unsubscribe?token=${encodeURIComponent(token)}`, publicUrl).href;

export class DigestScheduler {
  private readonly loop: PollLoop;

  constructor(
    private readonly options: {
      store: Store;
      clock: Clock;
      log: Logger;
      /** Links in the mail; digests are made only when it is set (and SMTP is). */
      publicUrl: string;
      onQueued?: () => void;
      pollMs?: number;
    },
  ) {
    this.loop = new PollLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'digests failed'),
      options.pollMs ?? 60_000,
    );
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Makes every digest due now; returns how many mails were queued. */
  async runOnce(): Promise<number> {
    const { store, clock } = this.options;
    let queued = 0;
    for (;;) {
      const now = clock.now();
      const due = await store.digests.claim(now, now + LEASE_MS, BATCH);
      for (const digest of due) if (await this.send(digest, now)) queued++;
      if (due.length < BATCH) break;
    }
    if (queued) this.options.onQueued?.();
    return queued;
  }

  private async send(digest: DigestSubscription, now: number): Promise<boolean> {
    const { store, log, publicUrl } = this.options;
    const next = nextSendAt(now, digest);
    try {
      const period = lastCompletePeriod(now, digest.interval, digest.timeZone);
      const [site, survey] = await Promise.all([
        store.getSite(digest.siteId),
        store.getSurvey(digest.siteId, digest.surveyId),
      ]);
      // Already sent for this period (another process, or before a restart): only reschedule.
      if (
        !site ||
        !survey ||
        (digest.lastPeriodEnd !== null && period.to <= digest.lastPeriodEnd)
      ) {
        await store.digests.recordSent(digest.id, {
          mail: null,
          periodEnd: null,
          nextSendAt: next,
        });
        return false;
      }
      const data = await gatherDigest(store, {
        site,
        survey,
        period,
        timeZone: digest.timeZone,
        now,
        interval: digest.interval,
      });
      const rendered = digestMail(data, {
        to: digest.email,
        surveyUrl: new URL(`/app/surveys/${encodeURIComponent(survey.id)}`, publicUrl).href,
        unsubscribeUrl: unsubscribeUrl(publicUrl, digest.unsubscribeToken),
      });
      const mail: OutgoingMail = {
        // One per digest and period: a second try inserts nothing.
        id: `mail_dg_${digest.id}_${period.to}`,
        siteId: digest.siteId,
        ...rendered,
        responseId: null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
      };
      return await store.digests.recordSent(digest.id, {
        mail,
        periodEnd: period.to,
        nextSendAt: next,
      });
    } catch (error) {
      // Tried again in an hour (the lease would bring it back anyway).
      log.error({ err: error, digest: digest.id }, 'digest not made');
      await store.digests
        .recordSent(digest.id, { mail: null, periodEnd: null, nextSendAt: now + HOUR_MS })
        .catch(() => {});
      return false;
    }
  }
}
