// The storage contract of accounts: people, organizations and their roles,
// sessions, invitations, one-time tokens and the audit log. Each backend
// implements it once (sqlite/accounts.ts, postgres/accounts.ts); decisions
// (who may do what, how long a session lives) are made in accounts/, not here.

export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Organization {
  id: string;
  name: string;
  createdAt: number;
}

export interface User {
  id: string;
  /** As the person typed it. */
  email: string;
  name: string;
  createdAt: number;
}

export interface UserWithPassword extends User {
  /** argon2id PHC string; null for SSO-only accounts. */
  passwordHash: string | null;
  passwordChangedAt: number | null;
}

/** A member's two-factor state (TOTP). */
export interface TwoFactor {
  totpSecret: string | null;
  /** null: not in use (maybe enrolling: a secret without this). */
  totpEnabledAt: number | null;
  totpLastStep: number | null;
  /** SHA-256 of each unused recovery code. */
  recoveryCodes: string[];
}

export interface Membership {
  organization: Organization;
  role: Role;
}

export interface Member extends User {
  role: Role;
  joinedAt: number;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface Invitation {
  id: string;
  organizationId: string;
  email: string | null;
  role: Role;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  acceptedBy: string | null;
}

export type OneTimePurpose = 'setup' | 'password-reset';

export interface AuditEntry {
  id: string;
  organizationId: string;
  at: number;
  /** user:<id>, key:<id> or cli. */
  actor: string;
  actorLabel: string;
  action: string;
  siteId: string | null;
  target: string | null;
  details: Record<string, unknown> | null;
}

export interface SsoConnection {
  organizationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  autoJoinDomain: string | null;
  autoJoinRole: Role;
  updatedAt: number;
}

/** Why a role change or removal did or did not happen. */
export type MemberChangeOutcome = 'changed' | 'not-found' | 'last-owner';

export interface AccountStore {
  /** The email's case-folded key: one account per address. */
  createUser(user: UserWithPassword): Promise<void>;
  getUser(id: string): Promise<User | undefined>;
  getUserWithPassword(id: string): Promise<UserWithPassword | undefined>;
  findUserByEmail(email: string): Promise<UserWithPassword | undefined>;
  countUsers(): Promise<number>;
  /** Sets the password hash and ends every session of the user except `keepSession`. */
  setPassword(userId: string, hash: string, now: number, keepSession?: string): Promise<void>;

  twoFactorOf(userId: string): Promise<TwoFactor | undefined>;
  /** Starts enrolling (a new secret, not yet in use) or, with null, turns two-factor off. */
  setTotpSecret(userId: string, secret: string | null): Promise<void>;
  /** Turns two-factor on with the recovery codes' hashes; `step` was just used. */
  enableTotp(userId: string, now: number, step: number, recoveryHashes: string[]): Promise<void>;
  /** Records `step` as used unless it or a later one was: false when the code was used already. */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  /** Removes a recovery code's hash if it is there: false when it was not (used or wrong). */
  useRecoveryCode(userId: string, hash: string): Promise<boolean>;

  createOrganization(organization: Organization): Promise<void>;
  getOrganization(id: string): Promise<Organization | undefined>;
  /** Every organization, oldest first. */
  listOrganizations(): Promise<Organization[]>;
  /** Adds the member, or changes the role of one already there (a higher role is kept). */
  addMember(organizationId: string, userId: string, role: Role, now: number): Promise<void>;
  /** The user's organizations and role in each, oldest membership first. */
  membershipsOf(userId: string): Promise<Membership[]>;
  roleOf(userId: string, organizationId: string): Promise<Role | undefined>;
  listMembers(organizationId: string): Promise<Member[]>;
  /** Never leaves an organization without an owner (checked and done in one transaction). */
  setRole(organizationId: string, userId: string, role: Role): Promise<MemberChangeOutcome>;
  removeMember(organizationId: string, userId: string): Promise<MemberChangeOutcome>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Records activity at `now` if the last recorded one is older than `staleBefore`. */
  touchSession(tokenHash: string, now: number, staleBefore: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends the user's sessions, except `keep`; returns how many ended. */
  deleteSessionsOf(userId: string, keep?: string): Promise<number>;
  /** Removes sessions whose absolute expiry or idle limit (lastSeenAt < idleBefore) passed. */
  pruneSessions(now: number, idleBefore: number): Promise<number>;

  createInvitation(invitation: Invitation & { tokenHash: string }): Promise<void>;
  findInvitation(tokenHash: string): Promise<Invitation | undefined>;
  /** Invitations not yet accepted, newest first. */
  listInvitations(organizationId: string): Promise<Invitation[]>;
  deleteInvitation(organizationId: string, id: string): Promise<boolean>;
  /**
   * Accepts an open, unexpired invitation for the user: membership added and
   * the invitation marked, in one transaction. undefined: not open any more.
   */
  acceptInvitation(tokenHash: string, userId: string, now: number): Promise<Invitation | undefined>;

  createOneTimeToken(token: {
    tokenHash: string;
    purpose: OneTimePurpose;
    userId: string | null;
    createdAt: number;
    expiresAt: number;
  }): Promise<void>;
  /**
   * Takes a token of this purpose that has not expired: it is deleted in the
   * same statement, so it works once even with two requests at once.
   */
  consumeOneTimeToken(
    tokenHash: string,
    purpose: OneTimePurpose,
    now: number,
  ): Promise<{ userId: string | null } | undefined>;
  /** Whether a token of this purpose is still open (the setup link). */
  hasOneTimeToken(purpose: OneTimePurpose, now: number): Promise<boolean>;

  getSsoConnection(organizationId: string): Promise<SsoConnection | undefined>;
  /** Creates or replaces the organization's connection. */
  saveSsoConnection(connection: SsoConnection): Promise<void>;
  deleteSsoConnection(organizationId: string): Promise<boolean>;
  /** The account an identity (issuer, subject) signs in as, and the organization that linked it. */
  findSsoIdentity(
    issuer: string,
    subject: string,
  ): Promise<{ userId: string; organizationId: string } | undefined>;
  /** Drops every provider link of the account (its mailbox's owner took it over). */
  unlinkSsoIdentities(userId: string): Promise<void>;
  /** Withdraws the open invitations a member made in an organization (they lost the right). */
  deleteInvitationsBy(organizationId: string, userId: string): Promise<void>;
  linkSsoIdentity(link: {
    issuer: string;
    subject: string;
    userId: string;
    organizationId: string;
    createdAt: number;
  }): Promise<void>;

  recordAudit(entry: AuditEntry): Promise<void>;
  /** Newest first, after the cursor (at, id). */
  listAudit(
    organizationId: string,
    after: [at: number, id: string] | undefined,
    limit: number,
  ): Promise<AuditEntry[]>;
  pruneAudit(before: number): Promise<number>;
}
