// The series as uPlot's column arrays: x in Unix seconds (uPlot's unit),
// then score, interval low, interval high and n. Empty buckets are null,
// which uPlot draws as gaps rather than as a dive to zero.
import type { SeriesPoint } from '../../api/types';

export type TrendColumns = [
  x: number[],
  score: Array<number | null>,
  low: Array<number | null>,
  high: Array<number | null>,
  n: number[],
];

export function trendColumns(series: readonly SeriesPoint[]): TrendColumns {
  return [
    series.map((point) => Date.parse(point.start) / 1000),
    series.map((point) => point.score),
    series.map((point) => point.ci95?.[0] ?? null),
    series.map((point) => point.ci95?.[1] ?? null),
    series.map((point) => point.n),
  ];
}
