// Shapes of metric results as the API returns them. With no answers a metric
// is { n: 0, score: null, ci95: null, lowN: true }: "no data" is never NaN, 0
// or a guess. How every number is computed: docs/statistics.md.
import { z } from 'zod';
import { LOW_N_THRESHOLDS } from '../metrics/low-n';

export const IntervalSchema = z.tuple([z.number(), z.number()]).meta({
  description: '95% confidence interval [low, high] in the unit of the score',
  // A closed pair in JSON Schema 2020-12 (prefixItems alone would allow more items).
  minItems: 2,
  maxItems: 2,
});
export type Interval = [low: number, high: number];

export const BucketShareSchema = z.object({
  count: z.number().int().nonnegative(),
  percent: z.number().nullable().describe('percent of n; null when n = 0'),
});
export type BucketShare = z.infer<typeof BucketShareSchema>;

const base = {
  n: z.number().int().nonnegative().describe('number of answers'),
  score: z.number().nullable().describe('null when n = 0'),
  ci95: IntervalSchema.nullable().describe(
    'null only when n = 0; methods and their measured coverage: docs/statistics.md',
  ),
  lowN: z
    .boolean()
    .describe(
      `true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS ${LOW_N_THRESHOLDS.nps}, CSAT ${LOW_N_THRESHOLDS.csat}, CES ${LOW_N_THRESHOLDS.ces}; docs/statistics.md)`,
    ),
  distribution: z
    .array(z.number().int().nonnegative())
    .describe('answer counts per scale point, lowest score first'),
};

export const NpsResultSchema = z.object({
  metric: z.literal('nps'),
  ...base,
  promoters: BucketShareSchema,
  passives: BucketShareSchema,
  detractors: BucketShareSchema,
});
export const CsatResultSchema = z.object({
  metric: z.literal('csat'),
  ...base,
  mean: z.number().nullable(),
});
export const CesResultSchema = z.object({
  metric: z.literal('ces'),
  ...base,
  percentAgree: z.number().nullable(),
});
export const MetricResultSchema = z.discriminatedUnion('metric', [
  NpsResultSchema,
  CsatResultSchema,
  CesResultSchema,
]);

export type NpsResult = z.infer<typeof NpsResultSchema>;
export type CsatResult = z.infer<typeof CsatResultSchema>;
export type CesResult = z.infer<typeof CesResultSchema>;
export type MetricResult = z.infer<typeof MetricResultSchema>;

export const ComparisonSchema = z.object({
  delta: z.number().nullable().describe('current score minus previous score'),
  deltaCi95: IntervalSchema.nullable().describe('95% interval of the difference'),
  p: z.number().min(0).max(1).nullable().describe('two-sided p-value of "no difference"'),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
