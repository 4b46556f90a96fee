// bench/coverage: how often koe's 95% intervals contain the true score, and
// how wide they are, by Monte Carlo: 20,000 seeded samples per cell, at n = 3
// to 1,000, from ten true distributions per scale (true-distributions.ts), for
// every candidate method (candidates.ts). It picks the CES method by the
// issue's rule (the narrowest mean width among methods with coverage ≥ 93% in
// every cell), finds from which n each metric's interval is reliable (the lowN
// thresholds), looks between the grid's sizes, and fails if koe's code
// disagrees with the study or the simulation disagrees with exact sums. The
// tables are the ones docs/statistics.md publishes.
import { performance } from 'node:perf_hooks';
import { LOW_N_THRESHOLDS, SURVEY_TYPES } from '@koe/core';
import { ratio, type SummaryRow, writeResults } from '../results';
import { printTable } from '../table';
import { CANDIDATES } from './candidates';
import { exactScan, largestDeviation } from './exact-coverage';
import { type MethodResult, runStudy, type Study } from './study';
import { count, percent, points, printCells, printMethods, width } from './tables';
import { trueDistributions } from './true-distributions';
import {
  COVERAGE_GOAL,
  meanWidth,
  narrowestReachingGoal,
  reliableFrom,
  worstCell,
} from './verdicts';

const SIZES = [3, 5, 10, 20, 30, 100, 1000];
// 20,000 rather than the 10,000 the issue asks for at least: a cell's standard
// error is then ≤ 0.18 points near 93–95 %, so a cell whose exact coverage is
// 93.4 % (CSAT, both ends, n = 30) does not fall below the line by chance.
const REPLICATIONS = 20_000;
const SEED = 20_261_130;
/** NPS and CSAT coverage is summed exactly at every n from the lowN threshold to this. */
const EXACT_UP_TO = 100;
/** CES has no exact sum: between the grid's sizes it gets Monte-Carlo spot checks here. */
const CES_BETWEEN = [15, 25, 40, 50, 70];

const koeOf = (study: Study) => study.results.find((r) => r.method.koe) as MethodResult;
const baselineOf = (study: Study) => study.results.find((r) => r.method.baseline) as MethodResult;
const studyOf = (type: string) => studies.find((study) => study.type === type) as Study;
let failures = 0;
function fail(message: string): void {
  failures++;
  console.log(`FAILED: ${message}`);
}

const started = performance.now();
const studies = SURVEY_TYPES.map((type, t) =>
  runStudy({
    type,
    distributions: trueDistributions(type),
    methods: CANDIDATES[type],
    sizes: SIZES,
    replications: REPLICATIONS,
    seed: SEED + 1_000_000 * t,
  }),
);
const seconds = (performance.now() - started) / 1000;

console.log(
  `${count(REPLICATIONS)} seeded samples per cell (seed ${SEED}); n = ${SIZES.map(count).join(', ')}; ` +
    `${studies[0]?.distributions.length} true distributions per scale; ${seconds.toFixed(1)} s.`,
);
for (const study of studies) {
  printMethods(study);
  for (const result of study.results) printCells(study, result);
}

console.log('\n### The simulation against exact coverage\n');
for (const type of ['nps', 'csat'] as const) {
  const check = largestDeviation(type, studyOf(type));
  console.log(
    `${type.toUpperCase()} (every method and cell${type === 'nps' ? ` up to n = ${EXACT_UP_TO}` : ''}): ` +
      `largest difference ${check.points.toFixed(2)} pts = ${check.standardErrors.toFixed(1)} standard errors (${check.where}).`,
  );
  // Beyond 4.5 standard errors in a few hundred cells is not chance: the simulation is wrong.
  if (check.standardErrors > 4.5) fail(`the ${type} simulation disagrees with the exact sums`);
}

const ces = studyOf('ces');
const chosen = narrowestReachingGoal(ces);
console.log(
  `\nCES: the narrowest method with coverage ≥ ${percent(COVERAGE_GOAL)} in every cell: ` +
    `${chosen ? `${chosen.method.name}, mean width ${width('ces', meanWidth(chosen))}` : 'none'}.`,
);
if (chosen !== koeOf(ces)) fail("koe's CES method is not the study's choice");

