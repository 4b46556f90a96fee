// An organization's members and invitations (owners), accepting an
// invitation (anyone holding its link), and the audit log (admins). Another
// organization's anything answers 404, like one that does not exist.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  AcceptInvitationSchema,
  AuditEntrySchema,
  decodeCursor,
  encodeCursor,
  InvitationInputSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  MemberPatchSchema,
  MemberSchema,
  SiteInputSchema,
  SiteSchema,
} from '@koe/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit, recordAudit } from '../accounts/audit';
import { createInvitation, invitationPath, openInvitation } from '../accounts/invitations';
import { linkMail } from '../accounts/mailer';
import { requireOrganizationPermission } from '../accounts/organization-access';
import { hashPassword } from '../accounts/passwords';
import { hashToken, isHttps, writeSessionCookie } from '../accounts/session-tokens';
import { startSession } from '../accounts/sessions';
import { createSiteWithoutKey, siteJson } from '../admin';
import { BODY_PROBLEMS, problems } from '../api/problems';
import {
  AUDITOR,
  bodyOf,
  json,
  MEMBER,
  memberProblems,
  ORGANIZATION_ADMIN,
  OWNER,
  PUBLIC,
  routeAdder,
} from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import { fromOwnOrigin } from '../middleware/session-auth';
import { emailKey, isUniqueViolation } from '../store/account-rows';
import type { Invitation, Member } from '../store/account-types';

const iso = (ms: number) => new Date(ms).toISOString();

/** ids (org_…, usr_…, inv_…) and tokens are letters, digits, _ and -: anything else names nothing. */
export const idParam = () => z.string().regex(/^[\w-]{1,64}$/);
const OrganizationParams = z.object({ organizationId: idParam() });
const MemberParams = OrganizationParams.extend({ userId: idParam() });
const InvitationParams = OrganizationParams.extend({ invitationId: idParam() });
const TokenParams = z.object({ token: z.string().regex(/^[\w-]{1,100}$/) });

const orgProblems = ({ change, forbidden = true }: { change: boolean; forbidden?: boolean }) => [
  ['not-found', 'no such organization among the member’s'] as const,
  ...(forbidden
    ? [['forbidden', 'the member’s role in the organization may not do this'] as const]
    : []),
  ...memberProblems({ change }),
];

const listMembers = createRoute({
  method: 'get',
  path: '/organizations/{organizationId}/members',
  operationId: 'listMembers',
  tags: ['accounts'],
  summary: "The organization's members and roles",
  description: 'Any member may see who else is in the organization.',
  ...MEMBER,
  request: { params: OrganizationParams },
  responses: {
    200: { description: 'the members', content: json(z.object({ data: z.array(MemberSchema) })) },
    ...problems(...orgProblems({ change: false, forbidden: false })),
  },
});

const patchMember = createRoute({
  method: 'patch',
  path: '/organizations/{organizationId}/members/{userId}',
  operationId: 'changeMemberRole',
  tags: ['accounts'],
  summary: "Change a member's role (owners)",
  description:
    'Owners only. The last owner cannot be made anything else: make another member owner first.',
  ...OWNER,
  request: { params: MemberParams, ...bodyOf(MemberPatchSchema) },
  responses: {
    200: { description: 'the member with the new role', content: json(MemberSchema) },
    ...problems(
      ['invalid-body', 'role is not owner, admin, editor or viewer'],
      ...BODY_PROBLEMS,
      'member-not-found',
      ['last-owner', "the member is the organization's only owner"],
      ...orgProblems({ change: true }),
    ),
  },
});

const removeMember = createRoute({
  method: 'delete',
  path: '/organizations/{organizationId}/members/{userId}',
  operationId: 'removeMember',
  tags: ['accounts'],
  summary: 'Remove a member (owners; anyone may leave)',
  description:
    'Owners remove anyone; any member may remove themselves (leave). The last owner can do neither.',
  ...MEMBER,
  request: { params: MemberParams },
  responses: {
    204: { description: 'removed' },
    ...problems(
      'member-not-found',
      ['last-owner', 'the only owner cannot leave'],
      ...orgProblems({ change: true }),
    ),
  },
});

