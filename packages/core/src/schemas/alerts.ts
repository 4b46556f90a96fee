// Alert rules (/v1/alerts): what a rule watches, its settings with the
// defaults the simulation chose (bench/alerts, docs/statistics.md), and the
// events it raises. The statistics are in ../alerts/.
import { z } from 'zod';
import { SCORE_DROP_DEFAULTS } from '../alerts/score-drop';
import { SILENCE_DEFAULTS } from '../alerts/silence';
import { isTimeZone } from '../time-buckets';
import { EmailSchema } from './accounts';
import { AttributeFilterValues, filterFields, MAX_ATTRIBUTE_FILTERS } from './filters';

export const ALERT_KINDS = ['score-drop', 'volume', 'keyword'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The most addresses one rule emails. */
export const MAX_ALERT_EMAILS = 20;
/** The most words and phrases of one keyword rule. */
export const MAX_ALERT_KEYWORDS = 50;

/** The drill-down filters of the analyst API, as a JSON object (a list is OR, fields are AND). */
export const AlertFiltersSchema = z
  .object({
    ...filterFields,
    attributes: z
      .record(z.string().min(1).max(64), AttributeFilterValues)
      .refine((record) => Object.keys(record).length <= MAX_ATTRIBUTE_FILTERS, {
        error: `at most ${MAX_ATTRIBUTE_FILTERS} attributes`,
      })
      .optional()
      .describe('attribute key → allowed values (as text: "pro", "3", "true")'),
  })
  .strict()
  // Stored as JSON, which PostgreSQL cannot hold with a NUL or half a surrogate pair in a string.
  .refine((filters) => !/\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(filters)), {
    error: 'must not contain the NUL character or half a surrogate pair',
  })
  .describe('only answers matching these (as the analyst API filters: a list is OR, fields AND)');

export const AlertGroupBySchema = z
  .string()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: attribute keys may not contain control characters
  .regex(/^(touchpoint|device|country|locale|page|channel|attr\.[^\u0000-\u001f]{1,64})$/, {
    error: 'must be touchpoint, device, country, locale, page, channel or attr.<key>',
  })
  .describe(
    'watch every segment of this dimension; the false discovery rate across segments is held at alpha (Benjamini–Hochberg)',
  );

export const ScoreDropSettingsSchema = z
  .object({
    recentDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(SCORE_DROP_DEFAULTS.recentDays)
      .describe('days in the recent window'),
    baselineDays: z
      .number()
      .int()
      .min(7)
      .max(365)
      .default(SCORE_DROP_DEFAULTS.baselineDays)
      .describe('days in the baseline window just before the recent one'),
    alpha: z
      .number()
      .gt(0)
      .max(0.2)
      .default(SCORE_DROP_DEFAULTS.alpha)
      .describe('the one-sided p below which a drop is real'),
    minAnswers: z
      .number()
      .int()
      .min(5)
      .max(1_000_000)
      .default(SCORE_DROP_DEFAULTS.minAnswers)
      .describe('fewer answers than this in either window: no test'),
    cadence: z
      .enum(['daily', 'weekly'])
      .default(SCORE_DROP_DEFAULTS.cadence)
      .describe('evaluate after every local day, or after every week (Mondays)'),
  })
  .strict();

export const VolumeSettingsSchema = z
  .object({
    silenceHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(SILENCE_DEFAULTS.minHours)
      .describe(
        'no alert before this many whole hours without answers, however busy those hours usually are',
      ),
  })
  .strict();

const Keyword = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a keyword is text
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
  .refine((keyword) => keyword.isWellFormed(), { error: 'must not contain half a surrogate pair' });

export const KeywordSettingsSchema = z
  .object({
    keywords: z
      .array(Keyword)
      .min(1)
      .max(MAX_ALERT_KEYWORDS)
      .describe(
        'words or phrases; matched case- and width-insensitively, whole words in spaced scripts, anywhere in Japanese and Chinese',
      ),
  })
  .strict();

const ruleFields = {
  surveyId: z
    .string()
    .regex(/^[\w-]{1,64}$/, { error: 'must be a survey id (srv_…)' })
    .describe('the survey watched'),
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a name is one line of text
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
    .optional()
    .describe('shown in messages; defaults to a description of the rule'),
  filters: AlertFiltersSchema.optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' })
    .default('UTC')
    .describe('the zone whose local days and hours the rule counts'),
  emails: z
    .array(EmailSchema)
    .max(MAX_ALERT_EMAILS)
    .refine((list) => new Set(list.map((e) => e.toLowerCase())).size === list.length, {
      error: 'must not repeat',
    })
    .default([])
    .describe('addresses emailed on each alert and all clear (needs SMTP)'),
  status: z.enum(['active', 'paused']).default('active').describe('paused rules are not evaluated'),
};

