// What every route gets: the services built once by createApp, and the typed
// per-request variables set by middleware.
import type { MiddlewareHandler } from 'hono';
import type { AccountHousekeeping } from './accounts/housekeeping';
import type { Mailer } from './accounts/mailer';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, type SignedIn } from './accounts/sessions';
import type { AlertScheduler } from './alerts/scheduler';
import type { CampaignScheduler } from './campaigns/scheduler';
import type { Catalog } from './catalog';
import type { Clock } from './clock';
import type { DigestScheduler } from './digests/scheduler';
import type { WriteBatcher } from './ingest/write-batcher';
import type { InstallRecorder } from './install-recorder';
import type { Logger } from './log';
import type { MailOutboxDispatcher } from './mail/outbox-dispatcher';
import type { FixedWindowLimiter } from './middleware/rate-limit';
import type { ClientIdHasher } from './privacy/client-id';
import type { Role } from './store/account-types';
import type { KeyScope, ResponseWrite, Store, WriteOutcome } from './store/types';
import type { WebhookDispatcher } from './webhooks/dispatcher';

export interface AppConfig {
  /** Requests per minute per client (salted IP hash) on the public endpoints; 0 = off. */
  clientRateLimit: number;
  /** Requests per minute per site on the public endpoints; 0 = off. */
  siteRateLimit: number;
  /** Secret keys that are not valid, per minute per client, before 429 on secret-key routes; 0 = off. */
  failedKeyRateLimit: number;
  /** Header set by a trusted proxy with the client address (e.g. x-forwarded-for). */
  clientIpHeader?: string;
  /** Header set by a trusted proxy with the visitor's country (e.g. cf-ipcountry). */
  countryHeader?: string;
  maxBatch: number;
  maxQueue: number;
  /** The built widget served at /koe.js (default: packages/widget/dist/koe.js). */
  widgetPath?: string;
  /** The built dashboard served at /app (default: apps/dashboard/dist). */
  dashboardPath?: string;
  /** Base URL for links in messages (Slack webhooks), e.g. https://feedback.example.com. */
  publicUrl?: string;
  /** Let webhooks reach private, loopback and link-local addresses. */
  webhookAllowPrivate: boolean;
  /** How long one webhook delivery may take. */
  webhookTimeoutMs: number;
  /** Delays between delivery attempts (default: seconds up to about a day in all). */
  webhookRetryDelaysMs?: number[];
  /** How long a member's session lasts idle, and at most. */
  sessions: SessionPolicy;
  /** Sign-in attempts per 15 minutes per account and per client; 0 = off. */
  signInAccountLimit: number;
  signInClientLimit: number;
  /** Audit log entries older than this many days are removed. */
  auditRetentionDays: number;
  /** smtp(s)://user:pass@host:port for invitations and password resets; unset: no email. */
  smtpUrl?: string;
  /** The From of koe's emails. */
  mailFrom: string;
  /** How often each alert rule is looked at (alerts/scheduler.ts). */
  alertIntervalMs: number;
}

export const defaultConfig: AppConfig = {
  clientRateLimit: 120,
  siteRateLimit: 60_000,
  failedKeyRateLimit: 20,
  maxBatch: 512,
  maxQueue: 8192,
  webhookAllowPrivate: false,
  webhookTimeoutMs: 10_000,
  sessions: DEFAULT_SESSION_POLICY,
  signInAccountLimit: 10,
  signInClientLimit: 30,
  auditRetentionDays: 400,
  mailFrom: 'koe <koe@localhost>',
  alertIntervalMs: 60_000,
};

export interface Services {
  store: Store;
  clock: Clock;
  log: Logger;
  config: AppConfig;
  catalog: Catalog;
  batcher: WriteBatcher<ResponseWrite, WriteOutcome>;
  clientIds: ClientIdHasher;
  clientLimiter: FixedWindowLimiter;
  siteLimiter: FixedWindowLimiter;
  failedKeyLimiter: FixedWindowLimiter;
  /** Sign-in and password-reset attempts, per account (email) and per client. */
  signInAccountLimiter: FixedWindowLimiter;
  signInClientLimiter: FixedWindowLimiter;
  webhooks: WebhookDispatcher;
  /** Sends email when SMTP is configured. */
  mailer: Mailer | undefined;
  /** Evaluates alert rules (started by the server; tests call runOnce). */
  alerts: AlertScheduler;
  /** Makes scheduled digests when SMTP and the public URL are set (tests call runOnce). */
  digests: DigestScheduler | undefined;
  /** Sends campaign emails when SMTP and the public URL are set (tests call runOnce). */
  campaigns: CampaignScheduler | undefined;
  /** Sends queued email (alerts, digests) when SMTP is configured. */
  mailOutbox: MailOutboxDispatcher | undefined;
  /** Expired sessions and audit entries past the retention, removed now and then. */
  housekeeping: AccountHousekeeping;
  /** Which page origins fetch each site's widget config (the install check). */
  installs: InstallRecorder;
  /** Authenticates a secret key (Authorization: Bearer sk_…) and sets `auth`. */
  secretKey: MiddlewareHandler<AppEnv>;
}

/** Who made a request: a secret key, or a member in a role (for the audit log, for "current"). */
export type Actor =
  | { kind: 'key'; keyId: string; scope: KeyScope; label: string }
  | { kind: 'user'; userId: string; label: string; role: Role };

/** A site-scoped operation's caller and site (middleware/session-auth.ts). */
export interface Auth {
  siteId: string;
  actor: Actor;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    auth: Auth;
    /** Set when a member's session cookie authenticated the request. */
    member: SignedIn;
  };
};
