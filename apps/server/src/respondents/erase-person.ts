// Right to erasure for one person, named by userId or by email address: every
// answer of the site they gave (by userId, and every answer their campaign
// emails' links gave, which GPC may have left without a userId), then their
// places on recipient lists and every mail of the site to their address. The
// suppression list keeps its hash: they asked for no more email.
import { emailHash } from '../campaigns/email-hash';
import type { Store } from '../store/types';

export interface PersonErasure {
  /** Answers erased. */
  erased: number;
  /** Places on recipient lists removed. */
  recipients: number;
}

export async function erasePerson(
  store: Store,
  siteId: string,
  by: { email: string } | { userId: string },
): Promise<PersonErasure> {
  const found = await store.campaigns.findRecipients(
    siteId,
    'email' in by ? { emailHash: emailHash(siteId, by.email) } : { userId: by.userId },
  );
  // The same address on other lists (found by userId, listed elsewhere without one).
  const recipients = new Map(found.map((r) => [r.id, r]));
  for (const hash of new Set(found.map((r) => r.emailHash)))
    for (const r of await store.campaigns.findRecipients(siteId, { emailHash: hash }))
      recipients.set(r.id, r);
  const all = [...recipients.values()];

  const userIds = new Set(all.map((r) => r.userId ?? r.id));
  if ('userId' in by) userIds.add(by.userId);
  const responseIds = new Set(await store.campaigns.sentResponseIds(all.map((r) => r.id)));
  for (const userId of userIds)
    for (const id of await store.responseIdsOfRespondent(siteId, userId)) responseIds.add(id);
  let erased = 0;
  for (const id of responseIds) if (await store.eraseResponse(siteId, id)) erased++;

  const emails = new Set(all.map((r) => r.email));
  if ('email' in by) emails.add(by.email.trim());
  const removed = await store.campaigns.eraseRecipients(
    siteId,
    all.map((r) => r.id),
    [...emails],
  );
  return { erased, recipients: removed };
}
