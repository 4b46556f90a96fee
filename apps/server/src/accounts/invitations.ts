// Invitations: an owner makes one for a role (optionally naming an email);
// its link carries a random token (kept only as a hash) and is shown once.
// Whoever opens it joins, as a new account or as the one they are signed in
// with; it works once and expires (7 days by default).
import type { Clock } from '../clock';
import { newId } from '../keys';
import type { Invitation, Role } from '../store/account-types';
import type { Store } from '../store/types';
import { hashToken, newToken } from './session-tokens';

const DAY = 86_400_000;

/** The dashboard page that accepts an invitation. */
export const invitationPath = (token: string) => `/app/invite?token=${encodeURIComponent(token)}`;

export async function createInvitation(
  store: Store,
  clock: Clock,
  {
    organizationId,
    email,
    role,
    expiresInDays,
    createdBy,
  }: {
    organizationId: string;
    email: string | null;
    role: Role;
    expiresInDays: number;
    createdBy: string;
  },
): Promise<{ invitation: Invitation; token: string }> {
  const token = newToken();
  const now = clock.now();
  const invitation: Invitation = {
    id: newId('inv'),
    organizationId,
    email,
    role,
    createdBy,
    createdAt: now,
    expiresAt: now + expiresInDays * DAY,
    acceptedAt: null,
    acceptedBy: null,
  };
  await store.accounts.createInvitation({ ...invitation, tokenHash: hashToken(token) });
  return { invitation, token };
}

/** An invitation that can still be accepted, by its token. */
export async function openInvitation(
  store: Store,
  clock: Clock,
  token: string,
): Promise<Invitation | undefined> {
  if (token.length > 100) return undefined;
  const invitation = await store.accounts.findInvitation(hashToken(token));
  if (!invitation || invitation.acceptedAt !== null || invitation.expiresAt <= clock.now())
    return undefined;
  return invitation;
}
