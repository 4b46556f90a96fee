// First run. On a database without accounts the server makes a one-time
// setup token and prints the link; whoever opens it first creates the owner
// account and the organization, which also takes every site made before
// (by the CLI, or by an earlier release). Without the link a stranger on the
// network cannot claim the install: the token is 32 random bytes, kept only
// as a hash, valid for a day, and a new one is printed at each start until
// the owner exists.
import type { Clock } from '../clock';
import { ApiError } from '../errors';
import { newId } from '../keys';
import type { Store } from '../store/types';
import { hashPassword } from './passwords';
import { hashToken, newToken } from './session-tokens';

const SETUP_VALID_MS = 24 * 3_600_000;

/** A new setup token when the install has no account yet; undefined otherwise. */
export async function openSetup(store: Store, clock: Clock): Promise<string | undefined> {
  if ((await store.accounts.countUsers()) > 0) return undefined;
  const token = newToken();
  const now = clock.now();
  await store.accounts.createOneTimeToken({
    tokenHash: hashToken(token),
    purpose: 'setup',
    userId: null,
    createdAt: now,
    expiresAt: now + SETUP_VALID_MS,
  });
  return token;
}

export interface NewOwner {
  email: string;
  name: string;
  password: string;
  organizationName: string;
}

/** Creates a user, an organization they own, and gives it the sites without one. */
export async function createOwner(
  store: Store,
  clock: Clock,
  owner: NewOwner,
): Promise<{ userId: string; organizationId: string; adoptedSites: number }> {
  const accounts = store.accounts;
  if (await accounts.findUserByEmail(owner.email))
    throw new ApiError('email-taken', `an account with ${owner.email} exists`);
  const now = clock.now();
  const userId = newId('usr');
  const organizationId = newId('org');
  await accounts.createUser({
    id: userId,
    email: owner.email,
    name: owner.name,
    passwordHash: await hashPassword(owner.password),
    createdAt: now,
    passwordChangedAt: now,
  });
  await accounts.createOrganization({
    id: organizationId,
    name: owner.organizationName,
    createdAt: now,
  });
  await accounts.addMember(organizationId, userId, 'owner', now);
  const adoptedSites = await store.adoptOrphanSites(organizationId);
  return { userId, organizationId, adoptedSites };
}

/** Uses the setup token (once) to create the owner. */
export async function completeSetup(
  store: Store,
  clock: Clock,
  token: string,
  owner: NewOwner,
): Promise<{ userId: string; organizationId: string }> {
  // Checked before the token is spent, so a mistyped email does not burn the link.
  if ((await store.accounts.countUsers()) > 0)
    throw new ApiError('setup-closed', 'this install already has an owner; sign in');
  const taken = await store.accounts.consumeOneTimeToken(hashToken(token), 'setup', clock.now());
  if (!taken) throw new ApiError('setup-closed', 'the setup link is used, expired or wrong');
  return createOwner(store, clock, owner);
}
