// Writes a batch's day-count deltas (day-counts.ts) to SQLite, one upsert per
// touched key inside the caller's transaction; keys that reach 0 are removed.
import type Database from 'better-sqlite3';
import type { DayCountDeltas, DayCountTable } from '../day-counts';

export class DayCountWrites {
  private readonly upsert: Database.Statement<[string, number, string, string | number, number]>;
  private readonly dropEmpty: Database.Statement<[string, number, string, string | number]>;

  constructor(db: Database.Database, { name, keys: [a, b] }: DayCountTable) {
    this.upsert = db.prepare(
      `INSERT INTO ${name} (survey_id, day, ${a}, ${b}, n) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (survey_id, day, ${a}, ${b}) DO UPDATE SET n = n + excluded.n`,
    );
    this.dropEmpty = db.prepare(
      `DELETE FROM ${name} WHERE survey_id = ? AND day = ? AND ${a} = ? AND ${b} = ? AND n <= 0`,
    );
  }

  /** Call inside the transaction that changed the responses. */
  apply(deltas: DayCountDeltas): void {
    for (const { surveyId, day, key, delta } of deltas.entries()) {
      this.upsert.run(surveyId, day, key[0], key[1], delta);
      if (delta < 0) this.dropEmpty.run(surveyId, day, key[0], key[1]);
    }
  }
}
