// Writes a batch's day-count deltas (day-counts.ts) to SQLite, one upsert per
// touched key inside the caller's transaction; keys that reach 0 are removed.
import type Database from 'better-sqlite3';
import type { DayCountDeltas, DayCountTable } from '../day-counts';

export class DayCountWrites {
  private readonly upsert: Database.Statement<unknown[]>;
  private readonly dropEmpty: Database.Statement<unknown[]>;

  constructor(db: Database.Database, { name, keys }: DayCountTable) {
    const columns = ['survey_id', 'day', ...keys];
    this.upsert = db.prepare(
      `INSERT INTO ${name} (${columns.join(', ')}, n) VALUES (${columns.map(() => '?').join(', ')}, ?)
       ON CONFLICT (${columns.join(', ')}) DO UPDATE SET n = n + excluded.n`,
    );
    this.dropEmpty = db.prepare(
      `DELETE FROM ${name} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND n <= 0`,
    );
  }

  /** Call inside the transaction that changed the responses. */
  apply(deltas: DayCountDeltas): void {
    for (const { surveyId, day, key, delta } of deltas.entries()) {
      this.upsert.run(surveyId, day, ...key, delta);
      if (delta < 0) this.dropEmpty.run(surveyId, day, ...key);
    }
  }
}
