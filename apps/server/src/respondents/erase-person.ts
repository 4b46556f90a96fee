// Right to erasure for one person, named by userId or by email address: every
// answer of the site they gave (by userId, and every answer their campaign
// emails' links gave, which GPC may have left without a userId, found through
// campaign_answers even after their list place or the campaign was deleted),
// then their places on recipient lists and every mail of the site to their
// address. The suppression list keeps its hash: they asked for no more email.
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
  const hashes = new Set<string>('email' in by ? [emailHash(siteId, by.email)] : []);
  const userIds = new Set<string>('userId' in by ? [by.userId] : []);
  // Whatever names the person leads to the rest: a userId to their address's hash (through
  // their list places and their emails' answers), an address to the userIds they answered as.
  let keys = await store.campaigns.answerKeys(siteId, {
    emailHashes: [...hashes],
    userIds: [...userIds],
  });
  for (const key of keys) hashes.add(key.emailHash);
  const recipients = new Map(
    (
      await Promise.all([
        ...[...hashes].map((hash) => store.campaigns.findRecipients(siteId, { emailHash: hash })),
        ...[...userIds].map((userId) => store.campaigns.findRecipients(siteId, { userId })),
      ])
    )
      .flat()
      .map((r) => [r.id, r]),
  );
  for (const r of recipients.values()) {
    hashes.add(r.emailHash);
    userIds.add(r.userId ?? r.id);
  }
  keys = await store.campaigns.answerKeys(siteId, {
    emailHashes: [...hashes],
    userIds: [...userIds],
  });
  for (const key of keys) userIds.add(key.userId);

  const responseIds = new Set(keys.map((key) => key.responseId));
  for (const userId of userIds)
    for (const id of await store.responseIdsOfRespondent(siteId, userId)) responseIds.add(id);
  let erased = 0;
  for (const id of responseIds) if (await store.eraseResponse(siteId, id)) erased++;
  await store.campaigns.forgetAnswers(
    siteId,
    keys.map((key) => key.responseId),
  );

  const emails = new Set([...recipients.values()].map((r) => r.email));
  if ('email' in by) emails.add(by.email.trim());
  const removed = await store.campaigns.eraseRecipients(
    siteId,
    [...recipients.keys()],
    [...emails],
  );
  return { erased, recipients: removed };
}
