// Webhook endpoints for analysts: /v1/webhooks (secret key; changes need the
// write scope). The signing secret is shown once, when an endpoint is created
// or its secret rotated. Targets are checked for outbound safety when saved
// (and again at every delivery, see webhooks/target-safety.ts).

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  WebhookDeliverySchema,
  WebhookInputSchema,
  WebhookPatchSchema,
  WebhookSchema,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import { ADMINISTER, keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import type { WebhookEndpoint } from '../store/types';
import { newWebhookSecret } from '../webhooks/signing';
import { checkTarget, ForbiddenTargetError } from '../webhooks/target-safety';

const MAX_WEBHOOK_BYTES = 16 * 1024;
const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function webhookJson(endpoint: WebhookEndpoint, { withSecret = false } = {}) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    surveyIds: endpoint.surveyIds,
    buckets: endpoint.buckets,
    format: endpoint.format,
    status: endpoint.status,
    createdAt: iso(endpoint.createdAt),
    updatedAt: iso(endpoint.updatedAt),
    ...(withSecret && { secret: endpoint.secret }),
  };
}

const webhookParams = z.object({ id: z.string().describe('webhook endpoint id (wh_…)') });
const webhookContent = { 'application/json': { schema: WebhookSchema } };
const notFound = ['webhook-not-found', "the key's site has no webhook with this id"] as const;
const bodyProblems = [
  'invalid-json',
  ['body-too-large', `the body is over ${MAX_WEBHOOK_BYTES / 1024} KiB`],
  ['unsupported-media-type', 'the body is not application/json'],
  [
    'webhook-target-forbidden',
    'the URL is not http(s), carries credentials, or points at a private, loopback, link-local or otherwise internal address (unless the server allows private targets)',
  ],
] as const;
const invalidWebhook = [
  'invalid-body',
  'a field is missing or malformed; an event repeats; surveyIds names a survey the site does not have',
] as const;

const listWebhooks = createRoute({
  method: 'get',
  path: '/webhooks',
  operationId: 'listWebhooks',
  tags: ['webhooks'],
  summary: "The site's webhook endpoints",
  description: "Every endpoint of the key's site. Secrets are never listed.",
  ...READ,
  responses: {
    200: {
      description: 'the endpoints',
      content: { 'application/json': { schema: z.object({ data: z.array(WebhookSchema) }) } },
    },
    ...problems(...keyProblems('read')),
  },
});

const createWebhook = createRoute({
  method: 'post',
  path: '/webhooks',
  operationId: 'createWebhook',
  tags: ['webhooks'],
  summary: 'Add an endpoint',
  description:
    'Events are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature) with the whsec_ secret in this answer, shown only here and on rotation. Filters: surveyIds and buckets (e.g. only detractors). Format slack posts a Slack incoming-webhook message instead.',
  ...ADMINISTER,
  request: {
    body: { required: true, content: { 'application/json': { schema: WebhookInputSchema } } },
  },
  responses: {
    201: {
      description: 'created, with its secret; Location names it',
      headers: { location: { description: '/v1/webhooks/{id}', schema: { type: 'string' } } },
      content: webhookContent,
    },
    ...problems(invalidWebhook, ...bodyProblems, ...keyProblems('write')),
  },
});

const getWebhook = createRoute({
  method: 'get',
  path: '/webhooks/{id}',
  operationId: 'getWebhook',
  tags: ['webhooks'],
  summary: 'One endpoint',
  description: 'The endpoint without its secret.',
  ...READ,
  request: { params: webhookParams },
  responses: {
    200: { description: 'the endpoint', content: webhookContent },
    ...problems(notFound, ...keyProblems('read')),
  },
});

const patchWebhook = createRoute({
  method: 'patch',
  path: '/webhooks/{id}',
  operationId: 'updateWebhook',
  tags: ['webhooks'],
  summary: 'Change an endpoint',
  description:
    'Only the fields sent change. `status: "paused"` stops sending: events keep being queued and wait, and nothing is attempted until `status: "active"`, which also re-enables an endpoint marked failing after it used up its retries.',
  ...ADMINISTER,
  request: {
    params: webhookParams,
    body: { required: true, content: { 'application/json': { schema: WebhookPatchSchema } } },
  },
  responses: {
    200: { description: 'the changed endpoint', content: webhookContent },
    ...problems(invalidWebhook, ...bodyProblems, notFound, ...keyProblems('write')),
  },
});

const deleteWebhook = createRoute({
  method: 'delete',
  path: '/webhooks/{id}',
  operationId: 'deleteWebhook',
  tags: ['webhooks'],
  summary: 'Remove an endpoint',
  description: 'Removes the endpoint, its pending events and its delivery log.',
  ...ADMINISTER,
  request: { params: webhookParams },
  responses: {
    204: { description: 'removed' },
    ...problems(notFound, ...keyProblems('write')),
  },
});

const rotateSecret = createRoute({
  method: 'post',
  path: '/webhooks/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  tags: ['webhooks'],
  summary: 'Replace the signing secret',
  description:
    'The answer holds the new secret, shown only here. For a day each delivery carries signatures by both the new and the old secret, so receivers can switch without dropping events.',
  ...ADMINISTER,
  request: { params: webhookParams },
  responses: {
    200: { description: 'the endpoint with its new secret', content: webhookContent },
    ...problems(notFound, ...keyProblems('write')),
  },
});