export const AlertRuleInputSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('score-drop'),
        ...ruleFields,
        groupBy: AlertGroupBySchema.optional(),
        settings: ScoreDropSettingsSchema.default(ScoreDropSettingsSchema.parse({})),
      })
      .strict(),
    z
      .object({
        kind: z.literal('volume'),
        ...ruleFields,
        settings: VolumeSettingsSchema.default(VolumeSettingsSchema.parse({})),
      })
      .strict(),
    z
      .object({ kind: z.literal('keyword'), ...ruleFields, settings: KeywordSettingsSchema })
      .strict(),
  ])
  .meta({ id: 'AlertRuleInput' });
export type AlertRuleInput = z.output<typeof AlertRuleInputSchema>;

/** A change: the fields sent replace the rule's (settings as a whole object); kind and survey stay. */
export const AlertRulePatchSchema = z
  .object({
    name: ruleFields.name.unwrap().nullable().optional(),
    filters: AlertFiltersSchema.nullable().optional(),
    groupBy: AlertGroupBySchema.nullable().optional(),
    timeZone: z.string().refine(isTimeZone, { error: 'must be an IANA time zone' }).optional(),
    emails: ruleFields.emails.removeDefault().optional(),
    status: z.enum(['active', 'paused']).optional(),
    settings: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("the kind's settings, checked as on create"),
  })
  .strict()
  .meta({ id: 'AlertRulePatch' });

const SegmentSchema = z.object({ dimension: z.string(), value: z.string() });

export const AlertRuleSchema = z
  .object({
    id: z.string(),
    kind: z.enum(ALERT_KINDS),
    surveyId: z.string(),
    name: z.string(),
    filters: z.record(z.string(), z.unknown()).nullable(),
    groupBy: z.string().nullable(),
    timeZone: z.string(),
    settings: z.record(z.string(), z.unknown()),
    emails: z.array(z.string()),
    status: z.enum(['active', 'paused']),
    firing: z
      .array(z.object({ segment: SegmentSchema.nullable(), since: z.string() }))
      .describe('the episodes open now (what is wrong, since which evaluation)'),
    lastEvaluatedAt: z.string().nullable().describe('the latest window evaluated'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AlertRule' });

export const AlertEventSchema = z
  .object({
    id: z.string(),
    ruleId: z.string(),
    type: z.enum(['triggered', 'resolved']),
    segment: SegmentSchema.nullable().describe('the segment of a groupBy rule'),
    at: z.string().describe('the evaluation window (its end) or, for keywords, the answer'),
    openedAt: z.string().describe('the evaluation that opened the episode'),
    summary: z.string().describe('one line, as sent'),
    details: z.record(z.string(), z.unknown()).describe('the test: n, delta, p, expected, …'),
    createdAt: z.string(),
  })
  .meta({ id: 'AlertEvent' });

export const DIGEST_INTERVALS = ['week', 'month'] as const;

/** A scheduled digest: one survey's summary emailed to one address at its local time. */
export const DigestInputSchema = z
  .object({
    surveyId: ruleFields.surveyId,
    email: EmailSchema.describe('who gets it'),
    interval: z
      .enum(DIGEST_INTERVALS)
      .default('week')
      .describe('weekly (sent on Mondays, about last Monday to Sunday) or monthly (on the 1st)'),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' })
      .default('UTC')
      .describe("the recipient's zone: the weeks, months and sending hour are theirs"),
    hour: z.number().int().min(0).max(23).default(8).describe('the local hour it is sent at'),
  })
  .strict()
  .meta({ id: 'DigestInput' });
export type DigestInput = z.output<typeof DigestInputSchema>;

export const DigestPatchSchema = z
  .object({
    interval: z.enum(DIGEST_INTERVALS).optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' })
      .optional(),
    hour: z.number().int().min(0).max(23).optional(),
  })
  .strict()
  .meta({ id: 'DigestPatch' });

export const DigestSchema = z
  .object({
    id: z.string(),
    surveyId: z.string(),
    email: z.string(),
    interval: z.enum(DIGEST_INTERVALS),
    timeZone: z.string(),
    hour: z.number().int(),
    status: z
      .enum(['active', 'unsubscribed'])
      .describe('unsubscribed: the recipient used the link in a digest; nothing more is sent'),
    lastPeriodEnd: z
      .string()
      .nullable()
      .describe('the end of the latest period a digest was sent for'),
    nextSendAt: z.string().nullable().describe('when the next one is due'),
    createdAt: z.string(),
  })
  .meta({ id: 'Digest' });