const createInvitationRoute = createRoute({
  method: 'post',
  path: '/organizations/{organizationId}/invitations',
  operationId: 'createInvitation',
  tags: ['accounts'],
  summary: 'Invite someone (owners): a link, shown once',
  description:
    'The answer carries the `url` to hand over; only its hash is kept. It works once, until it expires (7 days unless `expiresInDays`). With an `email`, only an account with that email can accept it.',
  ...OWNER,
  request: { params: OrganizationParams, ...bodyOf(InvitationInputSchema) },
  responses: {
    201: { description: 'the invitation with its url', content: json(InvitationSchema) },
    ...problems(
      ['invalid-body', 'role or email not valid, expiresInDays outside 1–30'],
      ...BODY_PROBLEMS,
      ...orgProblems({ change: true }),
    ),
  },
});

const listInvitations = createRoute({
  method: 'get',
  path: '/organizations/{organizationId}/invitations',
  operationId: 'listInvitations',
  tags: ['accounts'],
  summary: 'Invitations not yet accepted (owners)',
  description: 'Newest first, expired ones included until withdrawn; links are never shown again.',
  ...OWNER,
  request: { params: OrganizationParams },
  responses: {
    200: {
      description: 'open and expired invitations, newest first (never their links)',
      content: json(z.object({ data: z.array(InvitationSchema) })),
    },
    ...problems(...orgProblems({ change: false })),
  },
});

const deleteInvitation = createRoute({
  method: 'delete',
  path: '/organizations/{organizationId}/invitations/{invitationId}',
  operationId: 'deleteInvitation',
  tags: ['accounts'],
  summary: 'Withdraw an invitation (owners)',
  description: 'Its link stops working at once.',
  ...OWNER,
  request: { params: InvitationParams },
  responses: {
    204: { description: 'withdrawn: its link no longer works' },
    ...problems('invitation-not-found', ...orgProblems({ change: true })),
  },
});

const previewInvitation = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  operationId: 'previewInvitation',
  tags: ['accounts'],
  summary: 'What an invitation link offers (the accept page)',
  description:
    'Anyone holding the link may see the organization, the role and the email it is for; nothing else.',
  ...PUBLIC,
  request: { params: TokenParams },
  responses: {
    200: { description: 'the organization and role', content: json(InvitationPreviewSchema) },
    ...problems(['invitation-not-found', 'the link is wrong, used, withdrawn or expired']),
  },
});

const acceptInvitation = createRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  operationId: 'acceptInvitation',
  tags: ['accounts'],
  summary: 'Join with the signed-in account',
  description:
    'The invitation joins the account of the session; an invitation naming an email needs an account with that email.',
  ...MEMBER,
  request: { params: TokenParams },
  responses: {
    204: { description: 'joined (a higher role already held is kept)' },
    ...problems(
      ['invitation-not-found', 'the link is wrong, used, withdrawn or expired'],
      ['forbidden', "the invitation names another email than the account's"],
      ...memberProblems({ change: true }),
    ),
  },
});

const signUpWithInvitation = createRoute({
  method: 'post',
  path: '/invitations/{token}/sign-up',
  operationId: 'signUpWithInvitation',
  tags: ['accounts'],
  summary: 'Join as a new account (and be signed in)',
  description:
    'Creates the account (password rules as everywhere: 8 to 256 characters), joins it to the organization with the invited role and signs it in.',
  ...PUBLIC,
  request: { params: TokenParams, ...bodyOf(AcceptInvitationSchema) },
  responses: {
    204: { description: 'the account exists, joined and signed in' },
    ...problems(
      ['invalid-body', 'email, name or password not valid (`issues`)'],
      ...BODY_PROBLEMS,
      ['invitation-not-found', 'the link is wrong, used, withdrawn or expired'],
      ['forbidden', 'the invitation names another email'],
      ['email-taken', 'that email has an account: sign in, then accept'],
      ['csrf-refused', 'the request came from a page on another origin'],
    ),
  },
});

