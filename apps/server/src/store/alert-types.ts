// What the store keeps for alerts (rules, each subject's episode state, the
// events raised) and for outgoing email (the mail outbox), on either backend.
import type { AlertKind, EpisodeState, ResponseFilters } from '@koe/core';
import type { WebhookDelivery } from './types';

/** How far a rule has been evaluated: per check, the latest window done. */
export interface AlertCursor {
  /** Daily checks (score-drop, volume by day): the latest window end (LocalDate). */
  day?: string;
  /** Hourly checks (silence): the latest whole hour (UTC instant). */
  hour?: number;
  /** Keyword rules: answers received before this instant have been read. */
  scannedTo?: number;
}

export interface AlertSegment {
  dimension: string;
  value: string;
}

export interface AlertRule {
  id: string;
  siteId: string;
  surveyId: string;
  kind: AlertKind;
  name: string | null;
  filters: ResponseFilters | null;
  groupBy: string | null;
  timeZone: string;
  /** The kind's settings, complete (defaults filled in when saved). */
  settings: Record<string, unknown>;
  emails: string[];
  status: 'active' | 'paused';
  createdAt: number;
  updatedAt: number;
  createdBy: string | null;
  cursor: AlertCursor;
}

/** One subject of a rule (the survey, a segment, or a volume check) and its episode. */
export interface AlertSubjectState {
  subject: string;
  segment: AlertSegment | null;
  state: EpisodeState;
}

export interface AlertEventRecord {
  id: string;
  ruleId: string;
  siteId: string;
  /** Idempotency: subject × window × type (core alertEventKey); unique. */
  key: string;
  type: 'triggered' | 'resolved';
  subject: string;
  segment: AlertSegment | null;
  at: string;
  openedAt: string;
  summary: string;
  details: Record<string, unknown>;
  /** A keyword alert's answer: erasing the answer erases the alert and its messages. */
  responseId: string | null;
  createdAt: number;
}

/** An email waiting to be sent (or sent): written with what caused it, sent by the mail dispatcher. */
export interface OutgoingMail {
  id: string;
  siteId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** The answer it quotes, if any (erasure removes the mail). */
  responseId: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number | null;
  lastError: string | null;
  createdAt: number;
}

/** An event with what it sends: committed together, and only if the event is new. */
export interface AlertEventWithMessages {
  event: AlertEventRecord;
  deliveries: WebhookDelivery[];
  mails: OutgoingMail[];
}

export interface AlertEvaluationCommit {
  ruleId: string;
  cursor: AlertCursor;
  states: AlertSubjectState[];
  events: AlertEventWithMessages[];
}

export interface AlertStore {
  create(rule: AlertRule): Promise<void>;
  /** The site's rules, oldest first. */
  list(siteId: string): Promise<AlertRule[]>;
  get(siteId: string, id: string): Promise<AlertRule | undefined>;
  /** Saves what the API may change (and the cursor, which a resumed rule restarts). */
  update(rule: AlertRule): Promise<void>;
  /** Deletes the rule, its states and events (messages already queued still go). */
  remove(siteId: string, id: string): Promise<boolean>;
  /**
   * Claims up to `limit` active rules not leased by another process (lease
   * run out), leasing them until `leaseUntil`; oldest lease first.
   */
  claim(now: number, leaseUntil: number, limit: number): Promise<AlertRule[]>;
  /** Ends the evaluation: the rule is due again (claimable) from `nextAt`. */
  release(ruleId: string, nextAt: number): Promise<void>;
  states(ruleId: string): Promise<AlertSubjectState[]>;
  /**
   * In one transaction: events whose key is new are inserted with their
   * webhook deliveries and mails (an event already stored sends nothing
   * again), the states are saved and the cursor moved. Returns the events
   * inserted.
   */
  commit(evaluation: AlertEvaluationCommit): Promise<AlertEventRecord[]>;
  /** A rule's events, newest first. */
  events(siteId: string, ruleId: string, limit: number): Promise<AlertEventRecord[]>;
  /** The states of every rule of the site with an episode open (for the list). */
  openEpisodes(siteId: string): Promise<Array<AlertSubjectState & { ruleId: string }>>;
}

export interface MailOutbox {
  add(mails: readonly OutgoingMail[]): Promise<void>;
  /** Claims due pending mails (a lease: next_attempt_at moves to leaseUntil). */
  claim(now: number, leaseUntil: number, limit: number): Promise<OutgoingMail[]>;
  /** After an attempt: sent, or failed for good, or pending again at nextAttemptAt. */
  record(
    id: string,
    outcome: {
      status: OutgoingMail['status'];
      attempts: number;
      nextAttemptAt: number | null;
      error: string | null;
    },
  ): Promise<void>;
  /** Removes sent and failed mails created before `before`. */
  prune(before: number): Promise<number>;
}
