// The batch write on PostgreSQL: one transaction per batch, a handful of
// statements whatever the batch size (no per-row round trips), the same
// idempotency rules as SQLite (mergeSubmission), rollups in the same
// transaction. Safe with many processes on one database:
// - surveys of the batch are locked FOR KEY SHARE, so a survey cannot be
//   deleted under the batch; answers to an already deleted one are survey-gone;
// - new ids are inserted with ON CONFLICT DO NOTHING: of two processes posting
//   one id at once, one inserts, the other waits for its commit, then merges
//   into the stored row (locked FOR UPDATE);
// - rows and rollup slots are locked in key order, so batches cannot deadlock.
import type pg from 'pg';
import { mergeSubmission, rowFromWrite } from '../../ingest/merge-submission';
import {
  deliveriesFor,
  endpointWants,
  mayBeAtRisk,
  type PreviousAnswer,
} from '../../webhooks/events';
import { previousAnswerQuery } from '../at-risk-query';
import { ATTRIBUTE_COUNTS, COMMENT_TERMS, REASON_COUNTS, SEGMENT_COUNTS } from '../day-counts';
import { AttributeDeltas, SegmentDeltas } from '../filter-count-deltas';
import { ReasonDeltas } from '../reason-deltas';
import { fromResponseRow, type ResponseRow } from '../response-row';
import { type GroupDelta, RollupDeltas, SCORE_COLUMNS, type TotalDelta } from '../rollup-deltas';
import { TermDeltas } from '../term-deltas';
import type { ResponseWrite, StoredResponseRow, WriteOutcome } from '../types';
import { type EndpointRow, toEndpoint } from '../webhook-rows';
import { applyDayCounts } from './day-count-writes';
import { addToOutbox } from './webhooks';

// Column, array type for unnest(), and how a row gives its value.
const COLUMNS: Array<[string, string, (row: StoredResponseRow) => unknown]> = [
  ['id', 'text', (r) => r.id],
  ['site_id', 'text', (r) => r.siteId],
  ['survey_id', 'text', (r) => r.surveyId],
  ['score', 'smallint', (r) => r.score],
  ['bucket', 'text', (r) => r.bucket],
  ['reasons', 'jsonb', (r) => JSON.stringify(r.reasons)],
  ['comment', 'text', (r) => r.comment],
  ['touchpoint', 'text', (r) => r.touchpoint],
  ['channel', 'text', (r) => r.channel],
  ['attributes', 'jsonb', (r) => JSON.stringify(r.attributes)],
  ['user_id', 'text', (r) => r.userId],
  ['locale', 'text', (r) => r.locale],
  ['url', 'text', (r) => r.url],
  ['page', 'text', (r) => r.page],
  ['device', 'text', (r) => r.device],
  ['country', 'text', (r) => r.country],
  ['finished', 'boolean', (r) => r.finished],
  ['received_at', 'bigint', (r) => r.receivedAt],
  ['updated_at', 'bigint', (r) => r.updatedAt],
];
const NAMES = COLUMNS.map(([name]) => name).join(', ');
const UNNEST = `unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
const columnArrays = (rows: readonly StoredResponseRow[]) =>
  COLUMNS.map(([, , value]) => rows.map(value));

const INSERT_NEW = `INSERT INTO responses (${NAMES}) SELECT * FROM ${UNNEST}
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const SETTABLE = COLUMNS.map(([name]) => name).filter(
  (name) => !['id', 'site_id', 'survey_id'].includes(name),
);
const UPDATE_ROWS = `UPDATE responses r SET ${SETTABLE.map((c) => `${c} = v.${c}`).join(', ')}
  FROM ${UNNEST} AS v(${NAMES}) WHERE r.id = v.id`;

const SCORES = SCORE_COLUMNS.join(', ');
const ADD_SCORES = (table: string) =>
  SCORE_COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
const SCORE_ARRAYS = (from: number) =>
  SCORE_COLUMNS.map((_, i) => `$${from + i}::integer[]`).join(', ');
const UPSERT_TOTALS = `INSERT INTO response_rollups (survey_id, grain, start, ${SCORES})
  SELECT * FROM unnest($1::text[], $2::smallint[], $3::bigint[], ${SCORE_ARRAYS(4)})
  ON CONFLICT (survey_id, grain, start) DO UPDATE SET ${ADD_SCORES('response_rollups')}`;
const UPSERT_GROUPS = `INSERT INTO response_group_rollups (survey_id, dimension, grain, start, segment, ${SCORES})
  SELECT * FROM unnest($1::text[], $2::smallint[], $3::smallint[], $4::bigint[], $5::text[], ${SCORE_ARRAYS(6)})
  ON CONFLICT (survey_id, dimension, grain, start, segment) DO UPDATE SET ${ADD_SCORES('response_group_rollups')}`;

const scoreArrays = (slots: readonly TotalDelta[]) =>
  SCORE_COLUMNS.map((_, score) => slots.map((s) => s.deltas[score]));

/** Writes the deltas, slots in key order (see RollupDeltas.totals). */
export async function applyRollups(client: pg.PoolClient, rollups: RollupDeltas): Promise<void> {
  const totals = rollups.totals();
  if (totals.length)
    await client.query(UPSERT_TOTALS, [
      totals.map((t) => t.surveyId),
      totals.map((t) => t.grain),
      totals.map((t) => t.start),
      ...scoreArrays(totals),
    ]);
  const groups: GroupDelta[] = rollups.groups();
  if (groups.length)
    await client.query(UPSERT_GROUPS, [
      groups.map((g) => g.surveyId),
      groups.map((g) => g.dimension),
      groups.map((g) => g.grain),
      groups.map((g) => g.start),
      groups.map((g) => g.segment),
      ...scoreArrays(groups),
    ]);
}

