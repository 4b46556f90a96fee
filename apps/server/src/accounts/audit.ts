// The audit log: who did what and when, one entry per change, per
// organization. Entries are written after the change succeeded; a failure to
// write one is logged, never turned into a failed request (the change is
// already made), so a member could only miss an entry when the database
// itself failed a moment after the change.
import type { Context } from 'hono';
import type { Clock } from '../clock';
import type { Actor, AppEnv, Services } from '../context';
import { randomToken } from '../keys';
import type { Logger } from '../log';
import type { Store } from '../store/types';

export interface AuditEvent {
  action: string;
  /** The site it happened on; its organization is looked up from it. */
  siteId?: string;
  /** Or the organization directly (members, invitations). */
  organizationId?: string;
  target?: string | null;
  details?: Record<string, unknown> | null;
}

let sequence = 0;

/**
 * Ids that sort in the order entries were written within a millisecond (the
 * log pages by (at, id), newest first): the time, a per-process sequence,
 * then randomness so processes never collide.
 */
function auditId(at: number): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `aud_${at.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${randomToken(8)}`;
}

export const CLI_ACTOR = { actor: 'cli', actorLabel: 'CLI' };

export function actorOf(actor: Actor): { actor: string; actorLabel: string } {
  return actor.kind === 'key'
    ? { actor: `key:${actor.keyId}`, actorLabel: actor.label }
    : { actor: `user:${actor.userId}`, actorLabel: actor.label };
}

/** Records an event done by `who` (an API actor or the CLI). */
export async function recordAudit(
  { store, clock, log }: { store: Store; clock: Clock; log: Logger },
  who: { actor: string; actorLabel: string },
  event: AuditEvent,
): Promise<void> {
  try {
    const organizationId =
      event.organizationId ??
      (event.siteId ? (await store.getSite(event.siteId))?.organizationId : undefined);
    // A site made by the CLI before any organization existed has no log to write to yet.
    if (!organizationId) return;
    const at = clock.now();
    await store.accounts.recordAudit({
      id: auditId(at),
      organizationId,
      at,
      ...who,
      action: event.action,
      siteId: event.siteId ?? null,
      target: event.target ?? null,
      details: event.details ?? null,
    });
  } catch (error) {
    log.error({ err: error, action: event.action }, 'could not write an audit log entry');
  }
}

/** Records an event done by the request's caller (its key or member). */
export function audit(
  services: Pick<Services, 'store' | 'clock' | 'log'>,
  c: Context<AppEnv>,
  event: AuditEvent,
): Promise<void> {
  const auth = c.get('auth');
  const member = c.get('member');
  const who = auth
    ? actorOf(auth.actor)
    : member
      ? { actor: `user:${member.user.id}`, actorLabel: member.user.email }
      : { actor: 'anonymous', actorLabel: 'someone not signed in' };
  return recordAudit(services, who, { siteId: auth?.siteId, ...event });
}

/** What a key's createdBy records: user:<id> or key:<id>. */
export const creatorOf = (actor: Actor) => actorOf(actor).actor;
