// The body of POST /v1/responses and the stored response. The body schema
// checks shape and limits; checkResponseAgainstSurvey adds the rules that
// need the survey (score range, reason ids), so both sides give one list of
// issues that each name the field and the rule.
import { z } from 'zod';
import {
  type Bucket,
  bucketOf,
  isOnScale,
  NPS_BUCKETS,
  SATISFACTION_BUCKETS,
  SCALES,
} from '../scales';
import { LocaleSchema, SlugSchema } from './common';
import type { SurveyDefinition } from './survey';

export const LIMITS = {
  commentChars: 2000,
  touchpointChars: 64,
  attributes: 20,
  attributeValueChars: 256,
  reasons: 12,
  urlChars: 2048,
  userIdChars: 128,
  bodyBytes: 16 * 1024,
} as const;

/**
 * Free text from a visitor or a page. Lone UTF-16 surrogates are replaced
 * (U+FFFD) before anything is stored or compared: databases store them that
 * way anyway, and a retry of the same text must compare equal.
 */
const text = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .transform((value) => value.toWellFormed());

/** How an answer reached koe: the widget in a page, a shared or personal link, or an email. */
export const CHANNELS = ['web', 'link', 'email'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/** Names chosen by the site (touchpoints, attribute keys): 1–64 characters, no control characters. */
const NameSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(64, { error: 'must be at most 64 characters' })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
  .transform((value) => value.toWellFormed());

export const AttributeValueSchema = z.union(
  [text(LIMITS.attributeValueChars), z.number().refine(Number.isFinite), z.boolean()],
  {
    error: `must be a string of at most ${LIMITS.attributeValueChars} characters, a finite number or a boolean`,
  },
);

export const AttributesSchema = z
  .record(NameSchema, AttributeValueSchema)
  .refine((attributes) => Object.keys(attributes).length <= LIMITS.attributes, {
    error: `allows at most ${LIMITS.attributes} keys`,
  })
  .meta({ maxProperties: LIMITS.attributes });
export type Attributes = z.infer<typeof AttributesSchema>;

/**
 * A userId as an erasure names it: refused, not repaired, when it could name nobody (control
 * characters, half a surrogate pair); up to 256 characters, so an id stored by an older, more
 * lenient release can still be named.
 */
export const RespondentUserIdSchema = z
  .string()
  .min(1)
  .max(256)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an id is one line of text
  .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'must not contain control characters' })
  .refine((id) => id.isWellFormed(), { error: 'must not contain half a surrogate pair' });

export const ResponseInputSchema = z
  .object({
    id: z.uuid({ error: 'must be a UUID made by the client for this submission' }),
    siteKey: z
      .string()
      .regex(/^pk_[A-Za-z0-9_-]{8,64}$/, { error: 'must be a publishable key (pk_…)' }),
    surveyId: z.string().min(1).max(64),
    score: z.number().int({ error: 'must be an integer' }).meta({
      minimum: 0,
      maximum: 10,
      description:
        'the answer: 0–10 for NPS, 1–5 for CSAT, 1–7 for CES (checked against the survey)',
    }),
    reasons: z
      .array(SlugSchema)
      .max(LIMITS.reasons, { error: `allows at most ${LIMITS.reasons} reasons` })
      .optional(),
    comment: text(LIMITS.commentChars).optional(),
    touchpoint: NameSchema.optional(),
    channel: ChannelSchema.optional().describe(
      'how the answer came: web (the widget, the default), link or email (the hosted page)',
    ),
    linkToken: z
      .string()
      .max(4200)
      .optional()
      .describe(
        "a personal link's token (POST /v1/surveys/{id}/links): it, not the body, gives the answer's id, userId, attributes and channel",
      ),
    attributes: AttributesSchema.optional(),
    userId: text(LIMITS.userIdChars)
      .pipe(z.string().min(1, { error: 'must not be empty' }))
      .optional(),
    locale: LocaleSchema.optional(),
    /** Any absolute URL; only scheme, host and path are kept (query strings carry tokens and e-mails). */
    url: z
      .string()
      .max(LIMITS.bodyBytes)
      .transform((value, ctx) => {
        try {
          const url = new URL(value);
          if (!/^(javascript|data|vbscript|blob):$/.test(url.protocol)) {
            return `${url.protocol}//${url.host}${url.pathname}`.slice(0, LIMITS.urlChars);
          }
        } catch {
          // reported below
        }
        ctx.issues.push({
          code: 'custom',
          message: 'must be the absolute URL of a page',
          input: value,
        });
        return z.NEVER;
      })
      .optional(),
    finished: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'ResponseInput' });
export type ResponseInput = z.input<typeof ResponseInputSchema>;
export type ResponseBody = z.output<typeof ResponseInputSchema>;

/** A problem with one field, as reported to API clients. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Rules that need the survey: the score's range and which reason chips exist. */
export function checkResponseAgainstSurvey(
  body: Pick<ResponseBody, 'score' | 'reasons'>,
  survey: Pick<SurveyDefinition, 'type' | 'followUp'>,
): FieldIssue[] {
  const { min, max } = SCALES[survey.type];
  if (!isOnScale(survey.type, body.score)) {
    return [
      {
        field: 'score',
        message: `must be an integer from ${min} to ${max} for a ${survey.type} survey`,
      },
    ];
  }
  if (!body.reasons?.length) return [];
  const bucket: Bucket = bucketOf(survey.type, body.score);
  const known = new Set(survey.followUp[bucket]?.reasons.map((reason) => reason.id) ?? []);
  const issues: FieldIssue[] = [];
  body.reasons.forEach((reason, i) => {
    if (!known.has(reason)) {
      issues.push({
        field: `reasons.${i}`,
        message: `"${reason}" is not a reason of this survey's ${bucket} follow-up`,
      });
    }
  });
  if (new Set(body.reasons).size !== body.reasons.length) {
    issues.push({ field: 'reasons', message: 'must not repeat a reason' });
  }
  return issues;
}

export const DeviceSchema = z.enum(['desktop', 'mobile', 'tablet', 'bot', 'unknown']);
export type Device = z.infer<typeof DeviceSchema>;

/** A response as stored and exported. Never holds an IP address. */
export const StoredResponseSchema = z
  .object({
    id: z.uuid(),
    surveyId: z.string(),
    score: z.number().int().min(0).max(10),
    bucket: z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]),
    reasons: z.array(z.string()),
    comment: z.string().nullable(),
    touchpoint: z.string().nullable(),
    channel: ChannelSchema,
    attributes: AttributesSchema,
    userId: z.string().nullable(),
    locale: z.string().nullable(),
    url: z
      .string()
      .nullable()
      .describe('page URL without query string or fragment (at most 2048 characters)'),
    page: z.string().nullable().describe('path of the page URL'),
    device: DeviceSchema,
    country: z.string().nullable().describe('ISO 3166-1 alpha-2, from a trusted proxy header'),
    finished: z.boolean(),
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Response' });
export type StoredResponse = z.infer<typeof StoredResponseSchema>;
