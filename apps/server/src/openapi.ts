// The OpenAPI 3.1 document of every route, built from the same zod schemas
// the routes validate with (zod's own JSON Schema output, draft 2020-12, which
// is OpenAPI 3.1's dialect). A test checks that every route the app serves is
// here and that the document is valid.
import {
  ComparisonSchema,
  MetricResultSchema,
  MetricsQuerySchema,
  ResponseInputSchema,
  ResponsesQuerySchema,
  StoredResponseSchema,
  SurveyInputSchema,
  SurveyPatchSchema,
  SurveySchema,
  WebhookDeliverySchema,
  WebhookInputSchema,
  WebhookPatchSchema,
  WebhookSchema,
} from '@koe/core';
import { z } from 'zod';
import { PROBLEMS } from './errors';

type Json = Record<string, unknown>;

const input = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
const output = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;

const ProblemSchema = z.object({
  type: z.string().describe('urn:koe:problem:<code>'),
  code: z.enum(Object.keys(PROBLEMS) as [string, ...string[]]),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
});

/** Query parameters from an object schema, one OpenAPI parameter per property. */
function queryParameters(schema: z.ZodType): Json[] {
  const json = input(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description,
});

const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: Object.values(PROBLEMS)
          .filter((p) => p.status === status)
          .map((p) => p.title)
          .join('; '),
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    ]),
  );

const json = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const secret = [{ secretKey: [] }];
const webhookId = pathParameter('id', 'webhook endpoint id, wh_…');
const surveyId = pathParameter('id', 'survey id (srv_…)');

