// The responses themselves, for analysts: a JSON page with a stable cursor,
// and the full export as CSV or NDJSON, streamed page by page so memory stays
// flat however many responses there are. The whole query (cursor included)
// is validated and the survey found before the first byte is sent.

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ATTRIBUTE_FILTER_PARAMETER,
  csvLine,
  encodeCursor,
  filtersOf,
  ResponsesCsvQuerySchema,
  type ResponsesFilterQuery,
  ResponsesNdjsonQuerySchema,
  ResponsesPageQuerySchema,
  StoredResponseSchema,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import { keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

import { exportStream, type NodeBindings } from '../exports/stream';
import { responseJson } from '../response-json';
import type { StoredResponseRow, StoredSurvey } from '../store/types';

const EXPORT_PAGE = 1000;

const CSV_COLUMNS = [
  'id',
  'received_at',
  'updated_at',
  'score',
  'bucket',
  'finished',
  'reasons',
  'comment',
  'touchpoint',
  'locale',
  'url',
  'page',
  'device',
  'country',
  'user_id',
  'attributes',
  'channel',
];

function csvRow(row: StoredResponseRow): string {
  return csvLine([
    row.id,
    new Date(row.receivedAt).toISOString(),
    new Date(row.updatedAt).toISOString(),
    row.score,
    row.bucket,
    row.finished,
    row.reasons.join(';'),
    row.comment,
    row.touchpoint,
    row.locale,
    row.url,
    row.page,
    row.device,
    row.country,
    row.userId,
    Object.keys(row.attributes).length ? JSON.stringify(row.attributes) : '',
    row.channel,
  ]);
}

const surveyParams = z.object({ id: z.string().describe('survey id (srv_…)') });

const queryProblems = [
  [
    'invalid-query',
    'a parameter or filter is unknown or malformed; to is not after from; the cursor is not one this API gave out',
  ],
  ['survey-not-found', "the key's site has no survey with this id"],
] as const;

const listResponses = createRoute({
  method: 'get',
  path: '/surveys/{id}/responses',
  operationId: 'listResponses',
  tags: ['responses'],
  summary: 'Responses, a page at a time',
  description:
    'Ordered by (receivedAt, id). The cursor is stable: no row is skipped or repeated while new answers arrive. Pass nextCursor as cursor for the next page; null means this was the last.',
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: { params: surveyParams, query: ResponsesPageQuerySchema },
  responses: {
    200: {
      description: 'a page',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(StoredResponseSchema),
            nextCursor: z.string().nullable().describe('null: no more pages'),
          }),
        },
      },
    },
    ...problems(...queryProblems, ...keyProblems('read')),
  },
});

const exportDescription =
  'Every matching response, streamed page by page (memory stays flat for millions of rows). The query is validated before the first byte; if reading fails after that, the connection is cut so the file cannot be mistaken for a complete one.';

const exportCsv = createRoute({
  method: 'get',
  path: '/surveys/{id}/responses.csv',
  operationId: 'exportResponsesCsv',
  tags: ['responses'],
  summary: 'Every response as CSV',
  description: `${exportDescription} RFC 4180, UTF-8; cells a spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.`,
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: { params: surveyParams, query: ResponsesCsvQuerySchema },
  responses: {
    200: {
      description: 'CSV with a header row',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...problems(...queryProblems, ...keyProblems('read')),
  },
});

const exportNdjson = createRoute({
  method: 'get',
  path: '/surveys/{id}/responses.ndjson',
  operationId: 'exportResponsesNdjson',
  tags: ['responses'],
  summary: 'Every response as newline-delimited JSON',
  description: `${exportDescription} One Response object per line.`,
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: { params: surveyParams, query: ResponsesNdjsonQuerySchema },
  responses: {
    200: {
      description: 'one JSON Response per line',
      content: { 'application/x-ndjson': { schema: z.string() } },
    },
    ...problems(...queryProblems, ...keyProblems('read')),
  },
});

export function responseExportRoutes(services: Services) {
  const { store, log } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  async function findSurvey(siteId: string, id: string): Promise<StoredSurvey> {
    const survey = await store.getSurvey(siteId, id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    return survey;
  }

  /** The page bounds and filters of a validated query, as the store takes them. */
  const pageOf = (query: ResponsesFilterQuery) => ({
    from: query.from,
    to: query.to,
    order: query.order,
    ...filtersOf(query),
  });

  /** Every matching response, a page at a time. */
  async function* allRows(surveyId: string, query: ResponsesFilterQuery) {
    let after = query.cursor;
    for (;;) {
      const rows = await store.listResponses(surveyId, pageOf(query), after, EXPORT_PAGE);
      yield* rows;
      const last = rows.at(-1);
      if (rows.length < EXPORT_PAGE || !last) return;
      after = [last.receivedAt, last.id];
    }
  }

  add(listResponses, async function listResponses(c) {
    const survey = await findSurvey(c.get('auth').siteId, c.req.valid('param').id);
    const query = c.req.valid('query');
    const rows = await store.listResponses(survey.id, pageOf(query), query.cursor, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return c.json(
      {
        data: page.map(responseJson),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor([last.receivedAt, last.id]) : null,
      },
      200,
    );
  });

  add(exportCsv, async function exportCsv(c) {
    const survey = await findSurvey(c.get('auth').siteId, c.req.valid('param').id);
    const query = c.req.valid('query');
    async function* lines() {
      // A byte-order mark makes spreadsheet programs read UTF-8 (Japanese comments) correctly.
      yield `${query.bom === 'true' ? '\ufeff' : ''}${csvLine(CSV_COLUMNS)}`;
      for await (const row of allRows(survey.id, query)) yield csvRow(row);
    }
    const body = exportStream(lines(), {
      log,
      requestId: c.get('requestId'),
      node: c.env as NodeBindings | undefined,
    });
    await audit(services, c, {
      action: 'responses.exported',
      target: survey.id,
      details: { format: 'csv' },
    });
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${survey.id}-responses.csv"`,
    });
  });

  add(exportNdjson, async function exportNdjson(c) {
    const survey = await findSurvey(c.get('auth').siteId, c.req.valid('param').id);
    const query = c.req.valid('query');
    async function* lines() {
      for await (const row of allRows(survey.id, query))
        yield `${JSON.stringify(responseJson(row))}\n`;
    }
    const body = exportStream(lines(), {
      log,
      requestId: c.get('requestId'),
      node: c.env as NodeBindings | undefined,
    });
    await audit(services, c, {
      action: 'responses.exported',
      target: survey.id,
      details: { format: 'ndjson' },
    });
    // The route types read application/x-ndjson as a JSON body; it is a stream of lines.
    return c.body(body, 200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${survey.id}-responses.ndjson"`,
    }) as never;
  });

  return app;
}
