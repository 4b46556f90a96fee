// Account rows as either backend returns them → account-types.ts, and the
// two rules both backends apply inside their transactions.
import { type Invitation, ROLES, type Role, type User } from './account-types';

/** One account per address: compared trimmed and lower-cased. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Whether text can be stored or compared at all: PostgreSQL refuses NUL in text. */
export const isStorableText = (text: string) => !text.includes('\u0000');

/** The role that can do more of the two (owner > admin > editor > viewer). */
export const higherRole = (a: Role, b: Role): Role =>
  ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;

export function userOf(row: User & Record<string, unknown>): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.createdAt };
}

export function invitationOf(row: Invitation & Record<string, unknown>): Invitation {
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: row.email,
    role: row.role,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    acceptedBy: row.acceptedBy,
  };
}

/** Whether a write failed on a unique index (SQLite and PostgreSQL, raw or wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (
      e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
      e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
      e.code === '23505'
    )
      return true;
  }
  return false;
}
