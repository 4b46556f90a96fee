// How the coverage study prints: one table of every method per metric, one
// table of cells (coverage / mean width) per method, and the verdicts.
import type { SurveyType } from '@koe/core';
import { printTable } from '../table';
import type { MethodResult, Study } from './study';
import { trueScore } from './true-distributions';
import { COVERAGE_GOAL, meanWidth, meanWidthAtSize, worstCell } from './verdicts';

export const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
export const points = (difference: number) =>
  `${difference >= 0 ? '+' : '−'}${Math.abs(100 * difference).toFixed(1)} pts`;
export const count = (value: number) => value.toLocaleString('en');
const widthDigits = (type: SurveyType) => (type === 'ces' ? 2 : 1);
export const width = (type: SurveyType, value: number) => value.toFixed(widthDigits(type));
const unit = (type: SurveyType) => (type === 'ces' ? 'scale points' : 'score points');

export function printMethods(study: Study): void {
  const { type, sizes } = study;
  console.log(
    `\n### ${type.toUpperCase()}: every method, worst cell and mean width (${unit(type)})\n`,
  );
  printTable(
    [
      'method',
      'worst cell',
      'where',
      `cells ≥ ${percent(COVERAGE_GOAL)}`,
      'mean width',
      ...sizes.map((n) => `n=${count(n)}`),
    ],
    study.results.map((result) => {
      const worst = worstCell(study, result);
      const cells = result.cells.flat();
      return [
        `${result.method.name}${result.method.koe ? ' (koe)' : ''}`,
        percent(worst.coverage),
        `${worst.distribution}, n=${count(worst.n)}`,
        `${cells.filter((cell) => cell.coverage >= COVERAGE_GOAL).length}/${cells.length}`,
        width(type, meanWidth(result)),
        ...sizes.map((_, s) => width(type, meanWidthAtSize(result, s))),
      ];
    }),
  );
}

export function printCells(study: Study, result: MethodResult): void {
  const { type, sizes } = study;
  console.log(
    `\n### ${type.toUpperCase()}, ${result.method.name}: coverage % / mean width (${unit(type)})\n`,
  );
  printTable(
    ['true distribution', 'true score', ...sizes.map((n) => `n=${count(n)}`)],
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
