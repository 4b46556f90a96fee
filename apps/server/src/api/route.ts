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
import { type ZodType, z } from 'zod';
import { PERMISSIONS, type Permission } from '../accounts/permissions';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { readJson } from '../middleware/read-json';
import { requireMember, requireSiteAccess, SITE_HEADER } from '../middleware/session-auth';
import type { ProblemCase } from './problems';

export type ApiApp = OpenAPIHono<AppEnv>;

/** `security` of an operation anyone may call (the widget's, the document's). */
export const PUBLIC = { security: [] };

/** Which permission each declared `security` stands for (the guard reads it back). */
const permissionOf = new WeakMap<object, Permission>();

/**
 * `security` of an operation that needs a permission (accounts/permissions.ts):
 * a secret key with the scope that grants it (when keys may), or a member's
 * session whose role grants it. The document shows both, with the role.
 */
function access(permission: Permission) {
  const { keyScope, minRole } = PERMISSIONS[permission];
  const security: Array<Record<string, string[]>> = [
    ...(keyScope ? [{ secretKey: keyScope === 'write' ? ['write'] : [] }] : []),
    { session: [minRole] },
  ];
  permissionOf.set(security, permission);
  return { security };
}

/** Reading a site's data: any secret key of the site, or any member (viewer up). */
export const READ = access('read');
/** Surveys: a write key, or an editor. */
export const EDIT_SURVEYS = access('edit-surveys');
/** Alert rules: a write key, or an editor. */
export const MANAGE_ALERTS = access('manage-alerts');
/** Survey emails and their recipients' addresses: a write key, or an editor. */
export const MANAGE_CAMPAIGNS = access('manage-campaigns');
/** The site's settings, keys, webhooks, erasure: a write key, or an admin. */
export const ADMINISTER = access('administer-site');
/**
 * A signed-in member's own operations (their account, their organizations);
 * what they may do in an organization is checked by the handler against the
 * organization in the path (accounts/organization-access.ts).
 */
export const MEMBER = { security: [{ session: [] }] };
export const OWNER = access('manage-members');
/** An organization's admins (new sites): members only, checked against the path's organization. */
export const ORGANIZATION_ADMIN = { security: [{ session: ['admin'] }] };
export const AUDITOR = access('read-audit-log');

/** The problems every secret-key or session operation can give before its own checks. */
export function keyProblems(scope: 'read' | 'write'): ProblemCase[] {
  return [
    [
      'unauthorized',
      'no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked',
    ],
    ['not-signed-in', "the session cookie's session ended (signed out, expired)"],
    ['site-required', 'a session cookie without the Koe-Site header'],
    ['site-not-found', "Koe-Site names no site of the member's organizations"],
    [
      'forbidden',
      scope === 'write'
        ? "the key has read scope, a publishable key was sent, or the member's role does not allow it"
        : 'a publishable key was sent (publishable keys only send responses)',
    ],
    ['csrf-refused', 'a session-cookie change from another origin or without X-CSRF-Token'],
    ['rate-limited', 'this client sent too many secret keys that are not valid; wait Retry-After'],
  ];
}

/** The problems of a member-only operation before its own checks (CSRF: changes only). */
export function memberProblems({ change }: { change: boolean }): ProblemCase[] {
  return [
    ['not-signed-in', 'no session cookie, or its session ended'],
    ...(change
      ? [['csrf-refused', 'a change from another origin or without X-CSRF-Token'] as const]
      : []),
  ];
}

/** A JSON content entry of a declaration: `content: json(Schema)`. */
export const json = <T>(schema: T) => ({ 'application/json': { schema } });
/** A required JSON body of a declaration: `request: bodyOf(Schema)`. */
export const bodyOf = <T>(schema: T) => ({ body: { required: true, content: json(schema) } });

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

type GuardServices = Pick<Services, 'store' | 'clock' | 'config' | 'secretKey'>;

function guardsOf(route: RouteConfig, services: GuardServices): MiddlewareHandler<AppEnv>[] {
  const security = route.security;
  if (!security || security.length === 0) return [];
  const permission = permissionOf.get(security);
  if (permission && PERMISSIONS[permission].keyScope !== null)
    return [requireSiteAccess(services, permission)];
  return [requireMember(services)];
}

/** A site-scoped operation documents the Koe-Site header members send. */
function withSiteHeader<R extends RouteConfig>(route: R): R {
  const permission = route.security && permissionOf.get(route.security);
  if (!permission || PERMISSIONS[permission].keyScope === null) return route;
  return {
    ...route,
    request: {
      ...route.request,
      headers: z.object({
        [SITE_HEADER]: z.string().optional().meta({
          description:
            'With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site.',
        }),
      }),
    },
  };
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
 * Binds operations to an app: `const add = routeAdder(app, services)`, then
 * `add(createRoute({...}), handler)` for each operation of the module.
 */
export function routeAdder(app: ApiApp, services: GuardServices) {
  return function addRoute<R extends RouteConfig>(
    route: R,
    handler: RouteHandler<R, AppEnv>,
    { maxBodyBytes = DEFAULT_BODY_BYTES, before = [] }: RouteOptions = {},
  ): void {
    app.openAPIRegistry.registerPath(withSiteHeader(route));
    app.on(
      [route.method.toUpperCase()],
      [honoPath(route.path)],
      ...guardsOf(route, services),
      ...before,
      ...validatorsOf(route, maxBodyBytes),
      handler as unknown as MiddlewareHandler<AppEnv>,
    );
  };
}
