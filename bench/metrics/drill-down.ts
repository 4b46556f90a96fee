// The drill-down part of bench/metrics: filtered 30-day metrics (segment
// rollups, day counts of segments, a reason or an attribute, raw rows through
// indexes, comment search),
// the reasons endpoint, who is at risk and themes, each beside a full scan of the rows with
// the same filter in the same run (for themes: recounting every comment of
// the range). Goals from the issue: a filtered 30-day metric p50 ≤ 50 ms,
// themes p50 ≤ 100 ms.
import { bucketsOf, distinctiveTerms } from '@koe/core';
import type Database from 'better-sqlite3';
import { countTerms } from '../../apps/server/src/store/term-deltas';
import { ratio, type SummaryRow } from '../results';
import { printTable } from '../table';

interface Options {
  api: (query: string) => Promise<unknown>;
  sqlite: Database.Database;
  from: number;
  to: number;
  time: (fn: () => unknown, runs?: number) => Promise<{ p50: number; p95: number }>;
  rowsLabel: string;
}

const METRIC_GOAL_MS = 50;
const THEMES_GOAL_MS = 100;

export async function measureDrillDown({
  api,
  sqlite,
  from,
  to,
  time,
  rowsLabel,
}: Options): Promise<SummaryRow[]> {
  const range = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
  // The baseline: the same filter over every row of the table (no index, no rollup).
  const scan = (where: string, select = 'score, count(*) AS n', group = 'GROUP BY score') => {
    const statement = sqlite.prepare(
      `SELECT ${select} FROM responses NOT INDEXED
       WHERE survey_id = 'srv_bench' AND received_at >= ? AND received_at < ? AND ${where} ${group}`,
    );
    return () => statement.all(from, to);
  };
  const cases: Array<{ name: string; query: string; baseline: () => unknown; goal: number }> = [
    {
      name: 'device=mobile (segment rollups)',
      query: `/metrics?${range}&device=mobile`,
      baseline: scan(`device = 'mobile'`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'touchpoint=checkout & device=mobile',
      query: `/metrics?${range}&touchpoint=checkout&device=mobile`,
      baseline: scan(`touchpoint = 'checkout' AND device = 'mobile'`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'reason=price',
      query: `/metrics?${range}&reason=price`,
      baseline: scan(`EXISTS (SELECT 1 FROM json_each(reasons) WHERE value = 'price')`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'attr.plan=pro, daily series',
      query: `/metrics?${range}&attr.plan=pro&interval=day`,
      baseline: scan(`attributes ->> '$.plan' = 'pro'`),
      goal: METRIC_GOAL_MS,
    },
    {
      // Local days that are not UTC days: no whole day for the day counts, so raw rows.
      name: 'attr.plan=pro, daily series, Asia/Tokyo',
      query: `/metrics?${range}&attr.plan=pro&interval=day&tz=Asia/Tokyo`,
      baseline: scan(`attributes ->> '$.plan' = 'pro'`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'groupBy touchpoint, device=mobile',
      query: `/metrics?${range}&groupBy=touchpoint&device=mobile`,
      baseline: scan(
        `device = 'mobile'`,
        'touchpoint, score, count(*) AS n',
        'GROUP BY touchpoint, score',
      ),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'q=damaged (comment search)',
      query: `/metrics?${range}&q=damaged`,
      baseline: scan(`instr(lower(comment), 'damaged') > 0`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'q=遅い (two characters: no trigram)',
      query: `/metrics?${range}&q=${encodeURIComponent('遅い')}`,
      baseline: scan(`instr(lower(comment), '遅い') > 0`),
      goal: METRIC_GOAL_MS,
    },
    {
      name: 'reasons, compare=previous',
      query: `/reasons?${range}&compare=previous`,
      baseline: (() => {
        const statement = sqlite.prepare(
          `SELECT j.value AS reason, r.score, count(*) AS n FROM responses r NOT INDEXED, json_each(r.reasons) j
           WHERE r.survey_id = 'srv_bench' AND r.received_at >= ? AND r.received_at < ? GROUP BY j.value, r.score`,
        );
        return () => statement.all(from, to);
      })(),
      goal: METRIC_GOAL_MS,
    },
  ];

  // Who is at risk, by the same rules over every identified answer (a window per respondent).
  const atRiskScan = sqlite.prepare(
    `WITH ranked AS (
       SELECT x.id, x.score, x.bucket, x.received_at, row_number() OVER (PARTITION BY x.user_id ORDER BY x.received_at DESC, x.id DESC) AS k,
         lead(x.score) OVER (PARTITION BY x.user_id ORDER BY x.received_at DESC, x.id DESC) AS prev
       FROM responses x NOT INDEXED WHERE x.survey_id = 'srv_bench' AND x.user_id IS NOT NULL AND x.received_at < ?)
     SELECT * FROM ranked WHERE k = 1 AND received_at >= ? AND (bucket = 'detractor' OR prev - score >= 3)
     ORDER BY received_at DESC, id DESC LIMIT 26`,
  );
  cases.push({
    name: 'at-risk, first page of 25',
    query: `/at-risk?${range}&limit=25`,
    baseline: () => atRiskScan.all(to, from),
    goal: METRIC_GOAL_MS,
  });

  // Themes by recounting: read the range's comments and count their terms.
  const comments = sqlite.prepare<[number, number], { bucket: string; comment: string }>(
    `SELECT bucket, comment FROM responses NOT INDEXED
     WHERE survey_id = 'srv_bench' AND received_at >= ? AND received_at < ? AND comment IS NOT NULL`,
  );
  const recount = () => {
    const counts = countTerms(comments.iterate(from, to));
    const total = (bucket: string) =>
      counts.find((c) => c.bucket === bucket && c.term === '')?.n ?? 0;
    const all = bucketsOf('nps').reduce((sum, b) => sum + total(b), 0);
    return bucketsOf('nps').map((bucket) => {
      const terms = new Map<string, { focus: number; rest: number }>();
      for (const c of counts) {
        if (c.term === '') continue;
        const entry = terms.get(c.term) ?? { focus: 0, rest: 0 };
        if (c.bucket === bucket) entry.focus += c.n;
        else entry.rest += c.n;
        terms.set(c.term, entry);
      }
      return distinctiveTerms(
        [...terms].map(([term, n]) => ({ term, ...n })),
        total(bucket),
        all - total(bucket),
      ).slice(0, 10);
    });
  };
  cases.push({
    name: 'themes (terms per bucket, examples)',
    query: `/themes?${range}`,
    baseline: recount,
    goal: THEMES_GOAL_MS,
  });

  const rangeComments = sqlite
    .prepare(
      `SELECT count(*) AS n FROM responses WHERE survey_id = 'srv_bench' AND received_at >= ? AND received_at < ? AND comment IS NOT NULL`,
    )
    .get(from, to) as { n: number };
  const allComments = sqlite
    .prepare(`SELECT count(*) AS n FROM responses WHERE comment IS NOT NULL`)
    .get() as { n: number };

  const rows: string[][] = [];
  const summary: SummaryRow[] = [];
  const section = `drill-down at ${rowsLabel} rows (${allComments.n.toLocaleString('en')} comments), last 30 days: p50 ms, koe vs full scan`;
  for (const c of cases) {
    const koe = await time(() => api(c.query));
    const base = await time(c.baseline, 5);
    rows.push([
      c.name,
      koe.p50.toFixed(2),
      koe.p95.toFixed(2),
      base.p50.toFixed(1),
      `${(base.p50 / koe.p50).toFixed(0)}×`,
      `≤ ${c.goal}: ${koe.p50 <= c.goal ? 'met' : 'MISSED'}`,
    ]);
    summary.push({
      section,
      what: c.name,
      koe: koe.p50.toFixed(2),
      baseline: base.p50.toFixed(1),
      ratio: `${ratio(base.p50, koe.p50)} faster`,
    });
  }
  console.log(
    `\ndrill-down, last 30 days (${rangeComments.n.toLocaleString('en')} comments in the range, ${allComments.n.toLocaleString('en')} stored)`,
  );
  printTable(
    ['query', 'koe p50 ms', 'koe p95 ms', 'full-scan p50 ms', 'speed-up', 'goal (p50 ms)'],
    rows,
  );
  return summary;
}
