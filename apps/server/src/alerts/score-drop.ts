// A score-drop rule: every due window (local days of the rule's zone) tests
// the recent days against the baseline before them (core alerts/score-drop),
// for the survey or for each segment of its groupBy (Benjamini–Hochberg
// across segments). Counts come from the same rollups as the analyst API.
import {
  type AlertEventType,
  addDays,
  alertSubject,
  type DayWindow,
  dayWindowInstants,
  distributionFromCounts,
  dueWindowEnds,
  evaluateScoreDrop,
  keepBuckets,
  localDateOf,
  NO_EPISODE,
  SCORE_DROP_DEFAULTS,
  type ScoreDropSettings,
  type ScoreDropSubject,
  type ScoreDropTest,
  type SurveyType,
  scoreDropWindows,
  summarize,
} from '@koe/core';
import type { AlertSegment } from '../store/alert-types';
import type { ScoreCount } from '../store/types';
import {
  type CheckInput,
  type CheckOutcome,
  type RaisedEvent,
  raisedOf,
  StateBook,
  statesBySubject,
} from './check';
import { deltaText, METRIC_NAMES, plural, pText, scoreText, segmentText } from './wording';

const NO_SEGMENT = '';

/** The groupBy of a rule as the store reads it. */
export function groupByOf(groupBy: string) {
  return groupBy.startsWith('attr.') ? { attribute: groupBy.slice(5) } : { column: groupBy };
}

export async function checkScoreDrop({
  rule,
  survey,
  store,
  now,
}: CheckInput): Promise<CheckOutcome> {
  const settings: ScoreDropSettings = { ...SCORE_DROP_DEFAULTS, ...rule.settings };
  const type = survey.type;
  const filters = rule.filters ?? {};
  const zone = rule.timeZone;
  const book = new StateBook(await statesBySubject(store, rule.id));
  const raised: RaisedEvent[] = [];
  const due = dueWindowEnds(rule.cursor.day ?? null, localDateOf(now, zone), settings.cadence);

  // Counts per window (and per segment), read once per window however many subjects use it.
  const cache = new Map<string, Promise<Map<string, ScoreCount[]>>>();
  const countsOf = (window: DayWindow) => {
    const key = `${window.from}/${window.to}`;
    let counts = cache.get(key);
    if (!counts) {
      const range = dayWindowInstants(window, zone);
      counts = rule.groupBy
        ? store
            .scoreCountsByGroup(survey.id, range, groupByOf(rule.groupBy), filters)
            .then((rows) => {
              const byKey = new Map<string, ScoreCount[]>();
              for (const row of keepBuckets(type, rows, filters.bucket)) {
                if (row.key === null) continue; // answers without the dimension are no segment
                const list = byKey.get(row.key) ?? [];
                list.push(row);
                byKey.set(row.key, list);
              }
              return byKey;
            })
        : store
            .scoreCounts(survey.id, range, filters)
            .then((rows) => new Map([[NO_SEGMENT, keepBuckets(type, rows, filters.bucket)]]));
      cache.set(key, counts);
    }
    return counts;
  };

  for (const windowEnd of due) {
    const fresh = scoreDropWindows(windowEnd, null, settings);
    const recentCounts = await countsOf(fresh.recent);
    // Subjects: the survey, or every segment seen in the recent or baseline window, and any still open.
    const keys = new Set<string>(recentCounts.keys());
    if (rule.groupBy) {
      for (const key of (await countsOf(fresh.baseline)).keys()) keys.add(key);
      for (const open of book.open()) if (open.segment) keys.add(open.segment.value);
    } else keys.add(NO_SEGMENT);

    const subjects: Array<
      ScoreDropSubject & {
        segment: AlertSegment | null;
        windows: { recent: DayWindow; baseline: DayWindow };
      }
    > = [];
    for (const key of keys) {
      const segment: AlertSegment | null = rule.groupBy
        ? { dimension: rule.groupBy, value: key }
        : null;
      const subject = alertSubject(rule.id, segment ?? undefined);
      const state = book.get(subject) ?? NO_EPISODE;
      const windows = scoreDropWindows(windowEnd, state.openedAt, settings);
      const distribution = async (window: DayWindow) =>
        distributionFromCounts(type, (await countsOf(window)).get(key) ?? []);
      subjects.push({
        subject,
        segment,
        state,
        windows,
        recent: await distribution(windows.recent),
        baseline: await distribution(windows.baseline),
      });
    }
    const evaluations = evaluateScoreDrop(type, windowEnd, subjects, settings);
    evaluations.forEach((evaluation, i) => {
      const { segment, windows, recent, baseline } = subjects[i] as (typeof subjects)[number];
      book.set(evaluation.subject, segment, evaluation.state);
      const scores = {
        recentScore: summarize(type, recent).score,
        baselineScore: summarize(type, baseline).score,
      };
      raised.push(
        ...raisedOf(evaluation, segment, (eventType, test) =>
          describe(type, eventType, test, scores, windows, segment),
        ),
      );
    });
  }
  return {
    cursor: { ...rule.cursor, ...(due.length && { day: due[due.length - 1] }) },
    states: book.changedStates(),
    raised,
  };
}

function describe(
  type: SurveyType,
  eventType: AlertEventType,
  test: ScoreDropTest,
  scores: { recentScore: number | null; baselineScore: number | null },
  windows: { recent: DayWindow; baseline: DayWindow },
  segment: AlertSegment | null,
) {
  const metric = METRIC_NAMES[type];
  // Windows end at a local midnight: the last day in them is the one before.
  const days = (w: DayWindow) => `${w.from} – ${addDays(w.to, -1)}`;
  const details = {
    ...scores,
    delta: test.delta,
    p: test.p,
    recentN: test.recentN,
    baselineN: test.baselineN,
    recent: windows.recent,
    baseline: windows.baseline,
  };
  const figures = `${pText(test.p)}; ${plural(test.recentN, 'answer')} against ${test.baselineN.toLocaleString('en')}`;
  const summary =
    eventType === 'triggered'
      ? `${metric}${segmentText(segment)} fell from ${scoreText(type, scores.baselineScore)} to ${scoreText(type, scores.recentScore)} (${deltaText(type, test.delta ?? 0)}) over ${days(windows.recent)}, against ${days(windows.baseline)} (${figures}).`
      : `${metric}${segmentText(segment)} is back: ${scoreText(type, scores.recentScore)} over ${days(windows.recent)}, against ${scoreText(type, scores.baselineScore)} before the drop (${figures}).`;
  return { summary, details };
}
