// Relationship surveys by email: a campaign sends one survey's first question
// to a list of recipients, now or on a schedule (once, quarterly, yearly) at
// each recipient's local hour, with one reminder to those who have not
// answered. These are the API's shapes; the server stores, schedules and sends.
import { z } from 'zod';
import { isLocalDate } from '../alerts/local-dates';
import { isTimeZone } from '../time-buckets';
import { EmailSchema } from './accounts';
import { LocaleSchema } from './common';
import { AttributesSchema } from './response';

export const CAMPAIGN_REPEATS = ['once', 'quarterly', 'yearly'] as const;
export type CampaignRepeat = (typeof CAMPAIGN_REPEATS)[number];
/** Recipients in one upload, and on one campaign. */
export const MAX_RECIPIENTS_PER_UPLOAD = 10_000;
export const MAX_RECIPIENTS_PER_CAMPAIGN = 100_000;
/** The CSV of one upload, in characters. */
export const MAX_RECIPIENTS_CSV_CHARS = 2 * 1024 * 1024;

export const RECIPIENT_STATUSES = [
  'waiting',
  'queued',
  'sent',
  'failed',
  'answered',
  'unsubscribed',
] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];
export const REMINDER_STATUSES = ['none', 'due', 'queued', 'sent', 'failed', 'skipped'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** One line of text as typed: no control characters (PostgreSQL refuses NUL; headers refuse CR/LF). */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
    .refine((value) => value.isWellFormed(), { error: 'must not contain half a surrogate pair' });

const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' });

const scheduleFields = {
  name: line(120).describe('what the team calls it (never shown to recipients)'),
  subject: line(200)
    .nullable()
    .describe("the email's subject; null: the survey's question in the recipient's language"),
  intro: z
    .string()
    .trim()
    .max(2000, { error: 'must be at most 2000 characters' })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks are allowed, other control characters are not
    .regex(/^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]*$/, {
      error: 'must not contain control characters other than line breaks',
    })
    .refine((value) => value.isWellFormed(), { error: 'must not contain half a surrogate pair' })
    .nullable()
    .describe('plain text above the question (line breaks kept); null: none'),
  repeat: z
    .enum(CAMPAIGN_REPEATS)
    .describe('once, or a new round every 3 months (quarterly) or 12 months (yearly)'),
  startDate: z
    .string()
    .refine(isLocalDate, { error: 'must be a date, YYYY-MM-DD' })
    .nullable()
    .describe(
      'the first round’s date (in each recipient’s zone, at `hour`); null: the first round goes at once when the campaign starts, and later rounds follow that day',
    ),
  hour: z.number().int().min(0).max(23).describe('the local hour rounds are sent at'),
  timeZone: TimeZoneSchema.describe(
    'the zone of recipients who have none, and of the first day when startDate is null',
  ),
  reminderAfterDays: z
    .number()
    .int()
    .min(1)
    .max(30)
    .nullable()
    .describe(
      'one reminder this many days after the email to whoever has not answered; null: none',
    ),
  perMinute: z
    .number()
    .int()
    .min(1)
    .max(600)
    .describe('at most this many emails a minute (the SMTP relay’s limits, the site’s reputation)'),
  expiresInDays: z.number().int().min(1).max(400).describe('how long each email’s links work'),
};

const reminderBeforeExpiry = (value: {
  reminderAfterDays?: number | null;
  expiresInDays?: number;
}) =>
  value.reminderAfterDays == null ||
  value.expiresInDays === undefined ||
  value.reminderAfterDays < value.expiresInDays;
const reminderIssue = {
  error: 'the reminder must go before the links expire',
  path: ['reminderAfterDays'],
};

export const CampaignInputSchema = z
  .object({
    surveyId: z
      .string()
      .regex(/^[\w-]{1,64}$/, { error: 'must be a survey id (srv_…)' })
      .describe('the survey sent'),
    name: scheduleFields.name,
    subject: scheduleFields.subject.default(null),
    intro: scheduleFields.intro.default(null),
    repeat: scheduleFields.repeat.default('once'),
    startDate: scheduleFields.startDate.default(null),
    hour: scheduleFields.hour.default(10),
    timeZone: scheduleFields.timeZone.default('UTC'),
    reminderAfterDays: scheduleFields.reminderAfterDays.default(3),
    perMinute: scheduleFields.perMinute.default(60),
    expiresInDays: scheduleFields.expiresInDays.default(30),
  })
  .strict()
  .refine(reminderBeforeExpiry, reminderIssue)
  .meta({ id: 'CampaignInput' });
export type CampaignInput = z.output<typeof CampaignInputSchema>;

