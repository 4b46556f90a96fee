// The site's administration through the API: its name and allowed origins,
// where the widget has been seen (the install check) and its secret keys.
// Changing any of these needs a write key; the server decides, not the page.
import { ok } from '@koe/client';
import type { ApiClient } from './client';
import type { SecretKey, SecretKeyInput, Site, SiteInstall, SitePatch } from './types';

export function updateSite(api: ApiClient, patch: SitePatch): Promise<Site> {
  return ok(api.PATCH('/v1/site', { body: patch }));
}

export async function listInstalls(api: ApiClient, signal?: AbortSignal): Promise<SiteInstall[]> {
  return (await ok(api.GET('/v1/site/installs', { signal }))).data;
}

export async function listKeys(api: ApiClient, signal?: AbortSignal): Promise<SecretKey[]> {
  return (await ok(api.GET('/v1/keys', { signal }))).data;
}

/** The new key, with its secret: the only time the server shows it. */
export function createKey(api: ApiClient, input: SecretKeyInput): Promise<SecretKey> {
  return ok(api.POST('/v1/keys', { body: input }));
}

export function revokeKey(api: ApiClient, id: string): Promise<void> {
  return ok(api.DELETE('/v1/keys/{id}', { params: { path: { id } } })).then(() => undefined);
}
