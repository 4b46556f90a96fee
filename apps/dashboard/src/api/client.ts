// The only way the dashboard talks to the server: the public REST API with
// the secret key in the Authorization header — never in a URL, so it shows
// up in no log, history or Referer. Errors arrive as problem+json and become
// one ApiError carrying the status, the stable code and any field issues.
import type { FieldIssue } from '@koe/core';

export type Query = Record<string, string | number | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  send<T>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T>;
  /** A whole file (an export) as a Blob, fetched with the key in the header. */
  blob(path: string, query?: Query): Promise<Blob>;
}

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const problem = (await response.json()) as {
      code?: string;
      detail?: string;
      title?: string;
      issues?: FieldIssue[];
    };
    return new ApiError(
      response.status,
      problem.code ?? 'error',
      problem.detail ?? problem.title ?? response.statusText,
      problem.issues ?? [],
    );
  } catch {
    return new ApiError(response.status, 'error', response.statusText || `HTTP ${response.status}`);
  }
}

export function createApiClient(
  secretKey: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
  /** Called when the server no longer accepts the key (401): revoked while signed in. */
  onUnauthorized?: () => void,
): ApiClient {
  const authorization = `Bearer ${secretKey}`;

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetchFn(path, {
      ...init,
      credentials: 'omit',
      headers: { authorization, ...(init.headers as Record<string, string> | undefined) },
    });
    if (response.status === 401) onUnauthorized?.();
    if (!response.ok) throw await failure(response);
    return response;
  }

  return {
    async get(path, query, signal) {
      const response = await request(withQuery(path, query), signal ? { signal } : {});
      return response.json();
    },
    async send(method, path, body) {
      const response = await request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    async blob(path, query) {
      return (await request(withQuery(path, query))).blob();
    },
  };
}
