// The only way the dashboard talks to the server: the public REST API through
// @koe/client (types generated from the server's OpenAPI document), with the
// secret key in the Authorization header — never in a URL, so it shows up in
// no log, history or Referer. Refusals arrive as problem+json and become one
// ApiError carrying the status, the stable code and any field issues.
import { createKoeClient, KoeApiError, type KoeClient } from '@koe/client';

export type ApiClient = KoeClient;
export { KoeApiError as ApiError };

export function createApiClient(
  secretKey: string,
  fetchFn: (request: Request) => Promise<Response> = (request) => fetch(request),
  /** Called when the server no longer accepts the key (401): revoked while signed in. */
  onUnauthorized?: () => void,
): ApiClient {
  return createKoeClient({
    secretKey,
    fetch: fetchFn,
    credentials: 'omit',
    ...(onUnauthorized && { onUnauthorized }),
  });
}
