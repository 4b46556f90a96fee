// Why koe aggregates distributions: computing a metric from a count array
// costs the same at any n, while recounting raw scores grows with n. The
// baseline (count raw scores, then summarize) is measured in the same run.
import { distributionOf, SURVEY_TYPES, summarize } from '@koe/core';
import { ratio, type SummaryRow, writeResults } from '../results';
import { printTable, timeIt } from '../table';

const N = 1_000_000;
const rows: string[][] = [];
const summary: SummaryRow[] = [];
for (const type of SURVEY_TYPES) {
  const max = type === 'nps' ? 10 : type === 'csat' ? 5 : 7;
  const min = type === 'nps' ? 0 : 1;
  const scores = Array.from({ length: N }, () => min + Math.floor(Math.random() * (max - min + 1)));
  const distribution = distributionOf(type, scores);
  const fromRaw = timeIt(() => summarize(type, distributionOf(type, scores)), 5);
  const fromDistribution = timeIt(() => summarize(type, distribution), 2000);
  rows.push([
    type,
    fromRaw.toFixed(2),
    (fromDistribution * 1000).toFixed(2),
    `${Math.round(fromRaw / fromDistribution).toLocaleString('en')}×`,
  ]);
  summary.push({
    section: `metric math, ${N.toLocaleString('en')} answers: µs, from counts vs from raw scores`,
    what: type.toUpperCase(),
    koe: (fromDistribution * 1000).toFixed(2),
    baseline: Math.round(fromRaw * 1000).toLocaleString('en'),
    ratio: `${ratio(fromRaw, fromDistribution)} faster`,
  });
}
printTable(
  [`metric (${N.toLocaleString('en')} answers)`, 'raw scores ms', 'distribution µs', 'speed-up'],
  rows,
);
writeResults({
  name: 'metric-math',
  rows: summary,
  notes: [
    'Metric math: the score and its interval from a distribution (counts per answer) against counting the raw scores first, in one process.',
  ],
});
