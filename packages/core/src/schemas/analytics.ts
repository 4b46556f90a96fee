// Query parameters of the analyst endpoints, validated by the routes and
// described in the OpenAPI document from the same schemas.
import { z } from 'zod';
import { NPS_BUCKETS, SATISFACTION_BUCKETS } from '../scales';
import { isTimeZone } from '../time-buckets';

const instant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-05-01T00:00:00Z',
  })
  .transform((text) => Date.parse(text));

export const GROUP_BY_COLUMNS = ['touchpoint', 'device', 'country', 'locale', 'page'] as const;

export const MetricsQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    interval: z.enum(['day', 'week', 'month']).optional(),
    tz: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo' })
      .default('UTC'),
    groupBy: z
      .string()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: attribute keys may not contain control characters
      .regex(/^(touchpoint|device|country|locale|page|attr\.[^\u0000-\u001f]{1,64})$/, {
        error: 'must be touchpoint, device, country, locale, page or attr.<key>',
      })
      .optional(),
    compare: z.literal('previous', { error: 'must be "previous"' }).optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined && query.from >= query.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    }
    if (query.compare && query.from === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['compare'],
        message: 'needs from (the previous period has the same length)',
      });
    }
  });
export type MetricsQuery = z.output<typeof MetricsQuerySchema>;

export const ResponsesQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    bucket: z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]).optional(),
    touchpoint: z.string().max(64).optional(),
    bom: z.enum(['true', 'false']).optional(),
    /** asc: oldest first (the default); desc: newest first ("what did people say lately"). */
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type ResponsesQuery = z.output<typeof ResponsesQuerySchema>;
