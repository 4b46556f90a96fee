// The only way the dashboard talks to the server: the public REST API through
// @koe/client (types generated from the server's OpenAPI document), as the
// signed-in member. The session is an HttpOnly cookie this code never sees;
// each request names the site it is about (Koe-Site) and carries the CSRF
// token GET /v1/me gave (X-CSRF-Token). No secret key exists in the browser.
// Refusals arrive as problem+json and become one ApiError carrying the
// status, the stable code and any field issues.
import { createKoeClient, KoeApiError, type KoeClient } from '@koe/client';

export type ApiClient = KoeClient;
export { KoeApiError as ApiError };

export interface MemberClientOptions {
  /** The site site operations are about (Koe-Site). */
  siteId?: string;
  /** GET /v1/me's csrfToken, for changes. */
  csrfToken?: string;
  /** The fetch used (tests route it to an in-process server). */
  fetch?: (request: Request) => Promise<Response>;
  /** Called when the server answers 401: the session ended while signed in. */
  onUnauthorized?: () => void;
}

export function createApiClient({
  siteId,
  csrfToken,
  fetch: fetchFn = (request) => fetch(request),
  onUnauthorized,
}: MemberClientOptions = {}): ApiClient {
  return createKoeClient({
    fetch: fetchFn,
    credentials: 'same-origin',
    headers: {
      ...(siteId && { 'koe-site': siteId }),
      ...(csrfToken && { 'x-csrf-token': csrfToken }),
    },
    ...(onUnauthorized && { onUnauthorized }),
  });
}
