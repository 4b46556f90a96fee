// The body of POST /v1/responses and the stored response. The body schema
// checks shape and limits; checkResponseAgainstSurvey adds the rules that
// need the survey (score range, reason ids), so both sides give one list of
// issues that each name the field and the rule.
import { z } from 'zod';
import { type Bucket, bucketOf, isOnScale, SCALES } from '../scales';
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

export const AttributeValueSchema = z.union(
  [z.string().max(LIMITS.attributeValueChars), z.number().refine(Number.isFinite), z.boolean()],
  {
    error: `must be a string of at most ${LIMITS.attributeValueChars} characters, a finite number or a boolean`,
  },
);

export const AttributesSchema = z
  .record(SlugSchema, AttributeValueSchema)
  .refine((attributes) => Object.keys(attributes).length <= LIMITS.attributes, {
    error: `allows at most ${LIMITS.attributes} keys`,
  });
export type Attributes = z.infer<typeof AttributesSchema>;

export const ResponseInputSchema = z
  .object({
    id: z.uuid({ error: 'must be a UUID made by the client for this submission' }),
    siteKey: z
      .string()
      .regex(/^pk_[A-Za-z0-9_-]{8,64}$/, { error: 'must be a publishable key (pk_…)' }),
    surveyId: z.string().min(1).max(64),
    score: z.number().int({ error: 'must be an integer' }),
    reasons: z
      .array(SlugSchema)
      .max(LIMITS.reasons, { error: `allows at most ${LIMITS.reasons} reasons` })
      .optional(),
    comment: z
      .string()
      .max(LIMITS.commentChars, { error: `must be at most ${LIMITS.commentChars} characters` })
      .optional(),
    touchpoint: SlugSchema.max(LIMITS.touchpointChars).optional(),
    attributes: AttributesSchema.optional(),
    userId: z.string().min(1).max(LIMITS.userIdChars).optional(),
    locale: LocaleSchema.optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(LIMITS.urlChars, { error: `must be at most ${LIMITS.urlChars} characters` })
      .optional(),
    finished: z.boolean().default(true),
  })
  .strict();
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
export const StoredResponseSchema = z.object({
  id: z.uuid(),
  surveyId: z.string(),
  score: z.number().int(),
  bucket: z.string(),
  reasons: z.array(z.string()),
  comment: z.string().nullable(),
  touchpoint: z.string().nullable(),
  attributes: AttributesSchema,
  userId: z.string().nullable(),
  locale: z.string().nullable(),
  url: z.string().nullable().describe('page URL without query string or fragment'),
  page: z.string().nullable().describe('path of the page URL'),
  device: DeviceSchema,
  country: z.string().nullable().describe('ISO 3166-1 alpha-2, from a trusted proxy header'),
  finished: z.boolean(),
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StoredResponse = z.infer<typeof StoredResponseSchema>;
