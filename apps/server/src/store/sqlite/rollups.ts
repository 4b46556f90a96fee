// Writes a batch's rollup deltas to SQLite, one upsert per touched slot,
// inside the caller's transaction (see rollup-deltas.ts).
import type Database from 'better-sqlite3';
import { type RollupDeltas, SCORE_COLUMNS } from '../rollup-deltas';

const ADD_SCORES = SCORE_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ');
const SCORE_PARAMS = SCORE_COLUMNS.map(() => '?').join(', ');

export class RollupStatements {
  private readonly upsertTotal: Database.Statement<Array<string | number>>;
  private readonly upsertGroup: Database.Statement<Array<string | number>>;

  constructor(db: Database.Database) {
    this.upsertTotal = db.prepare(
      `INSERT INTO response_rollups (survey_id, grain, start, ${SCORE_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ${SCORE_PARAMS})
       ON CONFLICT (survey_id, grain, start) DO UPDATE SET ${ADD_SCORES}`,
    );
    this.upsertGroup = db.prepare(
      `INSERT INTO response_group_rollups (survey_id, dimension, grain, start, segment, ${SCORE_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ?, ?, ${SCORE_PARAMS})
       ON CONFLICT (survey_id, dimension, grain, start, segment) DO UPDATE SET ${ADD_SCORES}`,
    );
  }

  /** Call inside the transaction that changed the responses. */
  apply(rollups: RollupDeltas): void {
    for (const t of rollups.totals())
      this.upsertTotal.run(t.surveyId, t.grain, t.start, ...t.deltas);
    for (const g of rollups.groups())
      this.upsertGroup.run(g.surveyId, g.dimension, g.grain, g.start, g.segment, ...g.deltas);
  }
}
