// One error type for every client-visible failure, rendered in one place as
// RFC 9457 problem+json. Codes are a closed set: clients may switch on
// `code` (or the equivalent `type` URI), which never changes meaning.
import type { FieldIssue } from '@koe/core';

export const PROBLEMS = {
  'invalid-body': { status: 400, title: 'The request body is not valid' },
  'invalid-json': { status: 400, title: 'The request body is not valid JSON' },
  'invalid-query': { status: 400, title: 'The query parameters are not valid' },
  unauthorized: { status: 401, title: 'A valid secret key is required' },
  'not-signed-in': { status: 401, title: 'Sign in first' },
  'sign-in-failed': { status: 401, title: 'The email or the password is wrong' },
  'two-factor-required': {
    status: 401,
    title: 'Send the one-time code of the authenticator app (or a recovery code)',
  },
  forbidden: { status: 403, title: 'This key or role may not do that' },
  'csrf-refused': {
    status: 403,
    title: "A signed-in change must come from koe's own pages with its CSRF token",
  },
  'site-required': { status: 400, title: 'Name the site in the Koe-Site header' },
  'setup-closed': { status: 403, title: 'The setup link is not valid (used, expired or wrong)' },
  'invitation-not-found': { status: 404, title: 'No such open invitation' },
  'member-not-found': { status: 404, title: 'No such member' },
  'last-owner': {
    status: 409,
    title: 'An organization keeps at least one owner',
  },
  'email-not-configured': {
    status: 409,
    title: 'This koe sends no email (KOE_SMTP_URL is not set); ask whoever runs it',
  },
  'reset-link-invalid': {
    status: 403,
    title: 'The password reset link is not valid (used, expired or wrong)',
  },
  'email-taken': { status: 409, title: 'An account with this email exists; sign in instead' },
  'origin-not-allowed': { status: 403, title: 'This page origin is not allowed for the site' },
  'site-not-found': { status: 404, title: 'No site has this key' },
  'survey-not-found': { status: 404, title: 'No such survey' },
  'response-not-found': { status: 404, title: 'No such response' },
  'webhook-not-found': { status: 404, title: 'No such webhook' },
  'alert-not-found': { status: 404, title: 'No such alert rule' },
  'too-many-alerts': { status: 409, title: 'The site has as many alert rules as it may' },
  'digest-not-found': { status: 404, title: 'No such digest' },
  'link-invalid': { status: 403, title: 'The personal link is not valid' },
  'link-expired': { status: 410, title: 'The personal link has expired' },
  'too-many-digests': { status: 409, title: 'The site has as many digests as it may' },
  'campaign-not-found': { status: 404, title: 'No such campaign' },
  'recipient-not-found': { status: 404, title: 'No such recipient' },
  'too-many-campaigns': { status: 409, title: 'The site has as many campaigns as it may' },
  'too-many-recipients': { status: 409, title: 'The recipient list would be longer than it may' },
  'key-not-found': { status: 404, title: 'No such secret key' },
  'webhook-target-forbidden': {
    status: 400,
    title: 'The webhook target is not allowed (private, loopback or not http(s))',
  },
  'not-found': { status: 404, title: 'No such resource' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'survey-not-active': { status: 409, title: 'The survey is not taking responses' },
  'last-write-key': {
    status: 409,
    title: "The site's last write key cannot be revoked (the site would be locked out)",
  },
  'response-conflict': {
    status: 409,
    title: 'The response is already finished with other answers',
  },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'server-busy': { status: 503, title: 'The server is busy; retry shortly' },
  'shutting-down': { status: 503, title: 'The server is restarting; retry shortly' },
  'storage-unavailable': { status: 503, title: 'The answer could not be stored; retry shortly' },
  internal: { status: 500, title: 'Internal server error' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export interface ProblemDetails {
  type: string;
  code: ProblemCode;
  title: string;
  status: number;
  detail?: string;
  issues?: FieldIssue[];
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { issues?: FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? PROBLEMS[code].title);
    this.status = PROBLEMS[code].status;
  }

  toProblem(requestId?: string): ProblemDetails {
    return {
      type: `urn:koe:problem:${this.code}`,
      code: this.code,
      title: PROBLEMS[this.code].title,
      status: this.status,
      ...(this.detail && { detail: this.detail }),
      ...(this.extra.issues && { issues: this.extra.issues }),
      ...(requestId && { requestId }),
    };
  }
}

export function problemResponse(
  error: ApiError,
  requestId?: string,
  headers: HeadersInit = {},
): Response {
  return new Response(JSON.stringify(error.toProblem(requestId)), {
    status: error.status,
    headers: {
      ...headers,
      // Every 401 names a way to authenticate (RFC 9110 §11.6.1): keys say Bearer themselves.
      ...(error.status === 401 && { 'www-authenticate': 'Cookie realm="koe"' }),
      ...error.extra.headers,
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}
