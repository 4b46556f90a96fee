// The idempotency rules of POST /v1/responses, as one pure function that
// every store applies inside its write transaction:
// - a new id creates a row;
// - while a response is unfinished, later posts with the same id may change
//   the score and add reasons and a comment, and finish it;
// - once finished, a post that agrees with what is stored is a harmless
//   retry (including a late copy of the earlier partial post), and one that
//   disagrees is a conflict: stored answers are never silently altered.
import type { ResponseWrite, StoredResponseRow, WriteOutcome } from '../store/types';

export interface MergeResult {
  outcome: WriteOutcome;
  /** The row to store; absent when nothing changes. */
  row?: StoredResponseRow;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

export function rowFromWrite(write: ResponseWrite, now: number): StoredResponseRow {
  return {
    id: write.id,
    siteId: write.siteId,
    surveyId: write.surveyId,
    score: write.score,
    bucket: write.bucket,
    reasons: write.reasons ?? [],
    comment: write.comment ?? null,
    touchpoint: write.touchpoint ?? null,
    channel: write.channel ?? 'web',
    attributes: write.attributes ?? {},
    userId: write.userId ?? null,
    locale: write.locale ?? null,
    url: write.url ?? null,
    page: write.page ?? null,
    device: write.device,
    country: write.country ?? null,
    finished: write.finished,
    receivedAt: write.receivedAt ?? now,
    updatedAt: write.receivedAt ?? now,
  };
}

export function mergeSubmission(
  existing: StoredResponseRow | undefined,
  write: ResponseWrite,
  now: number,
): MergeResult {
  if (!existing) return { outcome: { kind: 'created' }, row: rowFromWrite(write, now) };

  if (existing.siteId !== write.siteId || existing.surveyId !== write.surveyId) {
    return {
      outcome: {
        kind: 'conflict',
        reason: 'this submission id is already used by another response',
      },
    };
  }

  if (existing.finished) {
    if (write.score !== existing.score) {
      return {
        outcome: { kind: 'conflict', reason: 'the response is finished with a different score' },
      };
    }
    if (write.reasons !== undefined && !sameSet(write.reasons, existing.reasons)) {
      return {
        outcome: { kind: 'conflict', reason: 'the response is finished with different reasons' },
      };
    }
    if (write.comment !== undefined && write.comment !== existing.comment) {
      return {
        outcome: { kind: 'conflict', reason: 'the response is finished with a different comment' },
      };
    }
    return { outcome: { kind: 'duplicate' } };
  }

  // Reasons belong to a bucket's follow-up: a new bucket starts with none.
  const keptReasons = write.bucket === existing.bucket ? existing.reasons : [];
  const merged: StoredResponseRow = {
    ...existing,
    score: write.score,
    bucket: write.bucket,
    reasons: write.reasons ?? keptReasons,
    comment: write.comment ?? existing.comment,
    finished: write.finished,
    // Context first seen wins; fill what the first post did not carry.
    touchpoint: existing.touchpoint ?? write.touchpoint ?? null,
    locale: existing.locale ?? write.locale ?? null,
    url: existing.url ?? write.url ?? null,
    page: existing.page ?? write.page ?? null,
    userId: existing.userId ?? write.userId ?? null,
    attributes:
      Object.keys(existing.attributes).length > 0 ? existing.attributes : (write.attributes ?? {}),
    updatedAt: now,
  };
  const unchanged =
    merged.score === existing.score &&
    sameSet(merged.reasons, existing.reasons) &&
    merged.comment === existing.comment &&
    merged.finished === existing.finished;
  if (unchanged) return { outcome: { kind: 'duplicate' } };
  return { outcome: { kind: 'updated' }, row: merged };
}
