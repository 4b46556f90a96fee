// Sessions: started on sign-in, ended by sign-out, by "sign out everywhere",
// by a password change (all but the current one), and by time: an idle limit
// counted from the last activity (recorded at most once a minute) and an
// absolute limit from sign-in, whichever comes first.
import type { Clock } from '../clock';
import type { AccountStore, SessionRecord, User } from '../store/account-types';
import { hashToken, newToken } from './session-tokens';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

const HOUR = 3_600_000;
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 7 * 24 * HOUR,
  absoluteMs: 30 * 24 * HOUR,
};
/** Last activity is exact to this much: one write per session per minute at most. */
const ACTIVITY_RESOLUTION_MS = 60_000;

export async function startSession(
  accounts: AccountStore,
  clock: Clock,
  userId: string,
  policy: SessionPolicy,
): Promise<{ token: string; record: SessionRecord }> {
  const token = newToken();
  const now = clock.now();
  const record = {
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + policy.absoluteMs,
  };
  await accounts.createSession(record);
  // Expired sessions of anyone are removed now and then: at sign-in is often enough.
  await accounts.pruneSessions(now, now - policy.idleMs);
  return { token, record };
}

export interface SignedIn {
  user: User;
  session: SessionRecord;
  /** The cookie's token (for the CSRF token derived from it). */
  token: string;
}

/** The session's user, or undefined if the token is unknown, idle too long or past its end. */
export async function resolveSession(
  accounts: AccountStore,
  clock: Clock,
  token: string,
  policy: SessionPolicy,
): Promise<SignedIn | undefined> {
  const tokenHash = hashToken(token);
  const session = await accounts.findSession(tokenHash);
  if (!session) return undefined;
  const now = clock.now();
  if (now >= session.expiresAt || now - session.lastSeenAt >= policy.idleMs) {
    await accounts.deleteSession(tokenHash);
    return undefined;
  }
  const user = await accounts.getUser(session.userId);
  if (!user) return undefined;
  await accounts.touchSession(tokenHash, now, now - ACTIVITY_RESOLUTION_MS + 1);
  return { user, session, token };
}
