// Which segments move the overall score, and by how much. Every koe score is
// a mean over answers (NPS of +100/0/−100 per answer, CSAT of 100/0, CES of
// the answer itself), so the overall score is the n-weighted mean of the
// segment scores, and a segment "pulls" it by n·(segment − overall)/N points:
// the pulls add up to zero, a small angry segment pulls less than a big
// lukewarm one, and the worst drag comes first.
import type { Estimate, Segment } from './api/types';

export interface RankedSegment extends Segment {
  /** Points this segment moves the overall score by; null without a score. */
  pull: number | null;
}

export function rankByPull(segments: readonly Segment[], overall: Estimate): RankedSegment[] {
  const { n: total, score: overallScore } = overall;
  return segments
    .map((segment) => ({
      ...segment,
      pull:
        segment.score === null || overallScore === null || total === 0
          ? null
          : (segment.n * (segment.score - overallScore)) / total,
    }))
    .sort((a, b) => {
      if (a.pull === null || b.pull === null)
        return a.pull === null ? (b.pull === null ? 0 : 1) : -1;
      return a.pull - b.pull || b.n - a.n;
    });
}
