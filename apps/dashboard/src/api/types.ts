// Shapes the analyst API returns, as @koe/client generates them from the
// server's OpenAPI document.
import type { Segment, StoredResponse } from '@koe/client';

export type {
  Metrics,
  PreviousPeriod,
  Segment,
  SeriesPoint,
  Site,
  StoredResponse,
  Survey,
} from '@koe/client';

/** n, score, interval and low-n flag: what a series point, a segment and a period share. */
export type Estimate = Pick<Segment, 'n' | 'score' | 'ci95' | 'lowN'>;

export interface ResponsesPage {
  data: StoredResponse[];
  nextCursor: string | null;
}
