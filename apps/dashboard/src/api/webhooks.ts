// Webhook endpoints through the API: list, add (secret shown once), rotate
// the signing secret (shown once), pause and resume (also one marked
// failing), remove, and
// each endpoint's delivery log.
import { ok } from '@koe/client';
import type { ApiClient } from './client';
import type { Webhook, WebhookDelivery, WebhookInput } from './types';

export async function listWebhooks(api: ApiClient, signal?: AbortSignal): Promise<Webhook[]> {
  return (await ok(api.GET('/v1/webhooks', { signal }))).data;
}

export function createWebhook(api: ApiClient, input: WebhookInput): Promise<Webhook> {
  return ok(api.POST('/v1/webhooks', { body: input }));
}

/**
 * Paused: nothing is sent, events wait. Active: sends again (the waiting
 * events first), also for an endpoint marked failing after its retries.
 */
export function setWebhookStatus(
  api: ApiClient,
  id: string,
  status: 'active' | 'paused',
): Promise<Webhook> {
  return ok(api.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { status } }));
}

export function rotateWebhookSecret(api: ApiClient, id: string): Promise<Webhook> {
  return ok(api.POST('/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } }));
}

export function deleteWebhook(api: ApiClient, id: string): Promise<void> {
  return ok(api.DELETE('/v1/webhooks/{id}', { params: { path: { id } } })).then(() => undefined);
}

export async function listDeliveries(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<WebhookDelivery[]> {
  return (
    await ok(
      api.GET('/v1/webhooks/{id}/deliveries', {
        params: { path: { id }, query: { limit: 20 } },
        signal,
      }),
    )
  ).data;
}
