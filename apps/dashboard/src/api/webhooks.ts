// Webhook endpoints through the API: list, add (secret shown once), rotate
// the signing secret (shown once), re-enable one marked failing, remove, and
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

/** An endpoint marked failing (its retries used up) delivers again. */
export function reactivateWebhook(api: ApiClient, id: string): Promise<Webhook> {
  return ok(
    api.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { status: 'active' } }),
  );
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
