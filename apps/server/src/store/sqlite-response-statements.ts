// The ingest hot path on SQLite as plain prepared statements. drizzle's query
// builder re-renders and re-prepares SQL on every call; profiled under load
// that was a fifth of the server's CPU. These statements are prepared once
// and mirror the drizzle table in sqlite-schema.ts (tested through the store).

import type { Device } from '@koe/core';
import type Database from 'better-sqlite3';
import { mergeSubmission, rowFromWrite } from '../ingest/merge-submission';
import { GRAINS, slotStart } from './rollup-grains';
import type { ResponseWrite, StoredResponseRow, WriteOutcome } from './types';

export interface RawRow {
  id: string;
  site_id: string;
  survey_id: string;
  score: number;
  bucket: string;
  reasons: string;
  comment: string | null;
  touchpoint: string | null;
  attributes: string;
  user_id: string | null;
  locale: string | null;
  url: string | null;
  page: string | null;
  device: string;
  country: string | null;
  finished: number;
  received_at: number;
  updated_at: number;
}

export function fromRaw(raw: RawRow): StoredResponseRow {
  return {
    id: raw.id,
    siteId: raw.site_id,
    surveyId: raw.survey_id,
    score: raw.score,
    bucket: raw.bucket,
    reasons: JSON.parse(raw.reasons),
    comment: raw.comment,
    touchpoint: raw.touchpoint,
    attributes: JSON.parse(raw.attributes),
    userId: raw.user_id,
    locale: raw.locale,
    url: raw.url,
    page: raw.page,
    device: raw.device as Device,
    country: raw.country,
    finished: raw.finished === 1,
    receivedAt: raw.received_at,
    updatedAt: raw.updated_at,
  };
}

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
  private readonly select: Database.Statement<[string], RawRow>;
  private readonly insertRow: Database.Statement;
  private readonly updateRow: Database.Statement;

  constructor(db: Database.Database) {
    this.select = db.prepare<[string], RawRow>('SELECT * FROM responses WHERE id = ?');
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
    return raw && fromRaw(raw);
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
/** Keeps response_rollups in step with responses, inside the caller's transaction. */
export class RollupStatements {
  private readonly upsert: Database.Statement<[string, number, number, number, number]>;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(
      `INSERT INTO response_rollups (survey_id, grain, start, score, n) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (survey_id, grain, start, score) DO UPDATE SET n = n + excluded.n`,
    );
  }

  /** Adds delta (+1 or −1) answers of this score at this time, at every grain. */
  add(surveyId: string, at: number, score: number, delta: number): void {
    for (const { grain, ms } of GRAINS)
      this.upsert.run(surveyId, grain, slotStart(at, ms), score, delta);
  }
}

export function batchWriter(db: Database.Database) {
  const rows = new ResponseStatements(db);
  const rollups = new RollupStatements(db);
  // Each row in its own savepoint (a nested better-sqlite3 transaction): a row
  // whose survey was deleted after validation fails alone, not the batch.
  const applyOne = db.transaction((write: ResponseWrite, now: number): WriteOutcome => {
    if (rows.insertNew(rowFromWrite(write, now))) {
      rollups.add(write.surveyId, now, write.score, 1);
      return { kind: 'created' };
    }
    const existing = rows.byId(write.id);
    const { outcome, row } = mergeSubmission(existing, write, now);
    if (row) {
      rows.update(row);
      // An unfinished answer may change its score: move it between rollup counts.
      if (existing && existing.score !== row.score) {
        rollups.add(row.surveyId, row.receivedAt, existing.score, -1);
        rollups.add(row.surveyId, row.receivedAt, row.score, 1);
      }
    }
    return outcome;
  });
  return db.transaction((writes: readonly ResponseWrite[], now: number): WriteOutcome[] =>
    writes.map((write) => {
      try {
        return applyOne(write, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
          return { kind: 'survey-gone' };
        throw error;
      }
    }),
  );
}