const createSiteRoute = createRoute({
  method: 'post',
  path: '/organizations/{organizationId}/sites',
  operationId: 'createSite',
  tags: ['accounts'],
  summary: 'Add a site to the organization (admins)',
  description:
    'A site is one place the widget runs (a shop, an app) with its allowed page origins. The answer carries its publishable key for the snippet. Secret keys for the REST API are made afterwards (POST /v1/keys), by an admin who chooses their scope.',
  ...ORGANIZATION_ADMIN,
  request: { params: OrganizationParams, ...bodyOf(SiteInputSchema) },
  responses: {
    201: { description: 'the new site', content: json(SiteSchema) },
    ...problems(
      ['invalid-body', 'the name is empty or an origin is not one (`issues` names each)'],
      ...BODY_PROBLEMS,
      ...orgProblems({ change: true }),
    ),
  },
});

const AuditQuery = z.object({
  organization: idParam().describe('the organization (org_…)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

const listAudit = createRoute({
  method: 'get',
  path: '/audit-log',
  operationId: 'listAuditLog',
  tags: ['accounts'],
  summary: 'Who did what and when (admins), newest first',
  description:
    'Sign-ins, member and role changes, invitations, key creation and revocation, survey changes, webhook changes, erasures and exports. Kept 400 days unless configured otherwise (KOE_AUDIT_RETENTION_DAYS).',
  ...AUDITOR,
  request: { query: AuditQuery },
  responses: {
    200: {
      description: 'a page of entries',
      content: json(
        z.object({ data: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }),
      ),
    },
    ...problems(
      ['invalid-query', 'organization missing, limit outside 1–500 or a bad cursor'],
      ...orgProblems({ change: false }),
    ),
  },
});

function memberJsonOf(member: Member) {
  return {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    joinedAt: iso(member.joinedAt),
  };
}

function invitationJson(invitation: Invitation, url?: string) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    createdAt: iso(invitation.createdAt),
    expiresAt: iso(invitation.expiresAt),
    ...(url !== undefined && { url }),
  };
}

export function organizationRoutes(services: Services) {
  const { store, clock, config } = services;
  const accounts = store.accounts;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  /** The link's absolute URL: the public URL when configured, else this request's origin. */
  const linkFor = (c: Context<AppEnv>, path: string) =>
    new URL(path, config.publicUrl ?? new URL(c.req.url).origin).toString();

  async function memberJson(organizationId: string, userId: string) {
    const member = (await accounts.listMembers(organizationId)).find((m) => m.id === userId);
    if (!member) throw new ApiError('member-not-found');
    return memberJsonOf(member);
  }

  add(listMembers, async function listMembers(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'read');
    const members = await accounts.listMembers(organizationId);
    return c.json({ data: members.map(memberJsonOf) }, 200);
  });

  add(patchMember, async function changeMemberRole(c) {
    const { organizationId, userId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    const { role } = c.req.valid('json');
    const before = await accounts.roleOf(userId, organizationId);
    const outcome = await accounts.setRole(organizationId, userId, role);
    if (outcome === 'not-found') throw new ApiError('member-not-found');
    if (outcome === 'last-owner')
      throw new ApiError('last-owner', 'make another member owner first');
    // An owner no more: the invitations they made could bring them (or anyone) back.
    if (before === 'owner' && role !== 'owner')
      await accounts.deleteInvitationsBy(organizationId, userId);
    const member = await memberJson(organizationId, userId);
    await audit(services, c, {
      action: 'member.role-changed',
      organizationId,
      target: member.email,
      details: { from: before, to: role },
    });
    return c.json(member, 200);
  });

  add(removeMember, async function removeMember(c) {
    const { organizationId, userId } = c.req.valid('param');
    const leaving = userId === c.get('member').user.id;
    await requireOrganizationPermission(
      store,
      c,
      organizationId,
      leaving ? 'read' : 'manage-members',
    );
    const member = await memberJson(organizationId, userId);
    const outcome = await accounts.removeMember(organizationId, userId);
    if (outcome === 'not-found') throw new ApiError('member-not-found');
    if (outcome === 'last-owner')
      throw new ApiError('last-owner', 'make another member owner first');
    await accounts.deleteInvitationsBy(organizationId, userId);
    await audit(services, c, {
      action: leaving ? 'member.left' : 'member.removed',
      organizationId,
      target: member.email,
      details: { role: member.role },
    });
    return c.body(null, 204);
  });

  add(createInvitationRoute, async function createInvitationHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    const { email, role, expiresInDays } = c.req.valid('json');
    const { invitation, token } = await createInvitation(store, clock, {
      organizationId,
      email: email ?? null,
      role,
      expiresInDays,
      createdBy: c.get('member').user.id,
    });
    const url = linkFor(c, invitationPath(token));
    let emailed = false;
    // Emailed only with KOE_PUBLIC_URL: a link from the request's Host could point anywhere.
    if (email && services.mailer && config.publicUrl) {
      const organization = await accounts.getOrganization(organizationId);
      const inviter = c.get('member').user;
      // The invitation stands even when the mail server refuses: the link is in the answer.
      emailed = await services.mailer
        .send(
          linkMail(
            email,
            `${inviter.name} invites you to ${organization?.name ?? 'koe'}`,
            [
              `${inviter.name} (${inviter.email}) invites you to join ${organization?.name ?? 'their organization'} on koe as ${role}.`,
              `The link works once and expires in ${expiresInDays} days.`,
            ],
            { label: 'Join', url },
          ),
        )
        .then(
          () => true,
          (error: unknown) => {
            services.log.warn({ err: error }, 'could not send an invitation email');
            return false;
          },
        );
    }
    await audit(services, c, {
      action: 'invitation.created',
      organizationId,
      target: email ?? null,
      details: { role, invitationId: invitation.id, emailed },
    });
    return c.json({ ...invitationJson(invitation, url), emailed }, 201);
  });

  add(listInvitations, async function listInvitationsHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    const invitations = await accounts.listInvitations(organizationId);
    return c.json({ data: invitations.map((i) => invitationJson(i)) }, 200);
  });

  add(deleteInvitation, async function deleteInvitationHandler(c) {
    const { organizationId, invitationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'manage-members');
    if (!(await accounts.deleteInvitation(organizationId, invitationId)))
      throw new ApiError('invitation-not-found');
    await audit(services, c, {
      action: 'invitation.withdrawn',
      organizationId,
      details: { invitationId },
    });
    return c.body(null, 204);
  });

  async function openOrRefuse(token: string): Promise<Invitation> {
    const invitation = await openInvitation(store, clock, token);
    if (!invitation)
      throw new ApiError('invitation-not-found', 'the link is wrong, used, withdrawn or expired');
    return invitation;
  }

  function checkEmail(invitation: Invitation, email: string): void {
    if (invitation.email !== null && emailKey(invitation.email) !== emailKey(email))
      throw new ApiError('forbidden', `this invitation is for ${invitation.email}`);
  }

  add(previewInvitation, async function previewInvitation(c) {
    const invitation = await openOrRefuse(c.req.valid('param').token);
    const organization = await accounts.getOrganization(invitation.organizationId);
    return c.json(
      {
        organization: organization?.name ?? '',
        role: invitation.role,
        email: invitation.email,
        expiresAt: iso(invitation.expiresAt),
      },
      200,
    );
  });

  add(acceptInvitation, async function acceptInvitationHandler(c) {
    const { token } = c.req.valid('param');
    const { user } = c.get('member');
    const invitation = await openOrRefuse(token);
    checkEmail(invitation, user.email);
    const accepted = await accounts.acceptInvitation(hashToken(token), user.id, clock.now());
    if (!accepted) throw new ApiError('invitation-not-found', 'the invitation was just used');
    await recordAudit(
      services,
      { actor: `user:${user.id}`, actorLabel: user.email },
      {
        action: 'invitation.accepted',
        organizationId: accepted.organizationId,
        details: { role: accepted.role, invitationId: accepted.id },
      },
    );
    return c.body(null, 204);
  });

  add(signUpWithInvitation, async function signUpWithInvitation(c) {
    if (!fromOwnOrigin(c, config.publicUrl))
      throw new ApiError('csrf-refused', 'join from koe itself');
    const { token } = c.req.valid('param');
    const { email, name, password } = c.req.valid('json');
    const invitation = await openOrRefuse(token);
    checkEmail(invitation, email);
    if (await accounts.findUserByEmail(email))
      throw new ApiError('email-taken', 'sign in with that account, then open the link again');
    const now = clock.now();
    const userId = newId('usr');
    await accounts
      .createUser({
        id: userId,
        email,
        name,
        passwordHash: await hashPassword(password),
        createdAt: now,
        passwordChangedAt: now,
      })
      .catch((error: unknown) => {
        // Another sign-up with this email won the race since the check above.
        if (isUniqueViolation(error))
          throw new ApiError('email-taken', 'sign in with that account, then open the link again');
        throw error;
      });
    const accepted = await accounts.acceptInvitation(hashToken(token), userId, now);
    if (!accepted) throw new ApiError('invitation-not-found', 'the invitation was just used');
    const { token: sessionToken } = await startSession(accounts, clock, userId, config.sessions);
    writeSessionCookie(c, sessionToken, {
      https: isHttps(c, config.publicUrl),
      maxAgeSeconds: Math.floor(config.sessions.absoluteMs / 1000),
    });
    await recordAudit(
      services,
      { actor: `user:${userId}`, actorLabel: email },
      {
        action: 'invitation.accepted',
        organizationId: accepted.organizationId,
        details: { role: accepted.role, invitationId: accepted.id, newAccount: true },
      },
    );
    return c.body(null, 204);
  });

  add(createSiteRoute, async function createSiteHandler(c) {
    const { organizationId } = c.req.valid('param');
    await requireOrganizationPermission(store, c, organizationId, 'administer-site');
    const { name, origins } = c.req.valid('json');
    // No secret key: members reach the site with their session; an admin makes keys for REST.
    const site = await createSiteWithoutKey(store, clock, { name, origins, organizationId });
    services.catalog.sitesChanged();
    await audit(services, c, {
      action: 'site.created',
      siteId: site.id,
      organizationId,
      target: site.id,
      details: { name: site.name, origins: site.origins },
    });
    return c.json(siteJson(site), 201, { location: '/v1/site' });
  });

  add(listAudit, async function listAuditLog(c) {
    const { organization, limit, cursor } = c.req.valid('query');
    await requireOrganizationPermission(store, c, organization, 'read-audit-log');
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after)
      throw new ApiError('invalid-query', 'the cursor is not one this API gave');
    const entries = await accounts.listAudit(organization, after, limit + 1);
    const page = entries.slice(0, limit);
    const last = page.at(-1);
    return c.json(
      {
        data: page.map((e) => ({
          id: e.id,
          at: iso(e.at),
          actor: e.actor,
          actorLabel: e.actorLabel,
          action: e.action,
          siteId: e.siteId,
          target: e.target,
          details: e.details,
        })),
        nextCursor: entries.length > limit && last ? encodeCursor([last.at, last.id]) : null,
      },
      200,
    );
  });

  return app;
}
