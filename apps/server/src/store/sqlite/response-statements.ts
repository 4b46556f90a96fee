// The ingest hot path on SQLite as plain prepared statements. drizzle's query
// builder re-renders and re-prepares SQL on every call; profiled under load
// that was a fifth of the server's CPU. These statements are prepared once
// and mirror the drizzle table in schema.ts (tested through the store).

import type Database from 'better-sqlite3';
import { mergeSubmission, rowFromWrite } from '../../ingest/merge-submission';
import { deliveriesFor, type PreviousAnswer } from '../../webhooks/events';
import { previousAnswerQuery } from '../at-risk-query';
import { ATTRIBUTE_COUNTS, COMMENT_TERMS, REASON_COUNTS, SEGMENT_COUNTS } from '../day-counts';
import { AttributeDeltas, SegmentDeltas } from '../filter-count-deltas';
import { ReasonDeltas } from '../reason-deltas';
import { fromResponseRow, type ResponseRow } from '../response-row';
import { RollupDeltas } from '../rollup-deltas';
import { TermDeltas } from '../term-deltas';
import type { ResponseWrite, StoredResponseRow, WriteOutcome } from '../types';
import { DayCountWrites } from './day-count-writes';
import { RollupStatements } from './rollups';
import { OutboxStatements } from './webhooks';

function toParams(row: StoredResponseRow) {
  return {
    id: row.id,
    site_id: row.siteId,
    survey_id: row.surveyId,
    score: row.score,
    bucket: row.bucket,
    reasons: JSON.stringify(row.reasons),
    comment: row.comment,
    touchpoint: row.touchpoint,
    channel: row.channel,
    attributes: JSON.stringify(row.attributes),
    user_id: row.userId,
    locale: row.locale,
    url: row.url,
    page: row.page,
    device: row.device,
    country: row.country,
    finished: row.finished ? 1 : 0,
    received_at: row.receivedAt,
    updated_at: row.updatedAt,
  };
}

const COLUMNS = [
  'id',
  'site_id',
  'survey_id',
  'score',
  'bucket',
  'reasons',
  'comment',
  'touchpoint',
  'channel',
  'attributes',
  'user_id',
  'locale',
  'url',
  'page',
  'device',
  'country',
  'finished',
  'received_at',
  'updated_at',
] as const;

export class ResponseStatements {
  private readonly select: Database.Statement<[string], ResponseRow>;
  private readonly insertRow: Database.Statement;
  private readonly updateRow: Database.Statement;

  constructor(db: Database.Database) {
    this.select = db.prepare<[string], ResponseRow>('SELECT * FROM responses WHERE id = ?');
    // New submissions are the common case: try the insert first and look the
    // row up only when the id exists (saves a primary-key probe per response).
    this.insertRow = db.prepare(
      `INSERT INTO responses (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (id) DO NOTHING`,
    );
    const settable = COLUMNS.filter((c) => c !== 'id' && c !== 'site_id' && c !== 'survey_id');
    this.updateRow = db.prepare(
      `UPDATE responses SET ${settable.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    );
  }

  byId(id: string): StoredResponseRow | undefined {
    const raw = this.select.get(id);
    return raw && fromResponseRow(raw);
  }

  /** Inserts the row unless its id exists; returns whether it did. */
  insertNew(row: StoredResponseRow): boolean {
    return this.insertRow.run(toParams(row)).changes === 1;
  }

  update(row: StoredResponseRow): void {
    this.updateRow.run(toParams(row));
  }
}

/**
 * The batch write: one transaction (BEGIN … COMMIT, one fsync) applying the
 * idempotency rules to each submission in order. Used on the main thread
 * (tests, tools) and in the writer thread (the server).
 */
interface Applied {
  outcome: WriteOutcome;
  /** The stored row before this write (absent for a new answer). */
  before?: StoredResponseRow;
  /** The stored row after it (absent when nothing changed). */
  after?: StoredResponseRow;
}

export function batchWriter(db: Database.Database) {
  const rows = new ResponseStatements(db);
  const rollupStatements = new RollupStatements(db);
  const termWrites = new DayCountWrites(db, COMMENT_TERMS);
  const reasonWrites = new DayCountWrites(db, REASON_COUNTS);
  const segmentWrites = new DayCountWrites(db, SEGMENT_COUNTS);
  const attributeWrites = new DayCountWrites(db, ATTRIBUTE_COUNTS);
  const previousAnswer = db.prepare<[string, string, number, string], PreviousAnswer>(
    previousAnswerQuery('sqlite'),
  );
  const previousOf = (row: StoredResponseRow) =>
    row.userId === null
      ? undefined
      : previousAnswer.get(row.surveyId, row.userId, row.receivedAt, row.id);
  const outbox = new OutboxStatements(db);
  // Each row in its own savepoint (a nested better-sqlite3 transaction): a row
  // whose survey was deleted after validation fails alone, not the batch.
  const applyOne = db.transaction((write: ResponseWrite, now: number): Applied => {
    const fresh = rowFromWrite(write, now);
    if (rows.insertNew(fresh)) return { outcome: { kind: 'created' }, after: fresh };
    const before = rows.byId(write.id);
    const { outcome, row } = mergeSubmission(before, write, now);
    if (row) rows.update(row);
    return { outcome, before, after: row };
  });
  return db.transaction((writes: readonly ResponseWrite[], now: number): WriteOutcome[] => {
    const rollups = new RollupDeltas();
    const terms = new TermDeltas();
    const reasons = new ReasonDeltas();
    const segments = new SegmentDeltas();
    const attributes = new AttributeDeltas();
    const changes: Array<{ before?: StoredResponseRow; after: StoredResponseRow }> = [];
    const outcomes = writes.map((write): WriteOutcome => {
      try {
        // Rollup deltas are taken only once the row's savepoint is released.
        const { outcome, before, after } = applyOne(write, now);
        // An unfinished answer may change its score and gain segments: move its counts.
        if (after) {
          before ? rollups.move(before, after) : rollups.add(after, 1);
          before ? terms.move(before, after) : terms.add(after, 1);
          before ? reasons.move(before, after) : reasons.add(after, 1);
          before ? segments.move(before, after) : segments.add(after, 1);
          before ? attributes.move(before, after) : attributes.add(after, 1);
          changes.push({ before, after });
        }
        return outcome;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
          return { kind: 'survey-gone' };
        throw error;
      }
    });
    rollupStatements.apply(rollups);
    termWrites.apply(terms);
    reasonWrites.apply(reasons);
    segmentWrites.apply(segments);
    attributeWrites.apply(attributes);
    // Webhook events commit with the answers that caused them (the outbox).
    if (changes.length)
      outbox.add(deliveriesFor(changes, outbox.endpointsOfSites(), now, previousOf));
    return outcomes;
  });
}
