// Organization-level operations (members, invitations, the audit log): the
// member's role in the organization of the path, decided by permissions.ts.
// An organization the member does not belong to is not found, exactly like
// one that does not exist.
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import type { Role } from '../store/account-types';
import type { Store } from '../store/types';
import { type Permission, roleAllows } from './permissions';

export async function requireOrganizationPermission(
  store: Store,
  c: Context<AppEnv>,
  organizationId: string,
  permission: Permission,
): Promise<Role> {
  const member = c.get('member');
  const role = await store.accounts.roleOf(member.user.id, organizationId);
  if (!role) throw new ApiError('not-found', `no organization ${organizationId} of yours`);
  if (!roleAllows(role, permission))
    throw new ApiError('forbidden', `your role (${role}) may not do this`);
  return role;
}
