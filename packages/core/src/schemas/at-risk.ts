// GET /v1/surveys/{id}/at-risk: identified respondents at risk by two stated
// rules (at-risk.ts), newest first, with the answer that put them there.
import { z } from 'zod';
import { AT_RISK_RULE_TEXT, AT_RISK_RULES } from '../at-risk';
import { decodeCursor } from '../cursor';
import { NPS_BUCKETS, SATISFACTION_BUCKETS } from '../scales';
import { fromBeforeTo, range, withFilters } from './analytics';

export const AtRiskQuerySchema = withFilters({
  ...range,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .describe('respondents per page, at most 1000'),
  cursor: z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (cursor) return cursor;
      ctx.issues.push({
        code: 'custom',
        message: 'must be a nextCursor from a previous page',
        input: text,
      });
      return z.NEVER;
    })
    .optional()
    .describe('continue after this nextCursor of a previous page'),
}).superRefine(fromBeforeTo);
export type AtRiskQuery = z.output<typeof AtRiskQuerySchema>;

const bucket = z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]);

export const AtRiskRespondentSchema = z
  .object({
    userId: z.string(),
    rules: z
      .array(z.enum(AT_RISK_RULES))
      .min(1)
      .describe('which of the stated rules this respondent meets'),
    response: z
      .object({
        id: z.string(),
        receivedAt: z.iso.datetime(),
        score: z.number().int(),
        bucket,
        comment: z.string().nullable(),
        reasons: z.array(z.string()),
        attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
        touchpoint: z.string().nullable(),
      })
      .describe("the respondent's latest answer to the survey"),
    previous: z
      .object({ id: z.string(), receivedAt: z.iso.datetime(), score: z.number().int() })
      .nullable()
      .describe('their answer before that one; null for a first answer'),
  })
  .meta({ id: 'AtRiskRespondent' });
export type AtRiskRespondent = z.infer<typeof AtRiskRespondentSchema>;

export const AtRiskPageSchema = z
  .object({
    rules: z
      .object(
        Object.fromEntries(
          AT_RISK_RULES.map((rule) => [rule, z.literal(AT_RISK_RULE_TEXT[rule])]),
        ) as {
          [K in (typeof AT_RISK_RULES)[number]]: z.ZodLiteral<string>;
        },
      )
      .describe('the rules, stated: a respondent is listed when at least one holds'),
    data: z
      .array(AtRiskRespondentSchema)
      .describe(
        'respondents whose latest answer (received in the range and passing the filters) meets a rule, newest first',
      ),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null at the end'),
  })
  .meta({ id: 'AtRiskPage' });
export type AtRiskPage = z.infer<typeof AtRiskPageSchema>;
