// A volume rule watches two things (core alerts/volume-drop and silence):
// each local day's answers against the same weekdays of the weeks before,
// and every whole hour without answers against how busy those hours of the
// week usually are ("the widget may be broken"). Each is its own subject,
// with its own episode.
import {
  type AlertEventType,
  addDays,
  alertSubject,
  dayWindowInstants,
  dueHours,
  dueWindowEnds,
  evaluateSilence,
  evaluateVolumeDrop,
  HOURS_PER_WEEK,
  hourOfWeekProfile,
  keepBuckets,
  localDateOf,
  NO_EPISODE,
  SILENCE_DEFAULTS,
  type SilenceTest,
  silentHourSlots,
  VOLUME_DROP_DEFAULTS,
  type VolumeDropTest,
  volumeDropDays,
} from '@koe/core';
import type { AlertSegment } from '../store/alert-types';
import {
  type CheckInput,
  type CheckOutcome,
  type RaisedEvent,
  raisedOf,
  StateBook,
  statesBySubject,
} from './check';
import { plural } from './wording';

const HOUR_MS = 3_600_000;
const DAILY: AlertSegment = { dimension: 'check', value: 'daily-volume' };
const SILENCE: AlertSegment = { dimension: 'check', value: 'silence' };

export async function checkVolume(input: CheckInput): Promise<CheckOutcome> {
  const book = new StateBook(await statesBySubject(input.store, input.rule.id));
  const daily = await checkDailyVolume(input, book);
  const silence = await checkSilence(input, book);
  return {
    cursor: { ...input.rule.cursor, ...daily.cursor, ...silence.cursor },
    states: book.changedStates(),
    raised: [...daily.raised, ...silence.raised],
  };
}

async function dayCounts({ rule, survey, store }: CheckInput, days: string[]): Promise<number[]> {
  const buckets = days.map((day) => {
    const { from, to } = dayWindowInstants({ from: day, to: addDays(day, 1) }, rule.timeZone);
    return { start: from, end: to };
  });
  const filters = rule.filters ?? {};
  const counts = new Array<number>(days.length).fill(0);
  const rows = await store.scoreCountsByBucket(survey.id, buckets, filters);
  for (const row of keepBuckets(survey.type, rows, filters.bucket))
    counts[row.i] = (counts[row.i] as number) + row.n;
  return counts;
}

async function checkDailyVolume(input: CheckInput, book: StateBook) {
  const { rule, now } = input;
  const subject = alertSubject(rule.id, DAILY);
  const raised: RaisedEvent[] = [];
  const due = dueWindowEnds(rule.cursor.day ?? null, localDateOf(now, rule.timeZone), 'daily');
  for (const windowEnd of due) {
    const state = book.get(subject) ?? NO_EPISODE;
    const { day, history } = volumeDropDays(windowEnd, state.openedAt, VOLUME_DROP_DEFAULTS.weeks);
    const days: string[] = [];
    for (let d = history.from; d < history.to; d = addDays(d, 1)) days.push(d);
    days.push(day);
    const counts = await dayCounts(input, days);
    const evaluation = evaluateVolumeDrop({
      subject,
      state,
      windowEnd,
      count: counts[counts.length - 1] as number,
      history: counts.slice(0, -1),
    });
    book.set(subject, DAILY, evaluation.state);
    raised.push(...raisedOf(evaluation, DAILY, (type, test) => describeDaily(type, test, day)));
  }
  return { cursor: due.length ? { day: due[due.length - 1] } : {}, raised };
}

function describeDaily(type: AlertEventType, test: VolumeDropTest, day: string) {
  const usual =
    test.expected === null ? 'no history' : `${Math.round(test.expected * 10) / 10} usually`;
  const summary =
    type === 'triggered'
      ? `Answers fell: ${plural(test.count, 'answer')} on ${day}, where the same weekday of the weeks before had ${usual} (${test.p !== null && test.p < 0.001 ? 'p < 0.001' : `p = ${test.p?.toFixed(3)}`}).`
      : `Answers are back to usual: ${plural(test.count, 'answer')} on ${day} (${usual}).`;
  return { summary, details: { day, ...test } };
}

async function checkSilence(input: CheckInput, book: StateBook) {
  const { rule, survey, store, now } = input;
  const subject = alertSubject(rule.id, SILENCE);
  const raised: RaisedEvent[] = [];
  const hours = dueHours(rule.cursor.hour ?? null, now);
  const latest = hours[hours.length - 1];
  if (latest === undefined) return { cursor: {}, raised };
  const filters = rule.filters ?? {};
  const settings = {
    ...SILENCE_DEFAULTS,
    minHours: Number(rule.settings.silenceHours ?? SILENCE_DEFAULTS.minHours),
  };
  // The usual week: hourly counts of the weeks before the latest hour (once per run).
  const profileFrom = latest - settings.weeks * HOURS_PER_WEEK * HOUR_MS;
  const buckets = [];
  for (let start = profileFrom; start < latest; start += HOUR_MS)
    buckets.push({ start, end: start + HOUR_MS });
  const rows = keepBuckets(
    survey.type,
    await store.scoreCountsByBucket(survey.id, buckets, filters),
    filters.bucket,
  );
  const perHour = new Map<number, number>();
  for (const row of rows) perHour.set(row.i, (perHour.get(row.i) ?? 0) + row.n);
  const profile = hourOfWeekProfile(
    profileFrom,
    latest,
    rule.timeZone,
    [...perHour].map(([i, count]) => ({ start: profileFrom + i * HOUR_MS, count })),
  );
  for (const hour of hours) {
    const [last] = await store.listResponses(
      survey.id,
      { ...filters, to: hour, order: 'desc' },
      undefined,
      1,
    );
    const lastAnswerAt = last?.receivedAt ?? null;
    const state = book.get(subject) ?? NO_EPISODE;
    const silentSlots = silentHourSlots(lastAnswerAt, hour, rule.timeZone, rule.createdAt);
    const evaluation = evaluateSilence({ subject, state, hour, profile, silentSlots }, settings);
    book.set(subject, SILENCE, evaluation.state);
    raised.push(
      ...raisedOf(evaluation, SILENCE, (type, test) => describeSilence(type, test, lastAnswerAt)),
    );
  }
  return { cursor: { hour: latest }, raised };
}

function describeSilence(type: AlertEventType, test: SilenceTest, lastAnswerAt: number | null) {
  const since =
    lastAnswerAt === null ? '' : ` (the last at ${new Date(lastAnswerAt).toISOString()})`;
  const summary =
    type === 'triggered'
      ? `No answers for ${plural(test.hours, 'hour')}${since}, where about ${Math.round(test.expected * 10) / 10} were expected: the widget may be broken.`
      : 'Answers are arriving again.';
  return {
    summary,
    details: { ...test, lastAnswerAt: lastAnswerAt && new Date(lastAnswerAt).toISOString() },
  };
}