export const CampaignPatchSchema = z
  .object({
    name: scheduleFields.name.optional(),
    subject: scheduleFields.subject.optional(),
    intro: scheduleFields.intro.optional(),
    repeat: scheduleFields.repeat.optional(),
    startDate: scheduleFields.startDate.optional(),
    hour: scheduleFields.hour.optional(),
    timeZone: scheduleFields.timeZone.optional(),
    reminderAfterDays: scheduleFields.reminderAfterDays.optional(),
    perMinute: scheduleFields.perMinute.optional(),
    expiresInDays: scheduleFields.expiresInDays.optional(),
    status: z
      .enum(['active', 'paused'])
      .optional()
      .describe('active starts (or resumes) sending; paused stops it until resumed'),
  })
  .strict()
  .refine(reminderBeforeExpiry, reminderIssue)
  .meta({ id: 'CampaignPatch' });
export type CampaignPatch = z.output<typeof CampaignPatchSchema>;

const countsShape = Object.fromEntries(
  RECIPIENT_STATUSES.map((status) => [status, z.number().int()]),
) as Record<RecipientStatus, z.ZodNumber>;

export const CampaignSchema = z
  .object({
    id: z.string(),
    surveyId: z.string(),
    name: z.string(),
    subject: z.string().nullable(),
    intro: z.string().nullable(),
    repeat: z.enum(CAMPAIGN_REPEATS),
    startDate: z.string().nullable(),
    hour: z.number().int(),
    timeZone: z.string(),
    reminderAfterDays: z.number().int().nullable(),
    perMinute: z.number().int(),
    expiresInDays: z.number().int(),
    status: z
      .enum(['draft', 'active', 'paused'])
      .describe('draft until first started; nothing is sent while draft or paused'),
    startedAt: z.string().nullable(),
    nextRoundAt: z
      .string()
      .nullable()
      .describe('when the next round starts in the campaign’s zone; null: no round to come'),
    recipients: z.number().int().describe('on the list now'),
    counts: z
      .object(countsShape)
      .describe(
        'recipients by the status of their latest email (waiting: none yet); unsubscribed counts whoever asked for no more',
      ),
    createdAt: z.string(),
  })
  .meta({ id: 'Campaign' });
export type CampaignJson = z.infer<typeof CampaignSchema>;

export const RecipientInputSchema = z
  .object({
    email: EmailSchema.describe('where the survey is sent; never in its links'),
    userId: line(128)
      .optional()
      .describe(
        'who answers, as the widget’s answers name them; without one, the answer carries the recipient’s id (rcp_…)',
      ),
    locale: LocaleSchema.optional().describe('the email’s language, when the survey has it'),
    timeZone: TimeZoneSchema.optional().describe('sent at the campaign’s hour in this zone'),
    attributes: AttributesSchema.refine(
      (attributes) =>
        Object.values(attributes).every(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
          (value) => typeof value !== 'string' || !/[\u0000-\u001f\u007f]/.test(value),
        ),
      { error: 'values must not contain control characters' },
    )
      .optional()
      .describe(
        'carried into the answer (plan, region…); readable by whoever holds the email’s links (they are signed, not encrypted)',
      ),
  })
  .strict()
  .meta({ id: 'RecipientInput' });
export type RecipientInput = z.output<typeof RecipientInputSchema>;

export const RecipientsUploadSchema = z
  .object({
    recipients: z
      .array(RecipientInputSchema)
      .min(1)
      .max(MAX_RECIPIENTS_PER_UPLOAD)
      .optional()
      .describe('the recipients as JSON'),
    csv: z
      .string()
      .max(MAX_RECIPIENTS_CSV_CHARS)
      .optional()
      .describe(
        'or as CSV with a header row: email (required), userId, locale, timeZone; every other column is an attribute (an attr. prefix is dropped)',
      ),
  })
  .strict()
  .refine((value) => (value.recipients === undefined) !== (value.csv === undefined), {
    error: 'send either recipients or csv',
  })
  .meta({ id: 'RecipientsUpload' });

export const RecipientsUploadResultSchema = z
  .object({
    added: z.number().int(),
    updated: z.number().int().describe('already on the list (by email): their details replaced'),
    recipients: z.number().int().describe('on the list now'),
  })
  .meta({ id: 'RecipientsUploadResult' });

export const RecipientSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    userId: z.string().nullable(),
    locale: z.string().nullable(),
    timeZone: z.string().nullable(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
    status: z
      .enum(RECIPIENT_STATUSES)
      .describe(
        'of the latest email: waiting (none yet), queued, sent, failed (the SMTP relay refused it after every try), answered; unsubscribed: they asked for no more',
      ),
    round: z.number().int().nullable().describe('the round of the latest email (0 is the first)'),
    sentAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    reminder: z.enum(REMINDER_STATUSES).describe('skipped: they answered (or left) first'),
    createdAt: z.string(),
  })
  .meta({ id: 'Recipient' });
export type RecipientJson = z.infer<typeof RecipientSchema>;
