// `koe users create|reset-password` and `koe orgs list`: the operator's side
// of accounts, for installs without email (a reset by the CLI) and for
// scripted setups. Passwords made here are random, printed once, and meant
// to be changed by their owner in the dashboard.
import { ROLE_NAMES, type RoleName } from '@koe/core';
import { CLI_ACTOR, recordAudit } from '../accounts/audit';
import { hashPassword, newPassword } from '../accounts/passwords';
import type { Clock } from '../clock';
import { ApiError } from '../errors';
import { newId } from '../keys';
import { silentLogger } from '../log';
import type { Organization } from '../store/account-types';
import type { Store } from '../store/types';
import { columns, printJson } from './output';

export function parseRole(text: string | undefined): RoleName {
  if (!ROLE_NAMES.includes(text as RoleName))
    throw new ApiError('invalid-body', `--role must be one of ${ROLE_NAMES.join(', ')}`);
  return text as RoleName;
}

/** An organization by id or by exact name; a name nobody has makes a new organization. */
async function organizationFor(
  store: Store,
  clock: Clock,
  idOrName: string,
): Promise<Organization> {
  const all = await store.accounts.listOrganizations();
  const found = all.find((o) => o.id === idOrName) ?? all.filter((o) => o.name === idOrName);
  if (!Array.isArray(found)) return found;
  if (found.length > 1)
    throw new ApiError('invalid-body', `several organizations are named ${idOrName}; use its id`);
  if (found[0]) return found[0];
  if (idOrName.startsWith('org_')) throw new ApiError('not-found', `no organization ${idOrName}`);
  const organization = { id: newId('org'), name: idOrName, createdAt: clock.now() };
  await store.accounts.createOrganization(organization);
  // The first organization takes the sites made before it (as the setup link would).
  if (all.length === 0) await store.adoptOrphanSites(organization.id);
  return organization;
}

export async function createUserCommand(
  store: Store,
  clock: Clock,
  {
    email,
    org,
    role,
    name,
    json,
  }: { email: string; org: string; role: RoleName; name?: string; json: boolean },
): Promise<void> {
  const accounts = store.accounts;
  const organization = await organizationFor(store, clock, org);
  const existing = await accounts.findUserByEmail(email);
  const now = clock.now();
  let password: string | undefined;
  let userId = existing?.id;
  if (!userId) {
    password = newPassword();
    userId = newId('usr');
    await accounts.createUser({
      id: userId,
      email: email.trim(),
      name: name?.trim() || email.trim().split('@')[0] || email,
      passwordHash: await hashPassword(password),
      createdAt: now,
      passwordChangedAt: now,
    });
  }
  await accounts.addMember(organization.id, userId, role, now);
  await recordAudit({ store, clock, log: silentLogger }, CLI_ACTOR, {
    action: 'member.added',
    organizationId: organization.id,
    target: email,
    details: { role, newAccount: password !== undefined },
  });
  const out = {
    userId,
    email,
    organizationId: organization.id,
    role,
    ...(password && { password }),
  };
  if (json) return printJson(out);
  console.log(`user:          ${userId} (${email})`);
  console.log(`organization:  ${organization.id} (${organization.name}), role ${role}`);
  console.log(
    password
      ? `password:      ${password}   (shown once; change it after signing in)`
      : 'password:      unchanged (the account existed)',
  );
}

export async function resetPasswordCommand(
  store: Store,
  clock: Clock,
  { email, json }: { email: string; json: boolean },
): Promise<void> {
  const user = await store.accounts.findUserByEmail(email);
  if (!user) throw new ApiError('not-found', `no account with ${email}`);
  const password = newPassword();
  await store.accounts.setPassword(user.id, await hashPassword(password), clock.now());
  for (const { organization } of await store.accounts.membershipsOf(user.id))
    await recordAudit({ store, clock, log: silentLogger }, CLI_ACTOR, {
      action: 'user.password-reset',
      organizationId: organization.id,
      target: user.email,
    });
  if (json) return printJson({ userId: user.id, email: user.email, password });
  console.log(`password of ${user.email}: ${password}   (shown once; every session ended)`);
}

export async function listOrganizations(store: Store, { json }: { json: boolean }): Promise<void> {
  const organizations = await Promise.all(
    (await store.accounts.listOrganizations()).map(async (o) => ({
      id: o.id,
      name: o.name,
      members: (await store.accounts.listMembers(o.id)).length,
      sites: (await store.listSites(o.id)).length,
    })),
  );
  if (json) return printJson(organizations);
  if (!organizations.length)
    return console.log(
      'no organizations yet: open the setup link koe serve prints, or koe users create',
    );
  console.log(
    columns([
      ['ID', 'NAME', 'MEMBERS', 'SITES'],
      ...organizations.map((o) => [o.id, o.name, String(o.members), String(o.sites)]),
    ]),
  );
}
