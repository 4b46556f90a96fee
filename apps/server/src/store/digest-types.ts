// Scheduled digests as stored: one survey × one address, with when the next
// is due (which doubles as the lease while one is being made) and the period
// the latest covered.
import type { OutgoingMail } from './alert-types';

export interface DigestSubscription {
  id: string;
  siteId: string;
  surveyId: string;
  email: string;
  interval: 'week' | 'month';
  timeZone: string;
  hour: number;
  status: 'active' | 'unsubscribed';
  /** The secret in the digest's unsubscribe link (it can only unsubscribe this one). */
  unsubscribeToken: string;
  lastPeriodEnd: number | null;
  nextSendAt: number | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface DigestStore {
  create(digest: DigestSubscription): Promise<void>;
  list(siteId: string): Promise<DigestSubscription[]>;
  get(siteId: string, id: string): Promise<DigestSubscription | undefined>;
  /** Saves interval, zone, hour and the next time it is due. */
  update(digest: DigestSubscription): Promise<void>;
  remove(siteId: string, id: string): Promise<boolean>;
  /** Claims active digests due at `now`, moving their due time to `leaseUntil`. */
  claim(now: number, leaseUntil: number, limit: number): Promise<DigestSubscription[]>;
  /**
   * In one transaction: queues the mail (its id is derived from the digest
   * and period, so a second try queues nothing), records the period sent and
   * the next due time. Returns whether the mail was new.
   */
  recordSent(
    id: string,
    sent: { mail: OutgoingMail | null; periodEnd: number | null; nextSendAt: number },
  ): Promise<boolean>;
  /** Unsubscribes the digest with this token; returns it (or undefined for an unknown token). */
  unsubscribe(token: string, now: number): Promise<DigestSubscription | undefined>;
}
