// GET /v1/surveys/{id}/themes: the words and two-word phrases that set one
// bucket's comments apart from the other buckets' (themes/log-odds.ts;
// docs/statistics.md, "Themes").
import { z } from 'zod';
import { NPS_BUCKETS, SATISFACTION_BUCKETS } from '../scales';
import { fromBeforeTo, range, withFilters } from './analytics';

/** The most terms one bucket lists. */
export const MAX_THEME_TERMS = 50;

export const ThemesQuerySchema = withFilters({
  ...range,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_THEME_TERMS)
    .default(10)
    .describe(`terms per bucket, at most ${MAX_THEME_TERMS}`),
}).superRefine(fromBeforeTo);
export type ThemesQuery = z.output<typeof ThemesQuerySchema>;

export const ThemeTermSchema = z
  .object({
    term: z.string().describe('a word or two-word phrase, NFKC-normalised and lower-cased'),
    count: z.number().int().nonnegative().describe("this bucket's comments that contain it"),
    rest: z.number().int().nonnegative().describe("the other buckets' comments that contain it"),
    z: z
      .number()
      .describe(
        'weighted log-odds ratio over its standard error (Monroe et al. 2008); listed only from 1.96',
      ),
    examples: z
      .array(z.string())
      .max(3)
      .describe('ids of recent answers of this bucket whose comment contains it (at most 3)'),
  })
  .meta({ id: 'ThemeTerm' });

export const ThemesSchema = z
  .object({
    metric: z.enum(['nps', 'csat', 'ces']),
    from: z.iso.datetime().nullable().describe('start of the range; null: all time'),
    to: z.iso.datetime(),
    buckets: z
      .array(
        z.object({
          bucket: z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]),
          comments: z.number().int().nonnegative().describe("the bucket's answers with a comment"),
          terms: z
            .array(ThemeTermSchema)
            .describe('the terms that set this bucket apart, highest z first'),
        }),
      )
      .describe('each bucket of the survey type, worst first (only those asked for with bucket=)'),
  })
  .meta({ id: 'Themes' });
export type Themes = z.infer<typeof ThemesSchema>;
