// The one place that decides who may do what. Every operation declares one
// permission (api/route.ts turns it into its OpenAPI `security`); a cookie
// session is allowed by the member's role in the site's organization, a
// secret key by its scope. Nothing else grants access.
import type { Role } from '../store/account-types';
import type { KeyScope } from '../store/types';

export type Permission =
  /** Scores, answers, exports, the site's settings as read-only. */
  | 'read'
  /** Create, edit, publish and delete surveys. */
  | 'edit-surveys'
  /** Alert rules: what is watched and who is told. */
  | 'manage-alerts'
  /** Survey emails: recipient lists (their addresses), schedules, sending. */
  | 'manage-campaigns'
  /** The site: name, origins, secret keys, webhooks, erasing answers. */
  | 'administer-site'
  /** The organization's members, invitations and roles. */
  | 'manage-members'
  /** Who did what (the audit log). */
  | 'read-audit-log';

interface Grant {
  /** The least role that may; */
  minRole: Role;
  /** the key scope that may (null: no secret key may, only a member). */
  keyScope: KeyScope | null;
}

export const PERMISSIONS: Record<Permission, Grant> = {
  read: { minRole: 'viewer', keyScope: 'read' },
  'edit-surveys': { minRole: 'editor', keyScope: 'write' },
  'manage-alerts': { minRole: 'editor', keyScope: 'write' },
  'manage-campaigns': { minRole: 'editor', keyScope: 'write' },
  'administer-site': { minRole: 'admin', keyScope: 'write' },
  'manage-members': { minRole: 'owner', keyScope: null },
  'read-audit-log': { minRole: 'admin', keyScope: null },
};

const RANK: Record<Role, number> = { owner: 3, admin: 2, editor: 1, viewer: 0 };

export const roleAtLeast = (role: Role, least: Role) => RANK[role] >= RANK[least];

export function roleAllows(role: Role, permission: Permission): boolean {
  return roleAtLeast(role, PERMISSIONS[permission].minRole);
}

export function keyAllows(scope: KeyScope, permission: Permission): boolean {
  const needed = PERMISSIONS[permission].keyScope;
  return needed !== null && (needed === 'read' || scope === 'write');
}

/** What a role may do, for /v1/me (the dashboard hides what it may not). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleAllows(role, p));
}
