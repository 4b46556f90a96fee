// The server's environment, parsed once (here) with zod. Nothing else reads
// process.env. CLI flags override these values (see cli.ts).
import { z } from 'zod';

const booleanish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const EnvSchema = z.object({
  KOE_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** 127.0.0.1 by default; set 0.0.0.0 to listen on every interface (behind a proxy, in a container). */
  KOE_HOST: z.string().default('127.0.0.1'),
  KOE_DB: z.string().default('./data/koe.db'),
  KOE_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  KOE_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /** Public base URL used in printed snippets, e.g. https://feedback.example.com. */
  KOE_PUBLIC_URL: z.url().optional(),
  /** Header with the client address set by a trusted proxy, e.g. x-forwarded-for. */
  KOE_CLIENT_IP_HEADER: z.string().toLowerCase().optional(),
  /** Header with an ISO country code set by a trusted proxy/CDN, e.g. cf-ipcountry. */
  KOE_COUNTRY_HEADER: z.string().toLowerCase().optional(),
  KOE_RATE_LIMIT_CLIENT: z.coerce.number().int().min(0).default(120),
  KOE_RATE_LIMIT_SITE: z.coerce.number().int().min(0).default(60_000),
  /** Secret keys that are not valid per minute per client before 429 on the analyst API. */
  KOE_RATE_LIMIT_FAILED_KEY: z.coerce.number().int().min(0).default(20),
  KOE_DEMO: booleanish.default(false),
  /** With KOE_DEMO: write ~90 days of demo answers when the demo site is first made. */
  KOE_DEMO_DATA: booleanish.default(true),
  /** Let webhooks reach private, loopback and link-local addresses (a receiver on the same network). */
  KOE_WEBHOOK_ALLOW_PRIVATE: booleanish.default(false),
  KOE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Comma-separated milliseconds between delivery attempts; default from seconds to about a day. */
  KOE_WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, { error: 'comma-separated milliseconds, e.g. 5000,300000' })
    .transform((text) => text.split(',').map(Number))
    .optional(),
  /** A member's session ends after this many hours without use… */
  KOE_SESSION_IDLE_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 90)
    .default(24 * 7),
  /** …and this many days after sign-in in any case. */
  KOE_SESSION_MAX_DAYS: z.coerce.number().min(0.1).max(365).default(30),
  /** SMTP for invitations and password resets, e.g. smtps://user:pass@mail.example.com:465. */
  KOE_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  KOE_MAIL_FROM: z.string().default('koe <koe@localhost>'),
  /** Audit log entries are kept this many days. */
  KOE_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
});
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
