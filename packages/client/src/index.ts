// @koe/client: koe's REST API with types generated from its OpenAPI
// document (src/schema.d.ts), over openapi-fetch. Paths, parameters, bodies
// and answers are checked by the compiler against the document the server
// serves, so a client built on it cannot drift from the API.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { Readable } from 'openapi-typescript-helpers';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

// What the client's calls return: openapi-fetch passes answers through its
// Readable type, which (as of 0.17) turns a tuple such as ci95 into number[],
// so the named types below are read the same way and always match.
type Schemas = { [Name in keyof components['schemas']]: Readable<components['schemas'][Name]> };
export type Survey = Schemas['Survey'];
export type SurveyInput = components['schemas']['SurveyInput'];
export type SurveyPatch = components['schemas']['SurveyPatch'];
export type Metrics = Schemas['Metrics'];
export type SeriesPoint = Schemas['SeriesPoint'];
export type Segment = Schemas['Segment'];
export type PreviousPeriod = Schemas['PreviousPeriod'];
export type StoredResponse = Schemas['Response'];
export type Site = Schemas['Site'];
export type Webhook = Schemas['Webhook'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type Problem = Schemas['Problem'];
export type Reasons = Schemas['Reasons'];
export type ReasonAnalysis = Schemas['ReasonAnalysis'];
export type Themes = Schemas['Themes'];
export type ThemeTerm = Schemas['ThemeTerm'];
export type AtRiskPage = Schemas['AtRiskPage'];
export type AtRiskRespondent = Schemas['AtRiskRespondent'];
export type Me = Schemas['Me'];
export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type InvitationPreview = Schemas['InvitationPreview'];
export type AuditEntry = Schemas['AuditEntry'];
export type Role = Schemas['Role'];
export type MetricsQuery = NonNullable<operations['getMetrics']['parameters']['query']>;
export type ResponsesQuery = NonNullable<operations['listResponses']['parameters']['query']>;

export type KoeClient = Client<paths>;

export interface KoeClientOptions extends Omit<ClientOptions, 'headers'> {
  /** A secret key (sk_…), sent as `Authorization: Bearer …` on every request. */
  secretKey?: string;
  /**
   * Headers set on every request. A member's session (the cookie, sent with
   * `credentials: 'same-origin'`) also needs `koe-site` on site operations and
   * `x-csrf-token` on changes (GET /v1/me's csrfToken).
   */
  headers?: Record<string, string>;
  /** Called on any 401: the key was revoked or is unknown, or the session ended. */
  onUnauthorized?: () => void;
}

/**
 * A client for one koe server:
 * `const koe = createKoeClient({ baseUrl: 'https://feedback.example.com', secretKey })`,
 * then `await koe.GET('/v1/surveys/{id}/metrics', { params: { path: { id }, query } })`.
 */
export function createKoeClient({
  secretKey,
  headers = {},
  onUnauthorized,
  ...options
}: KoeClientOptions = {}): KoeClient {
  const client = createClient<paths>(options);
  client.use({
    onRequest({ request }) {
      if (secretKey) request.headers.set('authorization', `Bearer ${secretKey}`);
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized?.();
      return response;
    },
  });
  return client;
}

/** A refusal from the API: its status, stable problem code and field issues. */
export class KoeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'KoeApiError';
  }
}

/**
 * The data of an openapi-fetch result, or a KoeApiError built from the
 * problem+json the server sent: `const survey = await ok(koe.GET(...))`.
 */
export async function ok<T>(
  result: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await result;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as Partial<Problem>;
  throw new KoeApiError(
    response.status,
    problem.code ?? 'error',
    problem.detail ?? problem.title ?? (response.statusText || `HTTP ${response.status}`),
    problem.issues ?? [],
  );
}
