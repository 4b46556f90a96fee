// Writes a batch's day-count deltas (day-counts.ts) to PostgreSQL as one
// set-based upsert in key order, then removes the keys that reached 0;
// inside the caller's transaction.
import type pg from 'pg';
import type { DayCountDelta, DayCountDeltas, DayCountTable } from '../day-counts';

export async function applyDayCounts(
  client: pg.PoolClient,
  { name, keys, pgTypes }: DayCountTable,
  deltas: DayCountDeltas,
): Promise<void> {
  const entries = deltas.entries();
  if (entries.length === 0) return;
  const columns = ['survey_id', 'day', ...keys];
  const types = ['text', 'bigint', ...pgTypes];
  // One array parameter per key column, in the key's order.
  const arrays = (rows: DayCountDelta[]) => [
    rows.map((e) => e.surveyId),
    rows.map((e) => e.day),
    ...keys.map((_, k) => rows.map((e) => e.key[k])),
  ];
  const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(
    `INSERT INTO ${name} (${columns.join(', ')}, n)
     SELECT * FROM unnest(${unnest}, $${types.length + 1}::int[])
     ON CONFLICT (${columns.join(', ')}) DO UPDATE SET n = ${name}.n + excluded.n`,
    [...arrays(entries), entries.map((e) => e.delta)],
  );
  const lowered = entries.filter((e) => e.delta < 0);
  if (lowered.length)
    await client.query(
      `DELETE FROM ${name} c USING unnest(${unnest}) AS k(${columns.map((_, i) => `k${i}`).join(', ')})
       WHERE ${columns.map((c, i) => `c.${c} = k.k${i}`).join(' AND ')} AND c.n <= 0`,
      arrays(lowered),
    );
}
