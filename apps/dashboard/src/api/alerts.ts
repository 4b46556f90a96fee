// Alert rules and scheduled digests through the API: list, add, pause and
// resume a rule, remove either, and a rule's latest alerts and all clears.
import { ok } from '@koe/client';
import type { ApiClient } from './client';
import type { AlertEvent, AlertRule, AlertRuleInput, Digest, DigestInput } from './types';

export async function listAlerts(api: ApiClient, signal?: AbortSignal): Promise<AlertRule[]> {
  return (await ok(api.GET('/v1/alerts', { signal }))).data;
}

export function createAlert(api: ApiClient, input: AlertRuleInput): Promise<AlertRule> {
  return ok(api.POST('/v1/alerts', { body: input }));
}

/** Paused: not evaluated. Resumed: starts from the latest window (the pause is not replayed). */
export function setAlertStatus(
  api: ApiClient,
  id: string,
  status: 'active' | 'paused',
): Promise<AlertRule> {
  return ok(api.PATCH('/v1/alerts/{id}', { params: { path: { id } }, body: { status } }));
}

export function deleteAlert(api: ApiClient, id: string): Promise<void> {
  return ok(api.DELETE('/v1/alerts/{id}', { params: { path: { id } } })).then(() => undefined);
}

export async function listAlertEvents(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<AlertEvent[]> {
  return (
    await ok(
      api.GET('/v1/alerts/{id}/events', {
        params: { path: { id }, query: { limit: 20 } },
        signal,
      }),
    )
  ).data;
}

export async function listDigests(api: ApiClient, signal?: AbortSignal): Promise<Digest[]> {
  return (await ok(api.GET('/v1/digests', { signal }))).data;
}

/** Refused with email-not-configured when the server sends no email. */
export function createDigest(api: ApiClient, input: DigestInput): Promise<Digest> {
  return ok(api.POST('/v1/digests', { body: input }));
}

export function deleteDigest(api: ApiClient, id: string): Promise<void> {
  return ok(api.DELETE('/v1/digests/{id}', { params: { path: { id } } })).then(() => undefined);
}
