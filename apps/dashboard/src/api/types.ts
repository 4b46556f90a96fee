// Shapes the analyst API returns, as @koe/client generates them from the
// server's OpenAPI document.
import type { Segment, StoredResponse } from '@koe/client';

export type {
  AtRiskPage,
  AtRiskRespondent,
  Metrics,
  PreviousPeriod,
  ReasonAnalysis,
  Reasons,
  Segment,
  SeriesPoint,
  Site,
  StoredResponse,
  Survey,
  Themes,
  ThemeTerm,
} from '@koe/client';

/** n, score, interval and low-n flag: what a series point, a segment and a period share. */
export type Estimate = Pick<Segment, 'n' | 'score' | 'ci95' | 'lowN'>;

export interface ResponsesPage {
  data: StoredResponse[];
  nextCursor: string | null;
}
