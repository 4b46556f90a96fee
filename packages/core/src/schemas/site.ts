// A site's settings as the API shows and changes them: its name and allowed
// origins, its secret keys (never the secret after creation), and the
// installs seen (which page origins fetched the widget's surveys).
import { z } from 'zod';
import { checkOriginRule, MAX_ORIGIN_CHARS } from '../origin-rules';

/** Enough for a shop with many country domains; a flood of entries is a mistake, not a need. */
export const MAX_SITE_ORIGINS = 50;

export const SiteNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

/**
 * Allowed origins, normalised ("HTTPS://Shop.example:443/" → "https://shop.example")
 * with repeats removed. One issue per refused entry, at its index, saying what to write.
 */
export const OriginRulesSchema = z
  .array(z.string().max(MAX_ORIGIN_CHARS + 100))
  .min(1, { error: 'needs at least one origin: the pages that may show the widget' })
  .max(MAX_SITE_ORIGINS, { error: `allows at most ${MAX_SITE_ORIGINS} origins` })
  .transform((entries, ctx) => {
    const rules: string[] = [];
    entries.forEach((entry, i) => {
      const check = checkOriginRule(entry);
      if (check.ok) rules.push(check.rule);
      else ctx.issues.push({ code: 'custom', message: check.message, input: entry, path: [i] });
    });
    return [...new Set(rules)];
  })
  .meta({
    description:
      'page origins allowed to load surveys and send answers: https://shop.example, http://localhost:3000, https://*.example.com (subdomains) or *',
    example: ['https://shop.example', 'https://*.shop.example'],
  });

export const SiteSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    origins: z
      .array(z.string())
      .describe('page origins allowed to load surveys and send answers, e.g. https://shop.example'),
    publishableKey: z.string().describe('pk_…, for the script tag'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Site' });
export type SiteJson = z.infer<typeof SiteSchema>;

const siteFields = { name: SiteNameSchema, origins: OriginRulesSchema };

/** A new site (the CLI's `sites create`). */
export const SiteInputSchema = z.object(siteFields).strict();
export type SiteInput = z.infer<typeof SiteInputSchema>;

export const SitePatchSchema = z
  .object({
    ...siteFields,
    origins: OriginRulesSchema.describe(
      'replaces the whole list; entries are normalised (case, default port, trailing slash) and repeats dropped',
    ),
  })
  .partial()
  .strict()
  .meta({ id: 'SitePatch' });
export type SitePatch = z.infer<typeof SitePatchSchema>;

export const KEY_SCOPES = ['read', 'write'] as const;

export const SecretKeyInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(80, { error: 'must be at most 80 characters' })
      .describe('what the key is for, e.g. "BI export" or "Alice\'s laptop"'),
    scope: z.enum(KEY_SCOPES).describe('read: reads only; write: also changes'),
  })
  .strict()
  .meta({ id: 'SecretKeyInput' });
export type SecretKeyInput = z.infer<typeof SecretKeyInputSchema>;

export const SecretKeySchema = z
  .object({
    id: z.string().describe('key_…, for DELETE /v1/keys/{id}'),
    name: z.string(),
    prefix: z
      .string()
      .describe('the first characters of the key (sk_ and 8 more), to tell keys apart'),
    scope: z.enum(KEY_SCOPES),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso
      .datetime()
      .nullable()
      .describe('when the key last authenticated a request, to the minute; null: never'),
    current: z.boolean().describe('true for the key that made this request'),
    createdBy: z
      .string()
      .nullable()
      .describe("who made it: a member's email, another key's prefix, or null (the CLI)"),
    secret: z.string().optional().describe('sk_…, only in the answer that created the key'),
  })
  .meta({ id: 'SecretKey' });
export type SecretKeyJson = z.infer<typeof SecretKeySchema>;

export const SiteInstallSchema = z
  .object({
    origin: z
      .string()
      .nullable()
      .describe(
        'the page origin that fetched the surveys; null: no Origin header (a same-origin page, or not a browser)',
      ),
    allowed: z.boolean().describe("false: refused (403 origin-not-allowed) by the site's origins"),
    firstSeenAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    count: z
      .number()
      .int()
      .describe('fetches that reached the server (browsers cache the answer for a minute)'),
  })
  .meta({ id: 'SiteInstall' });
export type SiteInstallJson = z.infer<typeof SiteInstallSchema>;