const MetricsResponse = {
  allOf: [
    output(MetricResultSchema),
    {
      type: 'object',
      properties: {
        from: { type: ['string', 'null'], format: 'date-time' },
        to: { type: 'string', format: 'date-time' },
        series: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              start: { type: 'string', format: 'date-time' },
              end: { type: 'string', format: 'date-time' },
              n: { type: 'integer' },
              score: { type: ['number', 'null'] },
              ci95: { type: ['array', 'null'], items: { type: 'number' } },
            },
          },
        },
        groups: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              key: { type: ['string', 'null'] },
              n: { type: 'integer' },
              score: { type: ['number', 'null'] },
              ci95: { type: ['array', 'null'], items: { type: 'number' } },
            },
          },
        },
        previous: { allOf: [{ type: 'object' }, output(ComparisonSchema)] },
      },
    },
  ],
};

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'koe API',
      version: '1',
      description:
        'On-the-spot NPS, CSAT and CES feedback: public ingestion for the widget (publishable keys) and the analyst API (secret keys, `Authorization: Bearer sk_…`). Errors are RFC 9457 problem+json with a stable `code`.',
    },
    components: {
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'a secret key, sk_…' },
      },
      schemas: {
        Problem: output(ProblemSchema),
        Survey: output(SurveySchema),
        SurveyInput: input(SurveyInputSchema),
        SurveyPatch: input(SurveyPatchSchema),
        ResponseInput: input(ResponseInputSchema),
        Response: output(StoredResponseSchema),
        Webhook: output(WebhookSchema),
        WebhookInput: input(WebhookInputSchema),
        WebhookPatch: input(WebhookPatchSchema),
        WebhookDelivery: output(WebhookDeliverySchema),
      },
    },
    paths: {
      '/v1/responses': {
        post: {
          tags: ['ingestion'],
          summary: 'Send an answer (the widget does this)',
          description:
            'JSON sent as text/plain (no CORS preflight) or application/json, at most 16 KiB. 202 after the row is committed; the same id again is 200 (one row).',
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { $ref: '#/components/schemas/ResponseInput' } },
              'application/json': { schema: { $ref: '#/components/schemas/ResponseInput' } },
            },
          },
          responses: {
            '202': json(
              {
                type: 'object',
                properties: { id: { type: 'string' }, status: { const: 'accepted' } },
              },
              'stored',
            ),
            '200': json(
              {
                type: 'object',
                properties: { id: { type: 'string' }, status: { enum: ['updated', 'duplicate'] } },
              },
              'the id was known: completed or repeated',
            ),
            ...problems(400, 403, 404, 409, 413, 415, 429, 503),
          },
        },
      },
      '/v1/responses/{id}': {
        delete: {
          tags: ['responses'],
          summary: 'Erase one response (write key)',
          security: secret,
          parameters: [pathParameter('id', 'response (submission) id')],
          responses: { '204': { description: 'erased' }, ...problems(401, 403, 404) },
        },
      },
      '/v1/sites/{siteKey}/surveys': {
        get: {
          tags: ['ingestion'],
          summary: "The site's active surveys, as the widget needs them",
          parameters: [pathParameter('siteKey', 'publishable key, pk_…')],
          responses: {
            '200': json(
              {
                type: 'object',
                properties: { data: { type: 'array', items: { type: 'object' } } },
              },
              'ETag, max-age 60',
            ),
            '304': { description: 'not modified (If-None-Match)' },
            ...problems(403, 404, 429),
          },
        },
      },
      '/v1/surveys': {
        get: {
          tags: ['surveys'],
          summary: "List the site's surveys",
          security: secret,
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  data: { type: 'array', items: { $ref: '#/components/schemas/Survey' } },
                },
              },
              'surveys',
            ),
            ...problems(401, 403),
          },
        },
        post: {
          tags: ['surveys'],
          summary: 'Create a survey (write key)',
          security: secret,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/SurveyInput' } },
            },
          },
          responses: {
            '201': json({ $ref: '#/components/schemas/Survey' }, 'created'),
            ...problems(400, 401, 403, 413, 415),
          },
        },
      },
      '/v1/surveys/{id}': {
        get: {
          tags: ['surveys'],
          summary: 'One survey',
          security: secret,
          parameters: [surveyId],
          responses: {
            '200': json({ $ref: '#/components/schemas/Survey' }, 'the survey'),
            ...problems(401, 403, 404),
          },
        },
        patch: {
          tags: ['surveys'],
          summary: 'Change a survey (write key); the type cannot change',
          security: secret,
          parameters: [surveyId],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/SurveyPatch' } },
            },
          },
          responses: {
            '200': json({ $ref: '#/components/schemas/Survey' }, 'changed'),
            ...problems(400, 401, 403, 404, 413, 415),
          },
        },
        delete: {
          tags: ['surveys'],
          summary: 'Delete a survey and its responses (write key)',
          security: secret,
          parameters: [surveyId],
          responses: { '204': { description: 'deleted' }, ...problems(401, 403, 404) },
        },
      },
      '/v1/site': {
        get: {
          tags: ['surveys'],
          summary: "The key's site, with its publishable key for the snippet",
          security: secret,
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['id', 'name', 'origins', 'publishableKey', 'createdAt'],
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  origins: { type: 'array', items: { type: 'string' } },
                  publishableKey: { type: 'string', description: 'pk_…' },
                  createdAt: { type: 'string', format: 'date-time' },
                },
              },
              'the site',
            ),
            ...problems(401),
          },
        },
      },
      '/v1/webhooks': {
        get: {
          tags: ['webhooks'],
          summary: "The site's webhook endpoints (secrets are not shown)",
          security: secret,
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  data: { type: 'array', items: { $ref: '#/components/schemas/Webhook' } },
                },
              },
              'the endpoints',
            ),
            ...problems(401, 403),
          },
        },
        post: {
          tags: ['webhooks'],
          summary: 'Add an endpoint (write key); the answer holds its whsec_ secret, shown once',
          security: secret,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookInput' } },
            },
          },
          responses: {
            '201': json({ $ref: '#/components/schemas/Webhook' }, 'created, with its secret'),
            ...problems(400, 401, 403, 413, 415),
          },
        },
      },
      '/v1/webhooks/{id}': {
        get: {
          tags: ['webhooks'],
          summary: 'One endpoint',
          security: secret,
          parameters: [webhookId],
          responses: {
            '200': json({ $ref: '#/components/schemas/Webhook' }, 'the endpoint'),
            ...problems(401, 403, 404),
          },
        },
        patch: {
          tags: ['webhooks'],
          summary: 'Change an endpoint (write key); status "active" re-enables a failing one',
          security: secret,
          parameters: [webhookId],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookPatch' } },
            },
          },
          responses: {
            '200': json({ $ref: '#/components/schemas/Webhook' }, 'changed'),
            ...problems(400, 401, 403, 404, 413, 415),
          },
        },
        delete: {
          tags: ['webhooks'],
          summary: 'Remove an endpoint and its deliveries (write key)',
          security: secret,
          parameters: [webhookId],
          responses: { '204': { description: 'removed' }, ...problems(401, 403, 404) },
        },
      },
      '/v1/webhooks/{id}/rotate-secret': {
        post: {
          tags: ['webhooks'],
          summary:
            'Replace the signing secret (write key); the answer holds the new one, shown once',
          security: secret,
          parameters: [webhookId],
          responses: {
            '200': json({ $ref: '#/components/schemas/Webhook' }, 'with the new secret'),
            ...problems(401, 403, 404),
          },
        },
      },
      '/v1/webhooks/{id}/deliveries': {
        get: {
          tags: ['webhooks'],
          summary: 'The newest deliveries with every attempt: status code, latency, error',
          security: secret,
          parameters: [
            webhookId,
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
          ],
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  data: { type: 'array', items: { $ref: '#/components/schemas/WebhookDelivery' } },
                },
              },
              'the deliveries, newest first',
            ),
            ...problems(400, 401, 403, 404),
          },
        },
      },
      '/v1/surveys/{id}/metrics': {
        get: {
          tags: ['analytics'],
          summary: 'Score, 95% interval, distribution; series, segments, comparison',
          security: secret,
          parameters: [surveyId, ...queryParameters(MetricsQuerySchema)],
          responses: {
            '200': json(MetricsResponse, 'the metric'),
            ...problems(400, 401, 403, 404),
          },
        },
      },
      '/v1/surveys/{id}/responses': {
        get: {
          tags: ['responses'],
          summary: 'Responses, a page at a time (stable cursor)',
          security: secret,
          parameters: [surveyId, ...queryParameters(ResponsesQuerySchema)],
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  data: { type: 'array', items: { $ref: '#/components/schemas/Response' } },
                  nextCursor: { type: ['string', 'null'] },
                },
              },
              'a page',
            ),
            ...problems(400, 401, 403, 404),
          },
        },
      },
      '/v1/surveys/{id}/responses.csv': {
        get: {
          tags: ['responses'],
          summary: 'Every response as CSV (RFC 4180, UTF-8, bom=true for spreadsheets), streamed',
          security: secret,
          parameters: [surveyId, ...queryParameters(ResponsesQuerySchema)],
          responses: {
            '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...problems(400, 401, 403, 404),
          },
        },
      },
      '/v1/surveys/{id}/responses.ndjson': {
        get: {
          tags: ['responses'],
          summary: 'Every response as newline-delimited JSON, streamed',
          security: secret,
          parameters: [surveyId, ...queryParameters(ResponsesQuerySchema)],
          responses: {
            '200': {
              description: 'NDJSON',
              content: { 'application/x-ndjson': { schema: { type: 'string' } } },
            },
            ...problems(400, 401, 403, 404),
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          tags: ['meta'],
          summary: 'This document',
          responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') },
        },
      },
      '/docs': {
        get: {
          tags: ['meta'],
          summary: 'API reference page',
          responses: { '200': { description: 'HTML' } },
        },
      },
      '/docs/scalar.js': {
        get: {
          tags: ['meta'],
          summary: 'The reference renderer, served locally',
          responses: { '200': { description: 'JavaScript' } },
        },
      },
      '/koe.js': {
        get: {
          tags: ['ingestion'],
          summary: 'The widget bundle for the script tag',
          responses: {
            '200': { description: 'JavaScript (ETag, CORS *)' },
            '304': { description: 'not modified' },
            ...problems(404),
          },
        },
      },
      '/demo': {
        get: {
          tags: ['meta'],
          summary: 'Demo page with the live widget (npm start)',
          responses: { '200': { description: 'HTML' }, ...problems(404) },
        },
      },
      '/app': {
        get: {
          tags: ['meta'],
          summary: 'The analyst dashboard (strict CSP; sign in with a secret key)',
          responses: { '200': { description: 'HTML' }, ...problems(404) },
        },
      },
      '/app/*': {
        get: {
          tags: ['meta'],
          summary: 'The dashboard page for any of its routes (deep links)',
          responses: { '200': { description: 'HTML' }, ...problems(404) },
        },
      },
      '/app/preview.html': {
        get: {
          tags: ['meta'],
          summary: "The dashboard editor's widget preview frame",
          responses: { '200': { description: 'HTML' }, ...problems(404) },
        },
      },
      '/app/assets/{name}': {
        get: {
          tags: ['meta'],
          summary: 'Hashed dashboard scripts and styles (cached for a year)',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'JavaScript or CSS' }, ...problems(404) },
        },
      },
    },
  };
}
