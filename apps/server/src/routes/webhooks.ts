// Webhook endpoints for analysts: /v1/webhooks (secret key; changes need the
// write scope). The signing secret is shown once, when an endpoint is created
// or its secret rotated. Targets are checked for outbound safety when saved
// (and again at every delivery, see webhooks/target-safety.ts).
import { validate, WebhookInputSchema, WebhookPatchSchema } from '@koe/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import { readJson } from '../middleware/read-json';
import { requireScope } from '../middleware/secret-key-auth';
import type { WebhookEndpoint } from '../store/types';
import { newWebhookSecret } from '../webhooks/signing';
import { checkTarget, ForbiddenTargetError } from '../webhooks/target-safety';

const MAX_WEBHOOK_BYTES = 16 * 1024;
const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

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

const DeliveriesQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export function webhookRoutes({ store, clock, config }: Services) {
  const app = new Hono<AppEnv>();
  // Secret-key authentication for /v1/webhooks… is registered once in app.ts.

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

  app.get('/webhooks', async function listWebhooks(c) {
    const endpoints = await store.listWebhooks(c.get('auth').siteId);
    return c.json({ data: endpoints.map((e) => webhookJson(e)) });
  });

  app.post('/webhooks', requireScope('write'), async function createWebhook(c) {
    const siteId = c.get('auth').siteId;
    const input = validate(
      WebhookInputSchema,
      await readJson(c, { allowTextPlain: false, maxBytes: MAX_WEBHOOK_BYTES }),
    );
    if (!input.ok)
      throw new ApiError('invalid-body', 'the webhook is not valid', { issues: input.issues });
    await safeTarget(input.value.url);
    await knownSurveys(siteId, input.value.surveyIds);
    const now = clock.now();
    const endpoint: WebhookEndpoint = {
      id: newId('wh'),
      siteId,
      url: input.value.url,
      events: input.value.events,
      surveyIds: input.value.surveyIds ?? null,
      buckets: input.value.buckets ?? null,
      format: input.value.format,
      secret: newWebhookSecret(),
      previousSecret: null,
      previousSecretUntil: null,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    await store.createWebhook(endpoint);
    return c.json(webhookJson(endpoint, { withSecret: true }), 201, {
      location: `/v1/webhooks/${endpoint.id}`,
    });
  });

  app.get('/webhooks/:id', async function getWebhook(c) {
    return c.json(webhookJson(await find(c.get('auth').siteId, c.req.param('id'))));
  });

  app.patch('/webhooks/:id', requireScope('write'), async function patchWebhook(c) {
    const existing = await find(c.get('auth').siteId, c.req.param('id'));
    const patch = validate(
      WebhookPatchSchema,
      await readJson(c, { allowTextPlain: false, maxBytes: MAX_WEBHOOK_BYTES }),
    );
    if (!patch.ok)
      throw new ApiError('invalid-body', 'the change is not valid', { issues: patch.issues });
    if (patch.value.url !== undefined) await safeTarget(patch.value.url);
    await knownSurveys(existing.siteId, patch.value.surveyIds);
    const updated: WebhookEndpoint = { ...existing, ...patch.value, updatedAt: clock.now() };
    await store.updateWebhook(updated);
    return c.json(webhookJson(updated));
  });

  app.delete('/webhooks/:id', requireScope('write'), async function deleteWebhook(c) {
    if (!(await store.deleteWebhook(c.get('auth').siteId, c.req.param('id'))))
      throw new ApiError('webhook-not-found', 'this site has no webhook with this id');
    return c.body(null, 204);
  });

  app.post('/webhooks/:id/rotate-secret', requireScope('write'), async function rotateSecret(c) {
    const existing = await find(c.get('auth').siteId, c.req.param('id'));
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
    return c.json(webhookJson(updated, { withSecret: true }));
  });

  app.get('/webhooks/:id/deliveries', async function listDeliveries(c) {
    const endpoint = await find(c.get('auth').siteId, c.req.param('id'));
    const query = validate(DeliveriesQuerySchema, c.req.query());
    if (!query.ok)
      throw new ApiError('invalid-query', 'the query is not valid', { issues: query.issues });
    const deliveries = await store.listDeliveries(endpoint.siteId, endpoint.id, query.value.limit);
    return c.json({
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
        nextAttemptAt: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
        createdAt: iso(d.createdAt),
      })),
    });
  });

  return app;
}
