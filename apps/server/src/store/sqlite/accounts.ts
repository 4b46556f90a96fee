// Accounts on SQLite (account-types.ts says what each method promises).
import type Database from 'better-sqlite3';
import { and, asc, count, desc, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
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

export class SqliteAccounts implements AccountStore {
  constructor(
    private readonly db: BetterSQLite3Database<typeof schema>,
    private readonly sqlite: Database.Database,
  ) {}

  async createUser(user: UserWithPassword): Promise<void> {
    this.db
      .insert(users)
      .values({ ...user, emailKey: emailKey(user.email) })
      .run();
  }

  async getUser(id: string): Promise<User | undefined> {
    const row = this.db.select().from(users).where(eq(users.id, id)).get();
    return row && userOf(row);
  }

  async getUserWithPassword(id: string): Promise<UserWithPassword | undefined> {
    return this.db.select().from(users).where(eq(users.id, id)).get();
  }

  async findUserByEmail(email: string): Promise<UserWithPassword | undefined> {
    if (!isStorableText(email)) return undefined;
    return this.db
      .select()
      .from(users)
      .where(eq(users.emailKey, emailKey(email)))
      .get();
  }

  async countUsers(): Promise<number> {
    return this.db.select({ n: count() }).from(users).get()?.n ?? 0;
  }

  async setPassword(userId: string, hash: string, now: number, keepSession?: string) {
    this.sqlite.transaction(() => {
      this.db
        .update(users)
        .set({ passwordHash: hash, passwordChangedAt: now })
        .where(eq(users.id, userId))
        .run();
      this.endSessions(userId, keepSession);
      // Reset links asked for before the change die with the old password.
      this.db
        .delete(oneTimeTokens)
        .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, 'password-reset')))
        .run();
    })();
  }

  async twoFactorOf(userId: string): Promise<TwoFactor | undefined> {
    const row = this.db
      .select({
        totpSecret: users.totpSecret,
        totpEnabledAt: users.totpEnabledAt,
        totpLastStep: users.totpLastStep,
        recoveryCodes: users.recoveryCodes,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    return row && { ...row, recoveryCodes: row.recoveryCodes ?? [] };
  }

  async setTotpSecret(userId: string, secret: string | null): Promise<void> {
    this.db
      .update(users)
      .set({ totpSecret: secret, totpEnabledAt: null, totpLastStep: null, recoveryCodes: null })
      .where(eq(users.id, userId))
      .run();
  }

  async enableTotp(userId: string, now: number, step: number, recoveryHashes: string[]) {
    this.db
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, recoveryCodes: recoveryHashes })
      .where(eq(users.id, userId))
      .run();
  }

  async useTotpStep(userId: string, step: number): Promise<boolean> {
    return (
      this.db
        .update(users)
        .set({ totpLastStep: step })
        .where(
          and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))),
        )
        .run().changes > 0
    );
  }

  async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
    return this.sqlite
      .transaction((): boolean => {
        const codes =
          this.db
            .select({ codes: users.recoveryCodes })
            .from(users)
            .where(eq(users.id, userId))
            .get()?.codes ?? [];
        if (!codes.includes(hash)) return false;
        this.db
          .update(users)
          .set({ recoveryCodes: codes.filter((code) => code !== hash) })
          .where(eq(users.id, userId))
          .run();
        return true;
      })
      .immediate();
  }

  async createOrganization(organization: Organization): Promise<void> {
    this.db.insert(organizations).values(organization).run();
  }

  async getOrganization(id: string): Promise<Organization | undefined> {
    return this.db.select().from(organizations).where(eq(organizations.id, id)).get();
  }

  async listOrganizations(): Promise<Organization[]> {
    return this.db
      .select()
      .from(organizations)
      .orderBy(asc(organizations.createdAt), asc(organizations.id))
      .all();
  }

  async addMember(organizationId: string, userId: string, role: Role, now: number) {
    this.sqlite.transaction(() => this.grantRole(organizationId, userId, role, now))();
  }

  /** Adds the membership, or raises the role of one already there (never lowers it). */
  private grantRole(organizationId: string, userId: string, role: Role, now: number): void {
    const current = this.roleNow(organizationId, userId);
    if (current === undefined) {
      this.db.insert(memberships).values({ organizationId, userId, role, createdAt: now }).run();
    } else if (higherRole(role, current) !== current) {
      this.db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
        .run();
    }
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    return this.db
      .select({ organization: organizations, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.createdAt), asc(organizations.id))
      .all();
  }

  private roleNow(organizationId: string, userId: string): Role | undefined {
    return this.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
      .get()?.role;
  }

  async roleOf(userId: string, organizationId: string): Promise<Role | undefined> {
    return this.roleNow(organizationId, userId);
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
      .orderBy(asc(memberships.createdAt), asc(users.id))
      .all();
  }

  /** Whether taking `userId`'s owner role away leaves the organization another owner. */
  private otherOwners(organizationId: string, userId: string): number {
    return (
      this.db
        .select({ n: count() })
        .from(memberships)
        .where(
          and(
            eq(memberships.organizationId, organizationId),
            eq(memberships.role, 'owner'),
            ne(memberships.userId, userId),
          ),
        )
        .get()?.n ?? 0
    );
  }

  async setRole(organizationId: string, userId: string, role: Role): Promise<MemberChangeOutcome> {
    return this.sqlite
      .transaction((): MemberChangeOutcome => {
        const current = this.roleNow(organizationId, userId);
        if (current === undefined) return 'not-found';
        if (
          current === 'owner' &&
          role !== 'owner' &&
          this.otherOwners(organizationId, userId) === 0
        )
          return 'last-owner';
        this.db
          .update(memberships)
          .set({ role })
          .where(
            and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)),
          )
          .run();
        return 'changed';
      })
      .immediate();
  }

  async removeMember(organizationId: string, userId: string): Promise<MemberChangeOutcome> {
    return this.sqlite
      .transaction((): MemberChangeOutcome => {
        const current = this.roleNow(organizationId, userId);
        if (current === undefined) return 'not-found';
        if (current === 'owner' && this.otherOwners(organizationId, userId) === 0)
          return 'last-owner';
        this.db
          .delete(memberships)
          .where(
            and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)),
          )
          .run();
        return 'changed';
      })
      .immediate();
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.db.insert(sessions).values(session).run();
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).get();
  }

  async touchSession(tokenHash: string, now: number, staleBefore: number): Promise<void> {
    this.db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, staleBefore)))
      .run();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
  }

  private endSessions(userId: string, keep?: string): number {
    const mine = eq(sessions.userId, userId);
    return this.db
      .delete(sessions)
      .where(keep ? and(mine, ne(sessions.tokenHash, keep)) : mine)
      .run().changes;
  }

  async deleteSessionsOf(userId: string, keep?: string): Promise<number> {
    return this.endSessions(userId, keep);
  }

  async pruneSessions(now: number, idleBefore: number): Promise<number> {
    return this.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now + 1), lt(sessions.lastSeenAt, idleBefore)))
      .run().changes;
  }

  async createInvitation(invitation: Invitation & { tokenHash: string }): Promise<void> {
    this.db.insert(invitations).values(invitation).run();
  }

  async findInvitation(tokenHash: string): Promise<Invitation | undefined> {
    const row = this.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash))
      .get();
    return row && invitationOf(row);
  }

  async listInvitations(organizationId: string): Promise<Invitation[]> {
    return this.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt)))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .all()
      .map(invitationOf);
  }

  async deleteInvitation(organizationId: string, id: string): Promise<boolean> {
    return (
      this.db
        .delete(invitations)
        .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)))
        .run().changes > 0
    );
  }

  async acceptInvitation(
    tokenHash: string,
    userId: string,
    now: number,
  ): Promise<Invitation | undefined> {
    return this.sqlite
      .transaction((): Invitation | undefined => {
        const accepted = this.db
          .update(invitations)
          .set({ acceptedAt: now, acceptedBy: userId })
          .where(
            and(
              eq(invitations.tokenHash, tokenHash),
              isNull(invitations.acceptedAt),
              gt(invitations.expiresAt, now),
            ),
          )
          .returning()
          .get();
        if (!accepted) return undefined;
        this.grantRole(accepted.organizationId, userId, accepted.role, now);
        return invitationOf(accepted);
      })
      .immediate();
  }

  async createOneTimeToken(token: {
    tokenHash: string;
    purpose: OneTimePurpose;
    userId: string | null;
    createdAt: number;
    expiresAt: number;
  }): Promise<void> {
    this.db.insert(oneTimeTokens).values(token).run();
  }

  async consumeOneTimeToken(tokenHash: string, purpose: OneTimePurpose, now: number) {
    const row = this.db
      .delete(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.tokenHash, tokenHash),
          eq(oneTimeTokens.purpose, purpose),
          gt(oneTimeTokens.expiresAt, now),
        ),
      )
      .returning({ userId: oneTimeTokens.userId })
      .get();
    return row ?? undefined;
  }

  async hasOneTimeToken(purpose: OneTimePurpose, now: number): Promise<boolean> {
    const row = this.db
      .select({ n: count() })
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.purpose, purpose), gt(oneTimeTokens.expiresAt, now)))
      .get();
    return (row?.n ?? 0) > 0;
  }

  async getSsoConnection(organizationId: string): Promise<SsoConnection | undefined> {
    return this.db
      .select()
      .from(ssoConnections)
      .where(eq(ssoConnections.organizationId, organizationId))
      .get();
  }

  async saveSsoConnection(connection: SsoConnection): Promise<void> {
    this.db
      .insert(ssoConnections)
      .values(connection)
      .onConflictDoUpdate({ target: ssoConnections.organizationId, set: connection })
      .run();
  }

  async deleteSsoConnection(organizationId: string): Promise<boolean> {
    return (
      this.db.delete(ssoConnections).where(eq(ssoConnections.organizationId, organizationId)).run()
        .changes > 0
    );
  }

  async findSsoIdentity(issuer: string, subject: string) {
    return this.db
      .select({ userId: ssoIdentities.userId, organizationId: ssoIdentities.organizationId })
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)))
      .get();
  }

  async unlinkSsoIdentities(userId: string): Promise<void> {
    this.db.delete(ssoIdentities).where(eq(ssoIdentities.userId, userId)).run();
  }

  async deleteInvitationsBy(organizationId: string, userId: string): Promise<void> {
    this.db
      .delete(invitations)
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          eq(invitations.createdBy, userId),
          isNull(invitations.acceptedAt),
        ),
      )
      .run();
  }

  async linkSsoIdentity(link: {
    issuer: string;
    subject: string;
    userId: string;
    organizationId: string;
    createdAt: number;
  }): Promise<void> {
    this.db.insert(ssoIdentities).values(link).onConflictDoNothing().run();
  }

  async recordAudit(entry: AuditEntry): Promise<void> {
    this.db.insert(auditLog).values(entry).run();
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
      .limit(limit)
      .all();
  }

  async pruneAudit(before: number): Promise<number> {
    return this.db.delete(auditLog).where(lt(auditLog.at, before)).run().changes;
  }
}
