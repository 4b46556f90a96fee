// What a survey's scheduled digest says, gathered from the Store as plain
// data: the period's score with its 95% interval and n, the previous period
// of the same length and whether the change is significant (p < 0.05, as the
// dashboard marks it), the top reasons (by impact on the score, or by how
// often they are cited when impact cannot be told), the newest comments and
// a short trend. All statistics come from @koe/core, computed as the metrics
// and reasons routes compute them; rendering is digest-mail.ts's job.
import {
  analyseReason,
  bucketStart,
  compareDistributions,
  type Distribution,
  distributionFromCounts,
  type LocalizedText,
  type MetricResult,
  type SurveyType,
  summarize,
  timeBuckets,
} from '@koe/core';
import type { ReasonScoreCount, Site, Store, StoredSurvey } from '../store/types';

export type DigestInterval = 'week' | 'month';

/** Trend length: the last 8 weeks or the last 6 months, the digest's period last. */
export const TREND_BUCKETS: Readonly<Record<DigestInterval, number>> = { week: 8, month: 6 };
export const MAX_REASONS = 3;
export const MAX_COMMENTS = 3;
/** The significance level of a change, as the dashboard marks one. */
export const SIGNIFICANCE = 0.05;

/** A half-open range of instants (ms): [from, to). */
export interface Period {
  from: number;
  to: number;
}

/** A score as the digest shows it. value, low and high are null when n = 0. */
export interface DigestScore {
  value: number | null;
  /** 95% interval. */
  low: number | null;
  high: number | null;
  n: number;
  /** Too few answers for the interval to be trusted (core's lowN rule). */
  lowN: boolean;
}

export interface DigestComparison {
  /** Current minus previous score; null when a period has no answers. */
  delta: number | null;
  /** 95% interval of the difference. */
  low: number | null;
  high: number | null;
  /** Two-sided p-value of "no difference"; null when it cannot be tested. */
  p: number | null;
  /** p < 0.05: the only case in which the digest calls it a change. */
  significant: boolean;
}

export interface DigestReason {
  id: string;
  /** The chip's label in the survey's default locale; its id when the chip is gone. */
  label: string;
  /** Answers of the period citing it. */
  count: number;
  /** Percent of the period's answers citing it. */
  percent: number | null;
  /** Points the score would move if these answers scored like the rest (positive: it costs points). */
  impact: number | null;
  impactLow: number | null;
  impactHigh: number | null;
}

export interface DigestTrendPoint {
  /** The bucket's first instant and the first instant after it. */
  from: number;
  to: number;
  /** null when the bucket has too few answers (lowN) to show a score. */
  value: number | null;
  n: number;
}

export interface DigestData {
  site: { id: string; name: string };
  survey: { id: string; name: string; type: SurveyType };
  interval: DigestInterval;
  timeZone: string;
  /** When the digest was gathered. */
  generatedAt: number;
  period: Period;
  previousPeriod: Period;
  score: DigestScore;
  previous: DigestScore;
  comparison: DigestComparison;
  /** impact: ranked by impact on the score; count: by how often cited (impact unknown or lowN). */
  reasonsRankedBy: 'impact' | 'count';
  reasons: DigestReason[];
  /** The newest comments of the period, newest first, as written (not escaped). */
  comments: Array<{ id: string; text: string }>;
  /** Oldest first; the last bucket is the digest's period. */
  trend: DigestTrendPoint[];
}

export interface GatherOptions {
  site: Site;
  survey: StoredSurvey;
  /** Local week or month boundaries in timeZone, e.g. from lastCompletePeriod. */
  period: Period;
  /** IANA zone the period, the trend buckets and the mail's dates are in. */
  timeZone: string;
  now: number;
  /** Default: week for periods of up to 8 days, else month. */
  interval?: DigestInterval;
}

const DAY_MS = 86_400_000;

/** The last full local week (Monday first) or month before `now`, in the zone. */
export function lastCompletePeriod(
  now: number,
  interval: DigestInterval,
  timeZone: string,
): Period {
  const to = bucketStart(now, interval, timeZone);
  return { from: bucketStart(to - 1, interval, timeZone), to };
}

function scoreOf(result: MetricResult): DigestScore {
  return {
    value: result.score,
    low: result.ci95?.[0] ?? null,
    high: result.ci95?.[1] ?? null,
    n: result.n,
    lowN: result.lowN,
  };
}

function textIn(text: LocalizedText, locale: string): string | undefined {
  return text[locale] ?? Object.values(text)[0];
}

