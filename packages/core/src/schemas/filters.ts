// The one filter grammar of every analyst read (metrics, responses, exports,
// reasons, themes, at-risk): touchpoint, device, country, locale, page,
// bucket, reason, attr.<key> and q (comment text). Repeating a parameter is
// OR (`device=mobile&device=tablet`), different parameters are AND
// (`touchpoint=checkout&device=mobile`: checkout on mobile).
import { z } from 'zod';
import { bucketOf, NPS_BUCKETS, SATISFACTION_BUCKETS, type SurveyType } from '../scales';
import { SlugSchema } from './common';
import { ChannelSchema, DeviceSchema } from './response';

/** The most values one filter parameter may repeat. */
export const MAX_FILTER_VALUES = 50;
/** The most attr.<key> parameters in one query. */
export const MAX_ATTRIBUTE_FILTERS = 10;
const ATTRIBUTE_PREFIX = 'attr.';

/** One value or the same parameter repeated, always read as a list. */
const anyOf = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).min(1).max(MAX_FILTER_VALUES)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as Array<z.output<T>>);

const text = (max: number) => z.string().min(1).max(max);

export const filterFields = {
  touchpoint: anyOf(text(64))
    .optional()
    .describe('only answers from this touchpoint; repeat for OR'),
  device: anyOf(DeviceSchema)
    .optional()
    .describe('desktop, mobile, tablet, bot or unknown; repeat for OR'),
  country: anyOf(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter country code' })
      .transform((code) => code.toUpperCase()),
  )
    .optional()
    .describe('ISO 3166-1 alpha-2; repeat for OR'),
  locale: anyOf(text(35)).optional().describe("the answer's language tag, e.g. ja; repeat for OR"),
  channel: anyOf(ChannelSchema).optional().describe('web, link or email; repeat for OR'),
  page: anyOf(text(2048)).optional().describe('the page path, e.g. /checkout; repeat for OR'),
  bucket: anyOf(z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]))
    .optional()
    .describe(
      'detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR',
    ),
  reason: anyOf(SlugSchema)
    .optional()
    .describe('answers that cite this reason chip; repeat for OR'),
  q: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(200)
    .optional()
    .describe('answers whose comment contains this text (any language; no spaces needed)'),
};

/** attr.<key>=value parameters: one attribute's allowed values; repeat for OR. */
export const AttributeFilterValues = anyOf(text(256));

export interface ResponseFilters {
  touchpoint?: string[];
  device?: string[];
  country?: string[];
  locale?: string[];
  channel?: string[];
  page?: string[];
  bucket?: string[];
  reason?: string[];
  /** attribute key → allowed values (string forms: "pro", "3", "true"). */
  attributes?: Record<string, string[]>;
  q?: string;
}

/**
 * Refines a query object that takes the filters: keys outside `known` are
 * accepted only as attr.<key> (at most MAX_ATTRIBUTE_FILTERS of them).
 */
export function checkAttributeKeys(known: ReadonlySet<string>) {
  return (query: Record<string, unknown>, ctx: z.RefinementCtx) => {
    let attributes = 0;
    for (const key of Object.keys(query)) {
      if (known.has(key)) continue;
      const name = key.slice(ATTRIBUTE_PREFIX.length);
      if (!key.startsWith(ATTRIBUTE_PREFIX) || name.length === 0 || name.length > 64) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is not a parameter here (filters: ${Object.keys(filterFields).join(', ')}, attr.<key>)`,
        });
      } else if (++attributes > MAX_ATTRIBUTE_FILTERS) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `at most ${MAX_ATTRIBUTE_FILTERS} attr.<key> filters`,
        });
      }
    }
  };
}

/** The filters of a validated query (attr.<key> parameters gathered). */
export function filtersOf(query: Record<string, unknown>): ResponseFilters {
  const filters: ResponseFilters = {};
  for (const key of Object.keys(filterFields) as Array<keyof typeof filterFields>) {
    const value = query[key];
    if (value !== undefined) (filters as Record<string, unknown>)[key] = value;
  }
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(ATTRIBUTE_PREFIX) || !Array.isArray(value)) continue;
    filters.attributes ??= {};
    filters.attributes[key.slice(ATTRIBUTE_PREFIX.length)] = value as string[];
  }
  return filters;
}

/** Whether any filter is set. */
export function hasFilters(filters: ResponseFilters): boolean {
  return Object.entries(filters).some(([key, value]) =>
    key === 'attributes' ? Object.keys(value ?? {}).length > 0 : value !== undefined,
  );
}

/** The query parameters for filters (the inverse of filtersOf), for links and clients. */
export function filterParams(filters: ResponseFilters): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'attributes') {
      for (const [name, values] of Object.entries(value as Record<string, string[]>))
        for (const v of values) params.push([`${ATTRIBUTE_PREFIX}${name}`, v]);
    } else if (Array.isArray(value)) {
      for (const v of value) params.push([key, v]);
    } else if (typeof value === 'string') params.push([key, value]);
  }
  return params;
}

/**
 * The OpenAPI parameter for attr.<key> filters, which a schema of named
 * properties cannot state: form-style, exploded, each property its own parameter.
 */
export const ATTRIBUTE_FILTER_PARAMETER = {
  name: 'attr',
  in: 'query',
  required: false,
  style: 'form',
  explode: true,
  description:
    'attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys',
  schema: {
    type: 'object',
    propertyNames: { pattern: '^attr\\..{1,64}$' },
    additionalProperties: { type: 'string', minLength: 1, maxLength: 256 },
  },
} as const;

/**
 * Keeps the counts whose score lies in one of the buckets (all of them
 * without a bucket filter): a bucket is a set of scores, so the counts of a
 * bucket-filtered read are the unfiltered counts of those scores.
 */
export function keepBuckets<T extends { score: number }>(
  type: SurveyType,
  rows: T[],
  buckets: readonly string[] | undefined,
): T[] {
  if (!buckets?.length) return rows;
  const wanted = new Set(buckets);
  return rows.filter((row) => wanted.has(bucketOf(type, row.score)));
}
