// Single sign-on: an owner connects the organization's OpenID Connect
// provider (read, replaced, removed); members sign in at
// /v1/sso/{organization}/start, and the provider sends them back to
// …/callback (accounts/sso.ts checks the flow and picks the account).
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SsoConnectionInputSchema, SsoConnectionSchema } from '@koe/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { requireOrganizationPermission } from '../accounts/organization-access';
import { discover, finishSso, ssoPaths, startSso } from '../accounts/sso';
import { BODY_PROBLEMS, problems } from '../api/problems';
import { json, memberProblems, OWNER, PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import type { SsoConnection } from '../store/account-types';
import { idParam } from './organizations';

const OrganizationParams = z.object({ organizationId: idParam() });
const redirect = (description: string) => ({
  description,
  headers: {
    location: { description: 'where the browser goes next', schema: { type: 'string' as const } },
  },
});

const ownerProblems = (change: boolean) => [
  ['not-found', 'no such organization among the member’s, or no single sign-on set up'] as const,
  ['forbidden', 'only owners manage single sign-on'] as const,
  ...memberProblems({ change }),
];

const getSso = createRoute({
  method: 'get',
  path: '/organizations/{organizationId}/sso',
  operationId: 'getSso',
  tags: ['accounts'],
  summary: "The organization's single sign-on (owners)",
  description:
    'The provider, the auto-join rule, the sign-in link to share and the redirect URI to register; never the client secret.',
  ...OWNER,
  request: { params: OrganizationParams },
  responses: {
    200: { description: 'the connection', content: json(SsoConnectionSchema) },
    ...problems(...ownerProblems(false)),
  },
});

const putSso = createRoute({
  method: 'put',
  path: '/organizations/{organizationId}/sso',
  operationId: 'setSso',
  tags: ['accounts'],
  summary: 'Connect an OpenID Connect provider (owners)',
  description:
    "Google Workspace, Entra ID, Okta, Keycloak…: the issuer URL, and the client id and secret of a client registered there with the redirect URI this answer names. The provider's discovery document is read before saving, so a wrong issuer is refused now, not at the first sign-in. With `autoJoinDomain`, a new person whose verified email is at that domain joins at `autoJoinRole` on their first sign-in; without it only people linked before sign in.",
  ...OWNER,
  request: {
    params: OrganizationParams,
    body: { required: true, content: json(SsoConnectionInputSchema) },
  },
  responses: {
    200: { description: 'saved', content: json(SsoConnectionSchema) },
    ...problems(
      [
        'invalid-body',
        'a field is not valid, or the issuer has no discovery document koe can read',
      ],
      ...BODY_PROBLEMS,
      ...ownerProblems(true),
    ),
  },
});

const deleteSso = createRoute({
  method: 'delete',
  path: '/organizations/{organizationId}/sso',
  operationId: 'deleteSso',
  tags: ['accounts'],
  summary: 'Disconnect the provider (owners)',
  description: 'Sign-in through the provider stops at once; sessions it opened run to their end.',
  ...OWNER,
  request: { params: OrganizationParams },
  responses: { 204: { description: 'removed' }, ...problems(...ownerProblems(true)) },
});

const startRoute = createRoute({
  method: 'get',
  path: '/sso/{organizationId}/start',
  operationId: 'startSso',
  tags: ['accounts'],
  summary: "Sign in through the organization's provider",
  description:
    'Sends the browser to the provider (authorization code flow with PKCE, state and nonce); the flow lasts 10 minutes.',
  ...PUBLIC,
  request: { params: OrganizationParams },
  responses: {
    302: redirect(
      "to the provider's sign-in, or back to /app?sso_error=provider when it cannot be reached",
    ),
    ...problems(['not-found', 'the organization has no single sign-on']),
  },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/sso/{organizationId}/callback',
  operationId: 'finishSso',
  tags: ['accounts'],
  summary: 'Where the provider sends the browser back',
  description:
    'Checks the flow (state, PKCE, nonce, the ID token: signature, issuer, audience, expiry), signs the member in and goes to /app; any refusal goes to /app?sso_error=state|code|token|provider|email|account-exists|not-member instead, and signs nobody in.',
  ...PUBLIC,
  request: { params: OrganizationParams },
  responses: {
    302: redirect('to /app, signed in; or to /app?sso_error=… when refused'),
  },
});

function connectionJson(c: Context, config: Services['config'], connection: SsoConnection) {
  const base = config.publicUrl ?? new URL(c.req.url).origin;
  const paths = ssoPaths(connection.organizationId);
  return {
    issuer: connection.issuer,
    clientId: connection.clientId,
    autoJoinDomain: connection.autoJoinDomain,
    autoJoinRole: connection.autoJoinRole,
    signInUrl: new URL(paths.start, base).href,
    redirectUri: new URL(paths.callback, base).href,
    updatedAt: new Date(connection.updatedAt).toISOString(),
  };
}

export function ssoRoutes(services: Services) {
  const { store, clock, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  async function find(organizationId: string): Promise<SsoConnection> {
    const connection = await store.accounts.getSsoConnection(organizationId);
    if (!connection) throw new ApiError('not-found', 'no single sign-on set up');
    return connection;
  }

  add(getSso, async function getSsoHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    return c.json(connectionJson(c, config, await find(organizationId)), 200);
  });

  add(putSso, async function setSsoHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    const input = c.req.valid('json');
    const connection: SsoConnection = { organizationId, ...input, updatedAt: clock.now() };
    await discover(connection).catch((error: unknown) => {
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'invalid-body',
        `no OpenID Connect discovery document at ${input.issuer}: ${(error as Error).message}`,
      );
    });
    await store.accounts.saveSsoConnection(connection);
    await audit(services, c, {
      action: 'sso.saved',
      organizationId,
      details: {
        issuer: input.issuer,
        clientId: input.clientId,
        autoJoinDomain: input.autoJoinDomain,
        autoJoinRole: input.autoJoinRole,
      },
    });
    return c.json(connectionJson(c, config, connection), 200);
  });

  add(deleteSso, async function deleteSsoHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    if (!(await store.accounts.deleteSsoConnection(organizationId)))
      throw new ApiError('not-found', 'no single sign-on set up');
    await audit(services, c, { action: 'sso.removed', organizationId });
    return c.body(null, 204);
  });

  add(startRoute, async function startSsoHandler(c) {
    return startSso(services, c, c.req.valid('param').organizationId) as never;
  });

  add(callbackRoute, async function finishSsoHandler(c) {
    return finishSso(services, c, c.req.valid('param').organizationId) as never;
  });

  return app;
}
