// Shapes the analyst API returns, as the dashboard reads them. Survey and
// response types come from @koe/core (types only); the metrics envelope adds
// the optional parts that the route builds around a core MetricResult.
import type { Interval, MetricResult, StoredResponse, Survey } from '@koe/core';

export type { StoredResponse, Survey };

/** n, score and interval: a series point, a segment or the previous period. */
export interface Estimate {
  n: number;
  score: number | null;
  ci95: Interval | null;
}

export interface SeriesPoint extends Estimate {
  /** Local start of the bucket in the requested zone, ISO 8601 with offset. */
  start: string;
  end: string;
}

export interface Segment extends Estimate {
  key: string | null;
}

export interface PreviousPeriod extends Estimate {
  from: string;
  to: string;
  delta: number | null;
  deltaCi95: Interval | null;
  p: number | null;
}

export type Metrics = MetricResult & {
  from: string | null;
  to: string;
  series?: SeriesPoint[];
  groups?: Segment[];
  previous?: PreviousPeriod;
};

export interface ResponsesPage {
  data: StoredResponse[];
  nextCursor: string | null;
}

/** GET /v1/site */
export interface Site {
  id: string;
  name: string;
  origins: string[];
  publishableKey: string;
  createdAt: string;
}