/** Every chip the survey defines, labelled in its default locale. */
function chipLabels(survey: StoredSurvey): Map<string, string> {
  const labels = new Map<string, string>();
  for (const followUp of Object.values(survey.definition.followUp))
    for (const reason of followUp.reasons)
      if (!labels.has(reason.id))
        labels.set(reason.id, textIn(reason.label, survey.definition.defaultLocale) ?? reason.id);
  return labels;
}

function topReasons(
  type: SurveyType,
  survey: StoredSurvey,
  all: Distribution,
  lowN: boolean,
  rows: ReasonScoreCount[],
): { rankedBy: 'impact' | 'count'; reasons: DigestReason[] } {
  const byReason = new Map<string, ReasonScoreCount[]>();
  for (const row of rows) byReason.set(row.reason, [...(byReason.get(row.reason) ?? []), row]);
  const labels = chipLabels(survey);
  const reasons: DigestReason[] = [...byReason].map(([id, list]) => {
    const { share, impact } = analyseReason(type, all, distributionFromCounts(type, list));
    return {
      id,
      label: labels.get(id) ?? id,
      count: share.count,
      percent: share.percent,
      impact: impact.points,
      impactLow: impact.ci95?.[0] ?? null,
      impactHigh: impact.ci95?.[1] ?? null,
    };
  });
  const cited = reasons.filter((reason) => reason.count > 0);
  // Impacts of a low-n period are too unsteady to rank by: the counts say what was said.
  const rankedBy = !lowN && cited.some((reason) => reason.impact !== null) ? 'impact' : 'count';
  const byCount = (a: DigestReason, b: DigestReason) =>
    b.count - a.count || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  cited.sort(
    rankedBy === 'impact'
      ? (a, b) =>
          (b.impact ?? Number.NEGATIVE_INFINITY) - (a.impact ?? Number.NEGATIVE_INFINITY) ||
          byCount(a, b)
      : byCount,
  );
  return { rankedBy, reasons: cited.slice(0, MAX_REASONS) };
}

/** The trend's buckets: the period's local week or month and the ones before it. */
function trendBuckets(period: Period, interval: DigestInterval, timeZone: string) {
  let from = bucketStart(period.from, interval, timeZone);
  for (let i = 1; i < TREND_BUCKETS[interval]; i++)
    from = bucketStart(from - 1, interval, timeZone);
  return timeBuckets(from, period.to, interval, timeZone, TREND_BUCKETS[interval] + 1);
}

/** The digest of one survey over one period, read through the Store alone. */
export async function gatherDigest(store: Store, options: GatherOptions): Promise<DigestData> {
  const { site, survey, period, timeZone, now } = options;
  if (!(period.to > period.from)) throw new RangeError('the period must end after it starts');
  const type: SurveyType = survey.type;
  const interval: DigestInterval =
    options.interval ?? (period.to - period.from <= 8 * DAY_MS ? 'week' : 'month');
  const length = period.to - period.from;
  const previousPeriod = { from: period.from - length, to: period.from };
  const buckets = trendBuckets(period, interval, timeZone);

  const [currentRows, previousRows, reasonRows, comments, bucketRows] = await Promise.all([
    store.scoreCounts(survey.id, period),
    store.scoreCounts(survey.id, previousPeriod),
    store.reasonScoreCounts(survey.id, period),
    store.recentComments(survey.id, period, {}, MAX_COMMENTS),
    store.scoreCountsByBucket(survey.id, buckets),
  ]);
  const current = distributionFromCounts(type, currentRows);
  const previous = distributionFromCounts(type, previousRows);
  const score = scoreOf(summarize(type, current));
  const comparison = compareDistributions(type, current, previous);
  const { rankedBy, reasons } = topReasons(type, survey, current, score.lowN, reasonRows);

  const trend: DigestTrendPoint[] = buckets.map((bucket, i) => {
    const result = summarize(
      type,
      distributionFromCounts(
        type,
        bucketRows.filter((row) => row.i === i),
      ),
    );
    return {
      from: bucket.start,
      to: bucket.end,
      value: result.lowN ? null : result.score,
      n: result.n,
    };
  });

  return {
    site: { id: site.id, name: site.name },
    survey: { id: survey.id, name: survey.definition.name, type },
    interval,
    timeZone,
    generatedAt: now,
    period: { from: period.from, to: period.to },
    previousPeriod,
    score,
    previous: scoreOf(summarize(type, previous)),
    comparison: {
      delta: comparison.delta,
      low: comparison.deltaCi95?.[0] ?? null,
      high: comparison.deltaCi95?.[1] ?? null,
      p: comparison.p,
      significant: comparison.p !== null && comparison.p < SIGNIFICANCE,
    },
    reasonsRankedBy: rankedBy,
    reasons,
    comments: comments.map(({ id, comment }) => ({ id, text: comment })),
    trend,
  };
}
