// The responses themselves, for analysts: a JSON page with a stable cursor,
// and the full export as CSV or NDJSON, streamed page by page so memory stays
// flat however many responses there are.
import { type ResponsesQuery, ResponsesQuerySchema, validate } from '@koe/core';
import { type Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { AppEnv, Services } from '../context';
import { csvLine } from '../csv';
import { ApiError } from '../errors';
import { responseJson } from '../response-json';
import type { ResponseCursor, StoredResponseRow, StoredSurvey } from '../store/types';

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
  ]);
}

export const encodeCursor = (row: StoredResponseRow) =>
  Buffer.from(JSON.stringify([row.receivedAt, row.id])).toString('base64url');

function decodeCursor(cursor: string | undefined): ResponseCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return [value[0], value[1]];
    }
  } catch {
    // reported below
  }
  throw new ApiError('invalid-query', 'the cursor is not one this API gave out', {
    issues: [{ field: 'cursor', message: 'must be a nextCursor from a previous page' }],
  });
}

export function responseExportRoutes({ store }: Services) {
  const app = new Hono<AppEnv>();

  async function surveyAndQuery(c: Context<AppEnv>): Promise<[StoredSurvey, ResponsesQuery]> {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.param('id') as string);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const parsed = validate(ResponsesQuerySchema, c.req.query());
    if (!parsed.ok)
      throw new ApiError('invalid-query', 'the query is not valid', { issues: parsed.issues });
    return [survey, parsed.value];
  }

  app.get('/surveys/:id/responses', async function listResponses(c) {
    const [survey, query] = await surveyAndQuery(c);
    const rows = await store.listResponses(
      survey.id,
      query,
      decodeCursor(query.cursor),
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return c.json({
      data: page.map(responseJson),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    });
  });

  /** Streams every matching response, a page at a time. */
  async function* allRows(surveyId: string, query: ResponsesQuery) {
    let after = decodeCursor(query.cursor);
    for (;;) {
      const rows = await store.listResponses(surveyId, query, after, EXPORT_PAGE);
      yield* rows;
      const last = rows.at(-1);
      if (rows.length < EXPORT_PAGE || !last) return;
      after = [last.receivedAt, last.id];
    }
  }

  app.get('/surveys/:id/responses.csv', async function exportCsv(c) {
    const [survey, query] = await surveyAndQuery(c);
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${survey.id}-responses.csv"`);
    return stream(c, async (out) => {
      // A byte-order mark makes spreadsheet programs read UTF-8 (Japanese comments) correctly.
      await out.write(`${query.bom === 'true' ? '\ufeff' : ''}${csvLine(CSV_COLUMNS)}`);
      let chunk = '';
      for await (const row of allRows(survey.id, query)) {
        chunk += csvRow(row);
        if (chunk.length > 64_000) {
          await out.write(chunk);
          chunk = '';
        }
      }
      if (chunk) await out.write(chunk);
    });
  });

  app.get('/surveys/:id/responses.ndjson', async function exportNdjson(c) {
    const [survey, query] = await surveyAndQuery(c);
    c.header('content-type', 'application/x-ndjson; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${survey.id}-responses.ndjson"`);
    return stream(c, async (out) => {
      let chunk = '';
      for await (const row of allRows(survey.id, query)) {
        chunk += `${JSON.stringify(responseJson(row))}\n`;
        if (chunk.length > 64_000) {
          await out.write(chunk);
          chunk = '';
        }
      }
      if (chunk) await out.write(chunk);
    });
  });

  return app;
}
