// Query parameters of the analyst endpoints, validated by the routes and
// described in the OpenAPI document from the same schemas.
import { z } from 'zod';
import { decodeCursor } from '../cursor';
import { isTimeZone } from '../time-buckets';
import { AttributeFilterValues, checkAttributeKeys, filterFields } from './filters';

const instant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-05-01T00:00:00Z',
  })
  .transform((text) => Date.parse(text));

export const range = {
  from: instant.optional().describe('start of the range, inclusive (ISO 8601 with a zone)'),
  to: instant.optional().describe('end of the range, exclusive (default: now)'),
};

export function fromBeforeTo(query: { from?: number; to?: number }, ctx: z.RefinementCtx): void {
  if (query.from !== undefined && query.to !== undefined && query.from >= query.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  }
}

export const GROUP_BY_COLUMNS = [
  'touchpoint',
  'device',
  'country',
  'locale',
  'page',
  'channel',
] as const;

/**
 * A query object with the filters: its own fields plus every filter, and
 * attr.<key> parameters beside them (nothing else).
 */
export function withFilters<S extends z.ZodRawShape>(shape: S) {
  const known = new Set([...Object.keys(shape), ...Object.keys(filterFields)]);
  return z
    .object({ ...shape, ...filterFields })
    .catchall(AttributeFilterValues)
    .superRefine(checkAttributeKeys(known));
}

/** The most calendar buckets one series may have. */
export const MAX_SERIES_BUCKETS = 1200;

export const MetricsQuerySchema = withFilters({
  ...range,
  interval: z
    .enum(['day', 'week', 'month'])
    .optional()
    .describe(
      `adds a series of local days, ISO weeks (Monday first) or months of tz; at most ${MAX_SERIES_BUCKETS} of them`,
    ),
  tz: z
    .string()
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' })
    .default('UTC')
    .describe('IANA time zone of the series buckets, e.g. Asia/Tokyo or America/New_York'),
  groupBy: z
    .string()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: attribute keys may not contain control characters
    .regex(/^(touchpoint|device|country|locale|page|channel|attr\.[^\u0000-\u001f]{1,64})$/, {
      error: 'must be touchpoint, device, country, locale, page, channel or attr.<key>',
    })
    .optional()
    .describe(
      'adds the metric per segment: touchpoint, device, country, locale, page, channel or attr.<key>',
    ),
  compare: z
    .literal('previous', { error: 'must be "previous"' })
    .optional()
    .describe(
      'adds the period of the same length just before from, and the test of the change; needs from',
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
export type MetricsQuery = z.output<typeof MetricsQuerySchema>;

const pageFilters = {
  ...range,
  /** asc: oldest first (the default); desc: newest first ("what did people say lately"). */
  order: z
    .enum(['asc', 'desc'])
    .default('asc')
    .describe('asc: oldest first; desc: newest first (the cursor continues either way)'),
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
};

export const ResponsesPageQuerySchema = withFilters({
  ...pageFilters,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .describe('answers per page, at most 1000'),
}).superRefine(fromBeforeTo);
export type ResponsesPageQuery = z.output<typeof ResponsesPageQuerySchema>;

export const ResponsesNdjsonQuerySchema = withFilters(pageFilters).superRefine(fromBeforeTo);

export const ResponsesCsvQuerySchema = withFilters({
  ...pageFilters,
  bom: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: start with a UTF-8 byte-order mark, so spreadsheet programs read Japanese and other non-ASCII text right',
    ),
}).superRefine(fromBeforeTo);

/** What every export and page filters by. */
export type ResponsesFilterQuery = z.output<typeof ResponsesNdjsonQuerySchema>;
