// The answer of GET /v1/surveys/{id}/metrics: a metric result with the range
// it covers and, when asked for, a series of calendar buckets, the same
// metric per segment, and the previous period with the comparison.
import { z } from 'zod';
import {
  CesResultSchema,
  ComparisonSchema,
  CsatResultSchema,
  IntervalSchema,
  NpsResultSchema,
} from './metrics';

/** n, score, interval and low-n flag: what a series point, a segment and the previous period report. */
export const EstimateSchema = NpsResultSchema.pick({
  n: true,
  score: true,
  ci95: true,
  lowN: true,
});
export type Estimate = z.infer<typeof EstimateSchema>;

const localInstant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 with the offset of the requested time zone at that instant');

export const SeriesPointSchema = EstimateSchema.extend({
  start: localInstant,
  end: localInstant.describe('the next point starts here (half-open [start, end))'),
}).meta({ id: 'SeriesPoint', description: 'one local day, ISO week or month of a series' });
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SegmentSchema = EstimateSchema.extend({
  key: z.string().nullable().describe('the segment value; null for answers without one'),
}).meta({ id: 'Segment', description: 'the metric for one value of groupBy' });
export type Segment = z.infer<typeof SegmentSchema>;

export const PreviousPeriodSchema = EstimateSchema.extend({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  ...ComparisonSchema.shape,
  deltaCi95: IntervalSchema.nullable().describe('95% interval of the difference'),
}).meta({
  id: 'PreviousPeriod',
  description:
    'with compare=previous: the period of the same length just before from, and the test of the difference',
});
export type PreviousPeriod = z.infer<typeof PreviousPeriodSchema>;

const envelope = {
  from: z.iso
    .datetime()
    .nullable()
    .describe('start of the range (inclusive); null: all time, from the first answer'),
  to: z.iso.datetime().describe('end of the range (exclusive)'),
  series: z
    .array(SeriesPointSchema)
    .optional()
    .describe(
      'with interval: local days, ISO weeks or months of tz covering exactly the range of the headline, so the points sum to its n',
    ),
  groups: z
    .array(SegmentSchema)
    .optional()
    .describe('with groupBy: the metric per segment, largest n first, at most 100'),
  /** With compare=previous: the period of the same length just before from. */
  previous: PreviousPeriodSchema.optional(),
};

export const MetricsSchema = z
  .discriminatedUnion('metric', [
    NpsResultSchema.extend(envelope),
    CsatResultSchema.extend(envelope),
    CesResultSchema.extend(envelope),
  ])
  .meta({ id: 'Metrics' });
export type Metrics = z.infer<typeof MetricsSchema>;
