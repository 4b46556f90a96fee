// Writes a batch's day-count deltas (day-counts.ts) to PostgreSQL as one
// set-based upsert in key order, then removes the keys that reached 0;
// inside the caller's transaction.
import type pg from 'pg';
import type { DayCountDeltas, DayCountTable } from '../day-counts';

export async function applyDayCounts(
  client: pg.PoolClient,
  { name, keys: [a, b], pgTypes: [typeA, typeB] }: DayCountTable,
  deltas: DayCountDeltas,
): Promise<void> {
  const entries = deltas.entries();
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO ${name} (survey_id, day, ${a}, ${b}, n)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::${typeA}[], $4::${typeB}[], $5::int[])
     ON CONFLICT (survey_id, day, ${a}, ${b}) DO UPDATE SET n = ${name}.n + excluded.n`,
    [
      entries.map((e) => e.surveyId),
      entries.map((e) => e.day),
      entries.map((e) => e.key[0]),
      entries.map((e) => e.key[1]),
      entries.map((e) => e.delta),
    ],
  );
  const lowered = entries.filter((e) => e.delta < 0);
  if (lowered.length)
    await client.query(
      `DELETE FROM ${name} c USING unnest($1::text[], $2::bigint[], $3::${typeA}[], $4::${typeB}[]) AS k(s, d, a, b)
       WHERE c.survey_id = k.s AND c.day = k.d AND c.${a} = k.a AND c.${b} = k.b AND c.n <= 0`,
      [
        lowered.map((e) => e.surveyId),
        lowered.map((e) => e.day),
        lowered.map((e) => e.key[0]),
        lowered.map((e) => e.key[1]),
      ],
    );
}
