// Accounts on PostgreSQL (account-types.ts says what each method promises).
// Role changes lock the organization's memberships first (FOR UPDATE), so two
// processes demoting the last two owners at once cannot leave none.
import { and, asc, count, desc, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { emailKey, higherRole, invitationOf, isStorableText, userOf } from '../account-rows';
import type {
  AccountStore,
  AuditEntry,
  Invitation,
  Member,
  MemberChangeOutcome,
  Membership,
  OneTimePurpose,
  Organization,
  Role,
  SessionRecord,
  SsoConnection,
  TwoFactor,
  User,
  UserWithPassword,
} from '../account-types';
import * as schema from './schema';

const {
  users,
  organizations,
  memberships,
  sessions,
  invitations,
  oneTimeTokens,
  auditLog,
  ssoConnections,
  ssoIdentities,
} = schema;

type Db = NodePgDatabase<typeof schema>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const memberOf = (organizationId: string, userId: string) =>
  and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId));

export class PgAccounts implements AccountStore {
  constructor(private readonly db: Db) {}

  async createUser(user: UserWithPassword): Promise<void> {
    await this.db.insert(users).values({ ...user, emailKey: emailKey(user.email) });
  }

  async getUser(id: string): Promise<User | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row && userOf(row);
  }

  async getUserWithPassword(id: string): Promise<UserWithPassword | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async findUserByEmail(email: string): Promise<UserWithPassword | undefined> {
    // No account has such an email, and PostgreSQL refuses NUL in text even to compare.
    if (!isStorableText(email)) return undefined;
    const [row] = await this.db
      .select()
      .from(users)
      .where(eq(users.emailKey, emailKey(email)));
    return row;
  }

  async countUsers(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(users);
    return row?.n ?? 0;
  }

  async setPassword(userId: string, hash: string, now: number, keepSession?: string) {
    await this.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash: hash, passwordChangedAt: now })
        .where(eq(users.id, userId));
      await endSessions(tx, userId, keepSession);
      // Reset links asked for before the change die with the old password.
      await tx
        .delete(oneTimeTokens)
        .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, 'password-reset')));
    });
  }

  async twoFactorOf(userId: string): Promise<TwoFactor | undefined> {
    const [row] = await this.db
      .select({
        totpSecret: users.totpSecret,
        totpEnabledAt: users.totpEnabledAt,
        totpLastStep: users.totpLastStep,
        recoveryCodes: users.recoveryCodes,
      })
      .from(users)
      .where(eq(users.id, userId));
    return row && { ...row, recoveryCodes: row.recoveryCodes ?? [] };
  }

  async setTotpSecret(userId: string, secret: string | null): Promise<void> {
    await this.db
      .update(users)
      .set({ totpSecret: secret, totpEnabledAt: null, totpLastStep: null, recoveryCodes: null })
      .where(eq(users.id, userId));
  }

  async enableTotp(userId: string, now: number, step: number, recoveryHashes: string[]) {
    await this.db
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, recoveryCodes: recoveryHashes })
      .where(eq(users.id, userId));
  }

  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const result = await this.db
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))),
      );
    return (result.rowCount ?? 0) > 0;
  }

  async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ codes: users.recoveryCodes })
        .from(users)
        .where(eq(users.id, userId))
        .for('update');
      const codes = row?.codes ?? [];
      if (!codes.includes(hash)) return false;
      await tx
        .update(users)
        .set({ recoveryCodes: codes.filter((code) => code !== hash) })
        .where(eq(users.id, userId));
      return true;
    });
  }

  async createOrganization(organization: Organization): Promise<void> {
    await this.db.insert(organizations).values(organization);
  }

  async getOrganization(id: string): Promise<Organization | undefined> {
    const [row] = await this.db.select().from(organizations).where(eq(organizations.id, id));
    return row;
  }

  async listOrganizations(): Promise<Organization[]> {
    return this.db
      .select()
      .from(organizations)
      .orderBy(asc(organizations.createdAt), asc(organizations.id));
  }

  async addMember(organizationId: string, userId: string, role: Role, now: number) {
    await this.db.transaction(async (tx) => {
      await grantRole(tx, organizationId, userId, role, now);
    });
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    return this.db
      .select({ organization: organizations, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.createdAt), asc(organizations.id));
  }

  async roleOf(userId: string, organizationId: string): Promise<Role | undefined> {
    const [row] = await this.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(memberOf(organizationId, userId));
    return row?.role;
  }

  async listMembers(organizationId: string): Promise<Member[]> {
    return this.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        createdAt: users.createdAt,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, organizationId))
      .orderBy(asc(memberships.createdAt), asc(users.id));
  }

  /** The organization's roles, locked for the rest of the transaction. */
  private async lockedRoles(tx: Tx, organizationId: string) {
    return tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.organizationId, organizationId))
      .for('update');
  }

  private async changeMember(
    organizationId: string,
    userId: string,
    role: Role | null,
  ): Promise<MemberChangeOutcome> {
    return this.db.transaction(async (tx) => {
      const roles = await this.lockedRoles(tx, organizationId);
      const current = roles.find((row) => row.userId === userId)?.role;
      if (current === undefined) return 'not-found';
      const otherOwners = roles.filter((r) => r.role === 'owner' && r.userId !== userId).length;
      if (current === 'owner' && role !== 'owner' && otherOwners === 0) return 'last-owner';
      if (role === null) await tx.delete(memberships).where(memberOf(organizationId, userId));
      else await tx.update(memberships).set({ role }).where(memberOf(organizationId, userId));
      return 'changed';
    });
  }

  setRole(organizationId: string, userId: string, role: Role): Promise<MemberChangeOutcome> {
    return this.changeMember(organizationId, userId, role);
  }

  removeMember(organizationId: string, userId: string): Promise<MemberChangeOutcome> {
    return this.changeMember(organizationId, userId, null);
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.db.insert(sessions).values(session);
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const [row] = await this.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
    return row;
  }

  async touchSession(tokenHash: string, now: number, staleBefore: number): Promise<void> {
    await this.db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, staleBefore)));
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }

  async deleteSessionsOf(userId: string, keep?: string): Promise<number> {
    return endSessions(this.db, userId, keep);
  }

  async pruneSessions(now: number, idleBefore: number): Promise<number> {
    const result = await this.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now + 1), lt(sessions.lastSeenAt, idleBefore)));
    return result.rowCount ?? 0;
  }

  async createInvitation(invitation: Invitation & { tokenHash: string }): Promise<void> {
    await this.db.insert(invitations).values(invitation);
  }

  async findInvitation(tokenHash: string): Promise<Invitation | undefined> {
    const [row] = await this.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash));
    return row && invitationOf(row);
  }

  async listInvitations(organizationId: string): Promise<Invitation[]> {
    const rows = await this.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt)))
      .orderBy(desc(invitations.createdAt), desc(invitations.id));
    return rows.map(invitationOf);
  }

  async deleteInvitation(organizationId: string, id: string): Promise<boolean> {
    const result = await this.db
      .delete(invitations)
      .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
    return (result.rowCount ?? 0) > 0;
  }

  async acceptInvitation(
    tokenHash: string,
    userId: string,
    now: number,
  ): Promise<Invitation | undefined> {
    return this.db.transaction(async (tx) => {
      const [accepted] = await tx
        .update(invitations)
        .set({ acceptedAt: now, acceptedBy: userId })
        .where(
          and(
            eq(invitations.tokenHash, tokenHash),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, now),
          ),
        )
        .returning();
      if (!accepted) return undefined;
      await grantRole(tx, accepted.organizationId, userId, accepted.role, now);
      return invitationOf(accepted);
    });
  }

  async createOneTimeToken(token: {
    tokenHash: string;
    purpose: OneTimePurpose;
    userId: string | null;
    createdAt: number;
    expiresAt: number;
  }): Promise<void> {
    await this.db.insert(oneTimeTokens).values(token);
  }

  async consumeOneTimeToken(tokenHash: string, purpose: OneTimePurpose, now: number) {
    const [row] = await this.db
      .delete(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.tokenHash, tokenHash),
          eq(oneTimeTokens.purpose, purpose),
          gt(oneTimeTokens.expiresAt, now),
        ),
      )
      .returning({ userId: oneTimeTokens.userId });
    return row;
  }

  async hasOneTimeToken(purpose: OneTimePurpose, now: number): Promise<boolean> {
    const [row] = await this.db
      .select({ n: count() })
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.purpose, purpose), gt(oneTimeTokens.expiresAt, now)));
    return (row?.n ?? 0) > 0;
  }

  async getSsoConnection(organizationId: string): Promise<SsoConnection | undefined> {
    const [row] = await this.db
      .select()
      .from(ssoConnections)
      .where(eq(ssoConnections.organizationId, organizationId));
    return row;
  }

  async saveSsoConnection(connection: SsoConnection): Promise<void> {
    await this.db
      .insert(ssoConnections)
      .values(connection)
      .onConflictDoUpdate({ target: ssoConnections.organizationId, set: connection });
  }

  async deleteSsoConnection(organizationId: string): Promise<boolean> {
    const result = await this.db
      .delete(ssoConnections)
      .where(eq(ssoConnections.organizationId, organizationId));
    return (result.rowCount ?? 0) > 0;
  }

  async findSsoIdentity(issuer: string, subject: string) {
    const [row] = await this.db
      .select({ userId: ssoIdentities.userId, organizationId: ssoIdentities.organizationId })
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
    return row;
  }

  async unlinkSsoIdentities(userId: string): Promise<void> {
    await this.db.delete(ssoIdentities).where(eq(ssoIdentities.userId, userId));
  }

  async deleteInvitationsBy(organizationId: string, userId: string): Promise<void> {
    await this.db
      .delete(invitations)
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          eq(invitations.createdBy, userId),
          isNull(invitations.acceptedAt),
        ),
      );
  }

  async linkSsoIdentity(link: {
    issuer: string;
    subject: string;
    userId: string;
    organizationId: string;
    createdAt: number;
  }): Promise<void> {
    await this.db.insert(ssoIdentities).values(link).onConflictDoNothing();
  }

  async recordAudit(entry: AuditEntry): Promise<void> {
    await this.db.insert(auditLog).values(entry);
  }

  async listAudit(
    organizationId: string,
    after: [at: number, id: string] | undefined,
    limit: number,
  ): Promise<AuditEntry[]> {
    const mine = eq(auditLog.organizationId, organizationId);
    const where = after
      ? and(
          mine,
          or(lt(auditLog.at, after[0]), and(eq(auditLog.at, after[0]), lt(auditLog.id, after[1]))),
        )
      : mine;
    return this.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit);
  }

  async pruneAudit(before: number): Promise<number> {
    const result = await this.db.delete(auditLog).where(lt(auditLog.at, before));
    return result.rowCount ?? 0;
  }
}

async function endSessions(db: Db | Tx, userId: string, keep?: string): Promise<number> {
  const mine = eq(sessions.userId, userId);
  const result = await db
    .delete(sessions)
    .where(keep ? and(mine, ne(sessions.tokenHash, keep)) : mine);
  return result.rowCount ?? 0;
}

/** Adds the membership, or raises the role of one already there (never lowers it). */
async function grantRole(tx: Tx, organizationId: string, userId: string, role: Role, now: number) {
  await tx
    .insert(memberships)
    .values({ organizationId, userId, role, createdAt: now })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(memberOf(organizationId, userId))
    .for('update');
  if (row && higherRole(role, row.role) !== row.role)
    await tx.update(memberships).set({ role }).where(memberOf(organizationId, userId));
}
