// Declares an operation once. Its createRoute() config is both the OpenAPI
// document's entry and the source of everything that guards the handler:
// the secret key and its scope (from `security`), and the validation of the
// path, query and body with the very zod schemas the document shows. So the
// document, the checks and the handler's types cannot disagree.
//
// Why not @hono/zod-openapi's own validators: they parse JSON without a size
// limit, refuse text/plain bodies (the widget posts text/plain to avoid a
// CORS preflight) and format zod's issues their own way; koe's readJson and
// validate() give the problem+json answers the API has always given.
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { validate } from '@koe/core';
import type { MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { readJson } from '../middleware/read-json';
import { requireScope } from '../middleware/secret-key-auth';
import type { ProblemCase } from './problems';

export type ApiApp = OpenAPIHono<AppEnv>;

/** `security` of an operation anyone may call (the widget's, the document's). */
export const PUBLIC = { security: [] };
/** `security` of an operation for any secret key of the site. */
export const READ_KEY = { security: [{ secretKey: [] }] };
/** `security` of an operation that changes data: a secret key with the write scope. */
export const WRITE_KEY = { security: [{ secretKey: ['write'] }] };
/**
 * `security` of a site administration operation (origins, keys). A write key
 * today; the one line to change when user roles arrive and administering a
 * site becomes a role of its own.
 */
export const ADMIN_KEY = WRITE_KEY;

/** The problems every secret-key operation can give before its own checks. */
export function keyProblems(scope: 'read' | 'write'): ProblemCase[] {
  return [
    ['unauthorized', 'no `Authorization: Bearer sk_…` header, or the key is unknown or revoked'],
    [
      'forbidden',
      scope === 'write'
        ? 'the key has read scope (changes need a write key), or a publishable key was sent'
        : 'a publishable key was sent (publishable keys only send responses)',
    ],
    ['rate-limited', 'this client sent too many secret keys that are not valid; wait Retry-After'],
  ];
}

const DEFAULT_BODY_BYTES = 64 * 1024;

/** Hono's `:name` path syntax for an OpenAPI `{name}` template. */
const honoPath = (path: string) => path.replaceAll(/\{(\w+)\}/g, ':$1');

/** The query as hono's validator sees it: a repeated parameter becomes an array. */
function queryOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([name, values]) => [
      name,
      values.length === 1 ? (values[0] as string) : values,
    ]),
  );
}

function guardsOf(route: RouteConfig, secretKey: MiddlewareHandler<AppEnv>) {
  const requirement = route.security?.find((entry) => 'secretKey' in entry);
  if (!requirement) return [];
  return requirement.secretKey?.includes('write')
    ? [secretKey, requireScope('write')]
    : [secretKey];
}

function validatorsOf(route: RouteConfig, maxBodyBytes: number): MiddlewareHandler<AppEnv>[] {
  const validators: MiddlewareHandler<AppEnv>[] = [];
  const { params, query, body } = route.request ?? {};
  if (params) {
    const schema = params as ZodType;
    validators.push(async function validParams(c, next) {
      const result = validate(schema, c.req.param());
      // A path that names nothing that can exist is simply not found.
      if (!result.ok) throw new ApiError('not-found', 'no such resource');
      c.req.addValidatedData('param', result.value as object);
      await next();
    });
  }
  if (query) {
    const schema = query as ZodType;
    validators.push(async function validQuery(c, next) {
      const result = validate(schema, queryOf(c));
      if (!result.ok)
        throw new ApiError('invalid-query', 'the query is not valid', { issues: result.issues });
      c.req.addValidatedData('query', result.value as object);
      await next();
    });
  }
  const content = (body?.content ?? {}) as Record<string, { schema?: unknown }>;
  const jsonSchema = (content['application/json']?.schema ?? content['text/plain']?.schema) as
    | ZodType
    | undefined;
  if (jsonSchema) {
    const allowTextPlain = 'text/plain' in content;
    validators.push(async function validBody(c, next) {
      const result = validate(
        jsonSchema,
        await readJson(c, { allowTextPlain, maxBytes: maxBodyBytes }),
      );
      if (!result.ok)
        throw new ApiError('invalid-body', 'the body is not valid', { issues: result.issues });
      c.req.addValidatedData('json', result.value as object);
      await next();
    });
  }
  return validators;
}

export interface RouteOptions {
  /** Largest accepted body (default 64 KiB); more is 413 body-too-large. */
  maxBodyBytes?: number;
  /** Checks to run after the guards and before the body is read (e.g. a rate limit). */
  before?: MiddlewareHandler<AppEnv>[];
}

/**
 * Binds operations to an app: `const add = routeAdder(app, secretKey)`, then
 * `add(createRoute({...}), handler)` for each operation of the module.
 */
export function routeAdder(app: ApiApp, secretKey: MiddlewareHandler<AppEnv>) {
  return function addRoute<R extends RouteConfig>(
    route: R,
    handler: RouteHandler<R, AppEnv>,
    { maxBodyBytes = DEFAULT_BODY_BYTES, before = [] }: RouteOptions = {},
  ): void {
    app.openAPIRegistry.registerPath(route);
    app.on(
      [route.method.toUpperCase()],
      [honoPath(route.path)],
      ...guardsOf(route, secretKey),
      ...before,
      ...validatorsOf(route, maxBodyBytes),
      handler as unknown as MiddlewareHandler<AppEnv>,
    );
  };
}
