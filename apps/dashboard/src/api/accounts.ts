// One function per account endpoint: signing in and out, the member, their
// password, first-run setup, invitations, members, sites and the audit log.
import type {
  AuditEntry,
  components,
  Invitation,
  InvitationPreview,
  Me,
  Member,
  Role,
} from '@koe/client';
import { ok } from '@koe/client';
import { type ApiClient, ApiError } from './client';
import type { Site } from './types';

/** The signed-in member, or null when no session is open. */
export async function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me | null> {
  try {
    return await ok(api.GET('/v1/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(
  api: ApiClient,
  email: string,
  password: string,
  code?: string,
): Promise<void> {
  await ok(api.POST('/v1/session', { body: { email, password, ...(code && { code }) } }));
}

export function startTwoFactor(api: ApiClient, password: string) {
  return ok(api.POST('/v1/me/two-factor', { body: { password } }));
}

export async function confirmTwoFactor(api: ApiClient, code: string): Promise<string[]> {
  return (await ok(api.POST('/v1/me/two-factor/confirm', { body: { code } }))).recoveryCodes;
}

export async function disableTwoFactor(api: ApiClient, password: string): Promise<void> {
  await ok(api.POST('/v1/me/two-factor/disable', { body: { password } }));
}

export async function signOut(api: ApiClient): Promise<void> {
  await ok(api.DELETE('/v1/session'));
}

export async function signOutEverywhere(api: ApiClient): Promise<void> {
  await ok(api.DELETE('/v1/me/sessions'));
}

export async function changePassword(
  api: ApiClient,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await ok(api.POST('/v1/me/password', { body: { currentPassword, newPassword } }));
}

export interface NewOwner {
  token: string;
  email: string;
  name: string;
  password: string;
  organizationName: string;
}

export async function completeSetup(api: ApiClient, owner: NewOwner): Promise<void> {
  await ok(api.POST('/v1/setup', { body: owner }));
}

export function previewInvitation(api: ApiClient, token: string): Promise<InvitationPreview> {
  return ok(api.GET('/v1/invitations/{token}', { params: { path: { token } } }));
}

export async function acceptInvitation(api: ApiClient, token: string): Promise<void> {
  await ok(api.POST('/v1/invitations/{token}/accept', { params: { path: { token } } }));
}

export async function signUpWithInvitation(
  api: ApiClient,
  token: string,
  person: { email: string; name: string; password: string },
): Promise<void> {
  await ok(
    api.POST('/v1/invitations/{token}/sign-up', { params: { path: { token } }, body: person }),
  );
}

const org = (organizationId: string) => ({ params: { path: { organizationId } } });

export async function listMembers(api: ApiClient, organizationId: string): Promise<Member[]> {
  return (await ok(api.GET('/v1/organizations/{organizationId}/members', org(organizationId))))
    .data;
}

export function changeRole(
  api: ApiClient,
  organizationId: string,
  userId: string,
  role: Role,
): Promise<Member> {
  return ok(
    api.PATCH('/v1/organizations/{organizationId}/members/{userId}', {
      params: { path: { organizationId, userId } },
      body: { role },
    }),
  );
}

export async function removeMember(
  api: ApiClient,
  organizationId: string,
  userId: string,
): Promise<void> {
  await ok(
    api.DELETE('/v1/organizations/{organizationId}/members/{userId}', {
      params: { path: { organizationId, userId } },
    }),
  );
}

export function createInvitation(
  api: ApiClient,
  organizationId: string,
  input: { role: Role; email?: string },
): Promise<Invitation> {
  return ok(
    api.POST('/v1/organizations/{organizationId}/invitations', {
      ...org(organizationId),
      body: { ...input, expiresInDays: 7 },
    }),
  );
}

export async function listInvitations(
  api: ApiClient,
  organizationId: string,
): Promise<Invitation[]> {
  return (await ok(api.GET('/v1/organizations/{organizationId}/invitations', org(organizationId))))
    .data;
}

export async function deleteInvitation(
  api: ApiClient,
  organizationId: string,
  invitationId: string,
): Promise<void> {
  await ok(
    api.DELETE('/v1/organizations/{organizationId}/invitations/{invitationId}', {
      params: { path: { organizationId, invitationId } },
    }),
  );
}

export function createSite(
  api: ApiClient,
  organizationId: string,
  site: { name: string; origins: string[] },
): Promise<Site> {
  return ok(
    api.POST('/v1/organizations/{organizationId}/sites', { ...org(organizationId), body: site }),
  );
}

export function listAudit(
  api: ApiClient,
  organization: string,
  cursor?: string,
): Promise<{ data: AuditEntry[]; nextCursor: string | null }> {
  return ok(
    api.GET('/v1/audit-log', {
      params: { query: { organization, limit: 50, ...(cursor && { cursor }) } },
    }),
  );
}

export type SsoConnection = components['schemas']['SsoConnection'];

/** The organization's single sign-on, or null when none is set up. */
export async function getSso(
  api: ApiClient,
  organizationId: string,
): Promise<SsoConnection | null> {
  try {
    return await ok(api.GET('/v1/organizations/{organizationId}/sso', org(organizationId)));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function saveSso(
  api: ApiClient,
  organizationId: string,
  input: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    autoJoinDomain: string | null;
    autoJoinRole: Exclude<Role, 'owner'>;
  },
): Promise<SsoConnection> {
  return ok(
    api.PUT('/v1/organizations/{organizationId}/sso', { ...org(organizationId), body: input }),
  );
}

export async function deleteSso(api: ApiClient, organizationId: string): Promise<void> {
  await ok(api.DELETE('/v1/organizations/{organizationId}/sso', org(organizationId)));
}

export async function requestPasswordReset(api: ApiClient, email: string): Promise<void> {
  await ok(api.POST('/v1/password-reset', { body: { email } }));
}

export async function completePasswordReset(
  api: ApiClient,
  token: string,
  password: string,
): Promise<void> {
  await ok(api.POST('/v1/password-reset/complete', { body: { token, password } }));
}