console.log('\n### Verdicts\n');
const thresholds = new Map<string, number | null>();
printTable(
  [
    'metric',
    "koe's method",
    'worst cell, every n',
    'reliable from n',
    'LOW_N_THRESHOLDS',
    'worst cell from there',
  ],
  studies.map((study) => {
    const koe = koeOf(study);
    const from = reliableFrom(study, koe);
    thresholds.set(study.type, from);
    const everyN = worstCell(study, koe);
    const fromThere = worstCell(study, koe, from ?? Number.POSITIVE_INFINITY);
    if (from !== LOW_N_THRESHOLDS[study.type]) {
      fail(
        `${study.type}: LOW_N_THRESHOLDS says ${LOW_N_THRESHOLDS[study.type]}, the study ${from}`,
      );
    }
    return [
      study.type.toUpperCase(),
      koe.method.name,
      `${percent(everyN.coverage)} (${everyN.distribution}, n=${count(everyN.n)})`,
      from === null ? 'no n of the study' : count(from),
      count(LOW_N_THRESHOLDS[study.type]),
      from === null
        ? ''
        : `${percent(fromThere.coverage)} (${fromThere.distribution}, n=${count(fromThere.n)})`,
    ];
  }),
);
console.log(
  `\n"Reliable from n": the smallest n of the study from which every cell has coverage ≥ ${percent(COVERAGE_GOAL)} ` +
    "and a mean width of at most half the score's range.",
);

// Coverage of discrete data oscillates with n: what happens between the grid's sizes.
const cesBetween = runStudy({
  type: 'ces',
  distributions: ces.distributions,
  methods: [koeOf(ces).method],
  sizes: CES_BETWEEN,
  replications: REPLICATIONS,
  seed: SEED + 7_000_000,
});
const scans = (['nps', 'csat'] as const).map((type) => {
  const study = studyOf(type);
  const from = LOW_N_THRESHOLDS[type];
  return study.distributions.map((distribution) =>
    exactScan(
      type,
      koeOf(study).method,
      distribution.probabilities,
      from,
      EXACT_UP_TO,
      COVERAGE_GOAL,
    ),
  );
});
console.log(
  `\n### Between the grid's sizes: NPS and CSAT exact at every n from the lowN threshold to ${EXACT_UP_TO}, ` +
    `CES Monte Carlo at n = ${CES_BETWEEN.join(', ')}\n`,
);
const lowestAt = (lowest: { coverage: number; n: number }) =>
  `${(100 * lowest.coverage).toFixed(1)} (n=${lowest.n})`;
printTable(
  [
    'true distribution',
    'NPS lowest',
    `NPS n below ${percent(COVERAGE_GOAL)}`,
    'CSAT lowest',
    `CSAT n below ${percent(COVERAGE_GOAL)}`,
    'CES lowest',
  ],
  ces.distributions.map((distribution, d) => {
    const [nps, csat] = scans.map((scan) => scan[d] as ReturnType<typeof exactScan>);
    const cesCells = cesBetween.results[0]?.cells[d] ?? [];
    const cesLowest = cesCells.reduce(
      (lowest, cell, s) =>
        cell.coverage < lowest.coverage
          ? { coverage: cell.coverage, n: CES_BETWEEN[s] as number }
          : lowest,
      { coverage: Number.POSITIVE_INFINITY, n: 0 },
    );
    return [
      distribution.name,
      lowestAt(nps?.lowest ?? { coverage: Number.NaN, n: 0 }),
      nps?.below.join(', ') || '–',
      lowestAt(csat?.lowest ?? { coverage: Number.NaN, n: 0 }),
      csat?.below.join(', ') || '–',
      lowestAt(cesLowest),
    ];
  }),
);

const summary: SummaryRow[] = studies.map((study) => {
  const koe = koeOf(study);
  const baseline = baselineOf(study);
  const from = thresholds.get(study.type) ?? 0;
  const ours = worstCell(study, koe, from).coverage;
  const theirs = worstCell(study, baseline, from).coverage;
  return {
    section: `95% intervals: worst coverage from the lowN threshold on (Monte Carlo, ${count(REPLICATIONS)} samples per cell)`,
    what: `${study.type.toUpperCase()} n ≥ ${count(from)}: ${koe.method.name} vs ${baseline.method.name}`,
    koe: percent(ours),
    baseline: percent(theirs),
    ratio: points(ours - theirs),
  };
});
summary.push({
  section: summary[0]?.section ?? '',
  what: `CES mean width over every cell, scale points: ${koeOf(ces).method.name} vs ${baselineOf(ces).method.name}`,
  koe: width('ces', meanWidth(koeOf(ces))),
  baseline: width('ces', meanWidth(baselineOf(ces))),
  ratio: ratio(meanWidth(koeOf(ces)), meanWidth(baselineOf(ces))),
});
writeResults({
  name: 'coverage',
  rows: summary,
  notes: [
    `95% intervals: the share of ${count(REPLICATIONS)} seeded Monte-Carlo samples per cell whose interval contains the true score, ten true distributions per scale, n = ${SIZES.map(count).join(', ')}; "n ≥" is the lowN threshold, from which every cell reaches ${percent(COVERAGE_GOAL)} with an informative width (docs/statistics.md).`,
  ],
});
if (failures > 0) process.exitCode = 1;