const listDeliveries = createRoute({
  method: 'get',
  path: '/webhooks/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  tags: ['webhooks'],
  summary: "An endpoint's delivery log",
  description:
    'The newest deliveries, each with every attempt: time, HTTP status, latency and error. Finished deliveries are kept 30 days.',
  ...READ,
  request: {
    params: webhookParams,
    query: z
      .object({
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(200)
          .default(50)
          .describe('how many deliveries, at most 200'),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'the deliveries, newest first',
      content: {
        'application/json': { schema: z.object({ data: z.array(WebhookDeliverySchema) }) },
      },
    },
    ...problems(
      ['invalid-query', 'limit is not a whole number from 1 to 200, or a parameter is unknown'],
      notFound,
      ...keyProblems('read'),
    ),
  },
});

export function webhookRoutes(services: Services) {
  const { store, clock, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  const bodyLimit = { maxBodyBytes: MAX_WEBHOOK_BYTES };

  async function find(siteId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await store.getWebhook(siteId, id);
    if (!endpoint) throw new ApiError('webhook-not-found', 'this site has no webhook with this id');
    return endpoint;
  }

  async function safeTarget(url: string): Promise<void> {
    try {
      await checkTarget(url, config.webhookAllowPrivate);
    } catch (error) {
      if (!(error instanceof ForbiddenTargetError)) throw error;
      throw new ApiError('webhook-target-forbidden', error.message, {
        issues: [{ field: 'url', message: error.message }],
      });
    }
  }

  async function knownSurveys(siteId: string, ids: string[] | null | undefined): Promise<void> {
    if (!ids) return;
    const mine = new Set((await store.listSurveys(siteId)).map((s) => s.id));
    const unknown = ids.filter((id) => !mine.has(id));
    if (unknown.length)
      throw new ApiError('invalid-body', 'the webhook is not valid', {
        issues: [{ field: 'surveyIds', message: `no such survey: ${unknown.join(', ')}` }],
      });
  }

  add(listWebhooks, async function listWebhooks(c) {
    const endpoints = await store.listWebhooks(c.get('auth').siteId);
    return c.json({ data: endpoints.map((e) => webhookJson(e)) }, 200);
  });

  add(
    createWebhook,
    async function createWebhook(c) {
      const siteId = c.get('auth').siteId;
      const input = c.req.valid('json');
      await safeTarget(input.url);
      await knownSurveys(siteId, input.surveyIds);
      const now = clock.now();
      const endpoint: WebhookEndpoint = {
        id: newId('wh'),
        siteId,
        url: input.url,
        events: input.events,
        surveyIds: input.surveyIds ?? null,
        buckets: input.buckets ?? null,
        format: input.format,
        secret: newWebhookSecret(),
        previousSecret: null,
        previousSecretUntil: null,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      };
      await store.createWebhook(endpoint);
      await audit(services, c, {
        action: 'webhook.created',
        target: endpoint.id,
        details: { url: endpoint.url, events: endpoint.events, format: endpoint.format },
      });
      return c.json(webhookJson(endpoint, { withSecret: true }), 201, {
        location: `/v1/webhooks/${endpoint.id}`,
      });
    },
    bodyLimit,
  );

  add(getWebhook, async function getWebhook(c) {
    return c.json(webhookJson(await find(c.get('auth').siteId, c.req.valid('param').id)), 200);
  });

  add(
    patchWebhook,
    async function patchWebhook(c) {
      const existing = await find(c.get('auth').siteId, c.req.valid('param').id);
      const patch = c.req.valid('json');
      if (patch.url !== undefined) await safeTarget(patch.url);
      await knownSurveys(existing.siteId, patch.surveyIds);
      const updated: WebhookEndpoint = { ...existing, ...patch, updatedAt: clock.now() };
      await store.updateWebhook(updated);
      await audit(services, c, {
        action: 'webhook.changed',
        target: existing.id,
        details: { fields: Object.keys(patch), ...(patch.url !== undefined && { url: patch.url }) },
      });
      return c.json(webhookJson(updated), 200);
    },
    bodyLimit,
  );

  add(deleteWebhook, async function deleteWebhook(c) {
    if (!(await store.deleteWebhook(c.get('auth').siteId, c.req.valid('param').id)))
      throw new ApiError('webhook-not-found', 'this site has no webhook with this id');
    await audit(services, c, { action: 'webhook.deleted', target: c.req.valid('param').id });
    return c.body(null, 204);
  });

  add(rotateSecret, async function rotateSecret(c) {
    const existing = await find(c.get('auth').siteId, c.req.valid('param').id);
    // The old secret keeps signing beside the new one for a day, so receivers can switch over.
    const now = clock.now();
    const updated: WebhookEndpoint = {
      ...existing,
      secret: newWebhookSecret(),
      previousSecret: existing.secret,
      previousSecretUntil: now + ROTATION_OVERLAP_MS,
      updatedAt: now,
    };
    await store.updateWebhook(updated);
    await audit(services, c, { action: 'webhook.secret-rotated', target: existing.id });
    return c.json(webhookJson(updated, { withSecret: true }), 200);
  });

  add(listDeliveries, async function listDeliveries(c) {
    const endpoint = await find(c.get('auth').siteId, c.req.valid('param').id);
    const deliveries = await store.listDeliveries(
      endpoint.siteId,
      endpoint.id,
      c.req.valid('query').limit,
    );
    return c.json(
      {
        data: deliveries.map((d) => ({
          id: d.id,
          event: d.event,
          status: d.status,
          attempts: d.attemptLog.map((a) => ({
            at: iso(a.at),
            statusCode: a.statusCode,
            latencyMs: a.latencyMs,
            error: a.error,
          })),
          nextAttemptAt:
            d.status === 'pending' && d.nextAttemptAt !== null ? iso(d.nextAttemptAt) : null,
          createdAt: iso(d.createdAt),
        })),
      },
      200,
    );
  });

  return app;
}
