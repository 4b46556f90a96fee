// Relationship surveys by email as stored: campaigns, their recipients, one
// send per recipient and round (with its one reminder), and the site's
// suppression list (whoever unsubscribed, kept as a hash of the address so
// that it outlives the address's erasure).
import type { CampaignRepeat, RecipientStatus, ReminderStatus } from '@koe/core';
import type { OutgoingMail } from './alert-types';

export interface Campaign {
  id: string;
  siteId: string;
  surveyId: string;
  name: string;
  subject: string | null;
  intro: string | null;
  repeat: CampaignRepeat;
  startDate: string | null;
  hour: number;
  timeZone: string;
  reminderAfterDays: number | null;
  perMinute: number;
  expiresInDays: number;
  status: 'draft' | 'active' | 'paused';
  startedAt: number | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface CampaignRecipient {
  id: string;
  campaignId: string;
  siteId: string;
  email: string;
  /** SHA-256 of the site and the lower-cased address: matches the suppression list. */
  emailHash: string;
  userId: string | null;
  locale: string | null;
  timeZone: string | null;
  attributes: Record<string, string | number | boolean> | null;
  /** The secret of the unsubscribe link in this recipient's emails. */
  unsubscribeToken: string;
  /** The latest round sent (−1: none yet). */
  lastRound: number;
  createdAt: number;
}

/** A recipient as listed: with the state of their latest email. */
export interface RecipientWithStatus extends CampaignRecipient {
  status: RecipientStatus;
  round: number | null;
  sentAt: number | null;
  answeredAt: number | null;
  reminder: ReminderStatus;
}

/** One email of a round to one recipient. */
export interface CampaignSend {
  id: string;
  campaignId: string;
  siteId: string;
  recipientId: string;
  round: number;
  /** The answer its links give (derived from the token). */
  responseId: string;
  /** queued → sent | failed, following its mail; unsubscribed: suppressed, no mail. */
  status: 'queued' | 'sent' | 'failed' | 'unsubscribed';
  mailId: string | null;
  queuedAt: number;
  /** The token of its links, for the reminder (the same links). */
  token: string;
  expiresAt: number;
  reminderStatus: ReminderStatus;
  reminderDueAt: number | null;
  reminderMailId: string | null;
}

/** A round's email for one recipient, with its mail, made by the scheduler. */
export interface NewSend {
  send: CampaignSend;
  mail: OutgoingMail | null;
  /** Who its answer belongs to: kept beyond the recipient's deletion (campaign_answers). */
  answer: { emailHash: string; userId: string };
}

/** Which answer a campaign email's links give, and whose it is (by address hash and userId). */
export interface CampaignAnswerKey {
  responseId: string;
  emailHash: string;
  userId: string;
}

export interface CampaignCounts {
  recipients: number;
  counts: Record<RecipientStatus, number>;
}

export interface RecipientsPage {
  recipients: RecipientWithStatus[];
  /** The last id of this page when there may be more. */
  next: string | null;
}

export interface CampaignStore {
  create(campaign: Campaign): Promise<void>;
  list(siteId: string): Promise<Campaign[]>;
  get(siteId: string, id: string): Promise<Campaign | undefined>;
  update(campaign: Campaign): Promise<void>;
  /** Deletes the campaign, its recipients and sends, and their mails (sent or not). */
  remove(siteId: string, id: string): Promise<boolean>;
  counts(campaignId: string): Promise<CampaignCounts>;

  /**
   * Adds recipients, or replaces the details of those already on the list (same address);
   * an address added again starts after the latest round it was sent (campaign_answers).
   */
  upsertRecipients(
    campaignId: string,
    recipients: readonly CampaignRecipient[],
  ): Promise<{ added: number; updated: number; total: number }>;
  recipients(
    campaignId: string,
    page: { after: string | null; limit: number; status?: RecipientStatus },
  ): Promise<RecipientsPage>;
  /** Deletes one recipient (their address), their sends and every mail to them from it. */
  removeRecipient(campaignId: string, recipientId: string): Promise<boolean>;

  /** Claims up to `limit` active campaigns not leased by another process, until `leaseUntil`. */
  claim(now: number, leaseUntil: number, limit: number): Promise<Campaign[]>;
  /** The distinct zones of a campaign's recipients (null: the campaign's). */
  recipientZones(campaignId: string): Promise<Array<string | null>>;
  /** Recipients in a zone (null: none of their own) whose latest round is before `round`. */
  dueRecipients(
    campaignId: string,
    zone: string | null,
    round: number,
    limit: number,
  ): Promise<CampaignRecipient[]>;
  /** Whether these addresses (hashes) unsubscribed from the site. */
  suppressed(siteId: string, hashes: readonly string[]): Promise<Set<string>>;
  /**
   * In one transaction: each send is inserted once (recipient × round), with
   * its mail, and moves its recipient's latest round; a send already there
   * queues nothing. Returns how many mails were queued.
   */
  recordSends(sends: readonly NewSend[]): Promise<number>;
  /** Sends whose reminder is due at `now`. */
  dueReminders(campaignId: string, now: number, limit: number): Promise<CampaignSend[]>;
  recipientsByIds(ids: readonly string[]): Promise<CampaignRecipient[]>;
  /** The responses of these ids that exist (answered). */
  answered(siteId: string, responseIds: readonly string[]): Promise<Set<string>>;
  /** Records a reminder: queued with its mail, or skipped. */
  recordReminder(
    sendId: string,
    outcome: { status: ReminderStatus; mail: OutgoingMail | null },
  ): Promise<void>;

  /** Unsubscribes the address of the recipient with this token from the whole site. */
  unsubscribe(token: string, now: number): Promise<CampaignRecipient | undefined>;
  /** The site's recipients with this address hash or this userId, in every campaign. */
  findRecipients(
    siteId: string,
    by: { emailHash?: string; userId?: string },
  ): Promise<CampaignRecipient[]>;
  /** The answers campaign emails gave (or will give) to these addresses (hashes) or userIds. */
  answerKeys(
    siteId: string,
    by: { emailHashes: readonly string[]; userIds: readonly string[] },
  ): Promise<CampaignAnswerKey[]>;
  /** Forgets these answers' owners (after the answers were erased). */
  forgetAnswers(siteId: string, responseIds: readonly string[]): Promise<void>;
  /** Deletes these recipients, their sends and every mail of the site to these addresses. */
  eraseRecipients(
    siteId: string,
    recipientIds: readonly string[],
    emails: readonly string[],
  ): Promise<number>;
}
