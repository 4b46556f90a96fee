// GET /v1/surveys/{id}/reasons: what each reason chip costs the score. The
// quantities are defined in docs/statistics.md ("Reasons") and computed in
// reasons/impact.ts.
import { z } from 'zod';
import { NPS_BUCKETS, SATISFACTION_BUCKETS } from '../scales';
import { fromBeforeTo, range, withFilters } from './analytics';
import { LocalizedTextSchema } from './common';
import { IntervalSchema } from './metrics';
import { EstimateSchema } from './metrics-answer';

export const ReasonsQuerySchema = withFilters({
  ...range,
  compare: z
    .literal('previous', { error: 'must be "previous"' })
    .optional()
    .describe(
      "adds each share's change against the period of the same length just before from; needs from",
    ),
}).superRefine((query, ctx) => {
  fromBeforeTo(query, ctx);
  if (query.compare && query.from === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['compare'],
      message: 'needs from (the previous period has the same length)',
    });
  }
});
export type ReasonsQuery = z.output<typeof ReasonsQuerySchema>;

export const ShareSchema = z
  .object({
    count: z.number().int().nonnegative().describe('answers citing the reason'),
    n: z.number().int().nonnegative().describe('answers in the group'),
    percent: z.number().nullable().describe('100 · count / n; null when n = 0'),
    ci95: IntervalSchema.nullable().describe(
      'Wilson 95% interval of the percent (boundary-modified); null when n = 0',
    ),
  })
  .meta({ id: 'Share', description: 'the share of answers that cite a reason' });

const bucket = z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]);

export const ReasonAnalysisSchema = z
  .object({
    id: z.string().describe('the reason chip id'),
    label: LocalizedTextSchema.nullable().describe(
      "the chip's labels; null for a chip no longer in the survey but cited in the range",
    ),
    share: ShareSchema,
    byBucket: z
      .partialRecord(bucket, ShareSchema)
      .describe('the share within each bucket (e.g. detractors citing it / detractors)'),
    score: EstimateSchema.describe('the metric over the citing answers alone'),
    impact: z
      .object({
        points: z
          .number()
          .nullable()
          .describe(
            'how many points the overall score would move if the citing answers scored like the others; null when every answer cites it',
          ),
        ci95: IntervalSchema.nullable().describe('95% interval (delta method)'),
      })
      .describe('positive: fixing what the reason names would raise the score'),
    change: z
      .object({
        previous: ShareSchema,
        delta: z.number().nullable().describe('share now minus share before, percentage points'),
        deltaCi95: IntervalSchema.nullable(),
        p: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .describe('two-sided p-value of "the share did not change" (two-proportion z-test)'),
      })
      .optional()
      .describe('with compare=previous'),
  })
  .meta({ id: 'ReasonAnalysis' });
export type ReasonAnalysisAnswer = z.infer<typeof ReasonAnalysisSchema>;

export const ReasonsSchema = z
  .object({
    metric: z.enum(['nps', 'csat', 'ces']),
    from: z.iso.datetime().nullable().describe('start of the range; null: all time'),
    to: z.iso.datetime(),
    overall: EstimateSchema.describe('the metric over every answer in the range and filters'),
    previous: z
      .object({ from: z.iso.datetime(), to: z.iso.datetime(), n: z.number().int().nonnegative() })
      .optional()
      .describe('with compare=previous: the period the changes are measured against'),
    reasons: z
      .array(ReasonAnalysisSchema)
      .describe(
        'every chip of the survey and any retired chip cited in the range, by impact (largest first; ties by count). Chips are multi-select: impacts overlap and do not add up',
      ),
  })
  .meta({ id: 'Reasons' });
export type Reasons = z.infer<typeof ReasonsSchema>;
