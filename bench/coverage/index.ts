// bench/coverage: how often koe's 95% intervals contain the true score, and
// how wide they are, by Monte Carlo: 20,000 seeded samples per cell, at n = 3
// to 1,000, from ten true distributions per scale (true-distributions.ts), for
// every candidate method (candidates.ts). It picks the CES method by the
// issue's rule (the narrowest mean width among methods with coverage ≥ 93% in
// every cell), finds from which n each metric's interval is reliable (the lowN
// thresholds) and fails if koe's CES method is not the study's choice. The
// tables are the ones docs/statistics.md publishes.
import { performance } from 'node:perf_hooks';
import { SURVEY_TYPES, type SurveyType } from '@koe/core';
import { ratio, type SummaryRow, writeResults } from '../results';
import { printTable } from '../table';
import { CANDIDATES } from './candidates';
import { largestCsatDeviation } from './exact-check';
import { type MethodResult, runStudy, type Study } from './study';
import { trueDistributions, trueScore } from './true-distributions';
import {
  COVERAGE_GOAL,
  meanWidth,
  meanWidthAtSize,
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

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const points = (difference: number) =>
  `${difference >= 0 ? '+' : '−'}${Math.abs(100 * difference).toFixed(1)} pts`;
const widthDigits = (type: SurveyType) => (type === 'ces' ? 2 : 1);
const width = (type: SurveyType, value: number) => value.toFixed(widthDigits(type));
const n = (size: number) => size.toLocaleString('en');

function printMethods(study: Study): void {
  const { type } = study;
  console.log(
    `\n### ${type.toUpperCase()}: every method, worst cell and mean width (${type === 'ces' ? 'scale points' : 'score points'})\n`,
  );
  printTable(
    [
      'method',
      'worst cell',
      'where',
      `cells ≥ ${percent(COVERAGE_GOAL)}`,
      'mean width',
      ...SIZES.map((size) => `n=${n(size)}`),
    ],
    study.results.map((result) => {
      const worst = worstCell(study, result);
      const cells = result.cells.flat();
      return [
        `${result.method.name}${result.method.koe ? ' (koe)' : ''}`,
        percent(worst.coverage),
        `${worst.distribution}, n=${n(worst.n)}`,
        `${cells.filter((cell) => cell.coverage >= COVERAGE_GOAL).length}/${cells.length}`,
        width(type, meanWidth(result)),
        ...SIZES.map((_, s) => width(type, meanWidthAtSize(result, s))),
      ];
    }),
  );
}

function printCells(study: Study, result: MethodResult): void {
  const { type } = study;
  console.log(`\n### ${type.toUpperCase()}, ${result.method.name}: coverage / mean width\n`);
  printTable(
    ['true distribution', 'true score', ...SIZES.map((size) => `n=${n(size)}`)],
    result.cells.map((row, d) => {
      const distribution = study.distributions[d];
      return [
        distribution?.name ?? '',
        trueScore(type, distribution?.probabilities ?? []).toFixed(widthDigits(type)),
        ...row.map(
          (cell) => `${(100 * cell.coverage).toFixed(1)} / ${width(type, cell.meanWidth)}`,
        ),
      ];
    }),
  );
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
  `${REPLICATIONS.toLocaleString('en')} seeded samples per cell (seed ${SEED}); n = ${SIZES.map(n).join(', ')}; ` +
    `${studies[0]?.distributions.length} true distributions per scale; ${seconds.toFixed(1)} s.`,
);
for (const study of studies) {
  printMethods(study);
  for (const result of study.results) printCells(study, result);
}

// The verdicts: the CES choice, whether each metric reaches the goal, from which n.
let failures = 0;
const verdictRows: string[][] = [];
const summary: SummaryRow[] = [];
for (const study of studies) {
  const { type } = study;
  const koe = study.results.find((r) => r.method.koe) as MethodResult;
  const baseline = study.results.find((r) => r.method.baseline) as MethodResult;
  const from = reliableFrom(study, koe);
  const everyN = worstCell(study, koe);
  const fromThere = worstCell(study, koe, from ?? Number.POSITIVE_INFINITY);
  verdictRows.push([
    type.toUpperCase(),
    koe.method.name,
    `${percent(everyN.coverage)} (${everyN.distribution}, n=${n(everyN.n)})`,
    from === null ? 'no n of the study' : n(from),
    from === null
      ? ''
      : `${percent(fromThere.coverage)} (${fromThere.distribution}, n=${n(fromThere.n)})`,
  ]);
  const sameCells = worstCell(study, baseline, from ?? 0);
  summary.push({
    section: `95% intervals: worst coverage from the lowN threshold on (Monte Carlo, ${REPLICATIONS.toLocaleString('en')} samples per cell)`,
    what: `${type.toUpperCase()} n ≥ ${from === null ? '–' : n(from)}: ${koe.method.name} vs ${baseline.method.name}`,
    koe: from === null ? '' : percent(fromThere.coverage),
    baseline: percent(sameCells.coverage),
    ratio: points((from === null ? 0 : fromThere.coverage) - sameCells.coverage),
  });
  if (type === 'ces') {
    const chosen = narrowestReachingGoal(study);
    console.log(
      `\nCES: the narrowest method with coverage ≥ ${percent(COVERAGE_GOAL)} in every cell: ` +
        `${chosen ? `${chosen.method.name}, mean width ${width(type, meanWidth(chosen))}` : 'none'}.`,
    );
    if (chosen !== koe) {
      failures++;
      console.log("CES: koe's method is not the study's choice.");
    }
    summary.push({
      section: summary.at(-1)?.section ?? '',
      what: `CES mean width over every cell, scale points: ${koe.method.name} vs ${baseline.method.name}`,
      koe: width(type, meanWidth(koe)),
      baseline: width(type, meanWidth(baseline)),
      ratio: ratio(meanWidth(koe), meanWidth(baseline)),
    });
  }
  if (type === 'csat') {
    const check = largestCsatDeviation(study);
    console.log(
      `\nCSAT: Monte Carlo against the exact binomial coverage, every method and cell: largest ` +
        `difference ${check.points.toFixed(2)} pts = ${check.standardErrors.toFixed(1)} standard errors (${check.where}).`,
    );
    // Beyond 4.5 standard errors in a few hundred cells is not chance: the simulation is wrong.
    if (check.standardErrors > 4.5) failures++;
  }
}

console.log('\n### Verdicts\n');
printTable(
  ['metric', "koe's method", 'worst cell, every n', 'reliable from n', 'worst cell from there'],
  verdictRows,
);
console.log(
  `\n"Reliable from n": the smallest n of the study from which every cell has coverage ≥ ${percent(COVERAGE_GOAL)} ` +
    "and a mean width of at most half the score's range.",
);

writeResults({
  name: 'coverage',
  rows: summary,
  notes: [
    `95% intervals: the share of ${REPLICATIONS.toLocaleString('en')} seeded Monte-Carlo samples per cell whose interval contains the true score, ten true distributions per scale, n = ${SIZES.map(n).join(', ')}; "n ≥" is the lowN threshold, from which every cell reaches ${percent(COVERAGE_GOAL)} with an informative width (docs/statistics.md).`,
  ],
});
if (failures > 0) process.exitCode = 1;