/** Applies the submissions in order inside the caller's transaction; one outcome each. */
export async function writeBatch(
  client: pg.PoolClient,
  writes: readonly ResponseWrite[],
  now: number,
): Promise<WriteOutcome[]> {
  const surveyIds = [...new Set(writes.map((w) => w.surveyId))].sort();
  // One round trip: the batch's surveys, locked, with their sites' webhook
  // endpoints (the outbox needs them; most sites have none).
  const { rows: surveys } = await client.query<{ id: string; endpoints: EndpointRow[] }>(
    `WITH live AS (SELECT id, site_id FROM surveys WHERE id = ANY($1::text[]) ORDER BY id FOR KEY SHARE)
     SELECT live.id, coalesce(
       (SELECT json_agg(e) FROM webhook_endpoints e WHERE e.site_id = live.site_id), '[]') AS endpoints
     FROM live`,
    [surveyIds],
  );
  const live = new Set(surveys.map((r) => r.id));
  // Surveys of one site list the same endpoints: each once.
  const endpoints = [
    ...new Map(surveys.flatMap((r) => r.endpoints).map((e) => [e.id, e])).values(),
  ].map(toEndpoint);

  // First occurrence of each id whose survey is there: try to insert them all at once.
  const firsts = new Map<string, StoredResponseRow>();
  for (const write of writes)
    if (live.has(write.surveyId) && !firsts.has(write.id))
      firsts.set(write.id, rowFromWrite(write, now));
  const candidates = [...firsts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const inserted = new Set(
    candidates.length
      ? (await client.query<{ id: string }>(INSERT_NEW, columnArrays(candidates))).rows.map(
          (r) => r.id,
        )
      : [],
  );

  // Ids that already existed: their stored rows, locked until commit.
  const existingIds = [...firsts.keys()].filter((id) => !inserted.has(id)).sort();
  const current = new Map<string, StoredResponseRow>();
  if (existingIds.length) {
    const { rows } = await client.query<ResponseRow>(
      'SELECT * FROM responses WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
      [existingIds],
    );
    for (const row of rows) current.set(row.id, fromResponseRow(row));
  }

  const rollups = new RollupDeltas();
  const terms = new TermDeltas();
  const reasons = new ReasonDeltas();
  const segments = new SegmentDeltas();
  const attributes = new AttributeDeltas();
  const changed = new Map<string, StoredResponseRow>();
  const changes: Array<{ before?: StoredResponseRow; after: StoredResponseRow }> = [];
  const outcomes = writes.map((write): WriteOutcome => {
    if (!live.has(write.surveyId)) return { kind: 'survey-gone' };
    const first = firsts.get(write.id);
    if (first && inserted.has(write.id) && !current.has(write.id)) {
      // The row this batch created; later writes of the id merge into it.
      current.set(write.id, first);
      rollups.add(first, 1);
      terms.add(first, 1);
      reasons.add(first, 1);
      segments.add(first, 1);
      attributes.add(first, 1);
      changes.push({ after: first });
      return { kind: 'created' };
    }
    const before = current.get(write.id);
    // The insert saw the id but the row is gone: erased by another transaction
    // in between. Rare; failing the batch makes its clients retry (503).
    if (!before) throw new Error(`response ${write.id} vanished during the write`);
    const { outcome, row } = mergeSubmission(before, write, now);
    if (row) {
      rollups.move(before, row);
      terms.move(before, row);
      reasons.move(before, row);
      segments.move(before, row);
      attributes.move(before, row);
      changes.push({ before, after: row });
      current.set(write.id, row);
      changed.set(write.id, row);
    }
    return outcome;
  });

  const updates = [...changed.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (updates.length) await client.query(UPDATE_ROWS, columnArrays(updates));
  await applyRollups(client, rollups);
  await applyDayCounts(client, COMMENT_TERMS, terms);
  await applyDayCounts(client, REASON_COUNTS, reasons);
  await applyDayCounts(client, SEGMENT_COUNTS, segments);
  await applyDayCounts(client, ATTRIBUTE_COUNTS, attributes);
  // Webhook events commit with the answers that caused them (the outbox).
  if (changes.length) {
    const endpointsOf = (siteId: string) => endpoints.filter((e) => e.siteId === siteId);
    // respondent.at_risk needs the respondent's previous answer: read it only
    // for answers that may raise the event and a site that wants it.
    const previous = new Map<string, PreviousAnswer>();
    for (const { before, after } of changes) {
      if (
        !mayBeAtRisk(before, after) ||
        !endpointsOf(after.siteId).some((e) => endpointWants(e, 'respondent.at_risk', after))
      )
        continue;
      const { rows } = await client.query<PreviousAnswer>(previousAnswerQuery('postgres'), [
        after.surveyId,
        after.userId,
        after.receivedAt,
        after.id,
      ]);
      if (rows[0]) previous.set(after.id, rows[0]);
    }
    await addToOutbox(
      client,
      deliveriesFor(changes, endpointsOf, now, (row) => previous.get(row.id)),
    );
  }
  return outcomes;
}
