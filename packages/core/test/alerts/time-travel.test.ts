// Alert rules run the way the server runs them, with the clock as a
// dependency: a simulated calendar advances day by day (or hour by hour),
// answers arrive from a seeded generator, each due evaluation reads the
// windows the core names, and events go to an outbox whose keys are unique,
// as the server's table will be. Restarts and missed days are part of the
// story: the same events must come out, once each.
import { describe, expect, it } from 'vitest';
import {
  type AlertEvent,
  addDays,
  alertSubject,
  daysBetween,
  dayWindowInstants,
  dueHours,
  dueWindowEnds,
  type EpisodeState,
  evaluateScoreDrop,
  evaluateSilence,
  evaluateVolumeDrop,
  hourOfWeekProfile,
  keywordAlert,
  keywordMatcher,
  type LocalDate,
  localDateOf,
  mergeDistributions,
  NO_EPISODE,
  SCORE_DROP_DEFAULTS,
  scoreDropWindows,
  silentHourSlots,
  volumeDropDays,
} from '../../src/index';

const HOUR = 3_600_000;

/** mulberry32: a small seeded generator, so every run sees the same answers. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
function poisson(mean: number, random: () => number): number {
  let k = 0;
  let product = random();
  const limit = Math.exp(-mean);
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}
/** NPS answers: 50 % promoters (9–10), 30 % passives, 20 % detractors (score 30); `unhappy` more detractors. */
function npsDay(answers: number, unhappy: number, random: () => number): number[] {
  const counts = new Array<number>(11).fill(0);
  for (let i = 0; i < answers; i++) {
    const u = random();
    const detractorShare = 0.2 + unhappy;
    const score = u < detractorShare ? 3 : u < detractorShare + 0.3 * (1 - unhappy / 0.8) ? 8 : 10;
    counts[score] = (counts[score] as number) + 1;
  }
  return counts;
}

/** The outbox: a unique index on the key, as the server's events table has. */
class Outbox {
  readonly delivered: AlertEvent[] = [];
  /** Events offered again under a key already stored: what the unique index turned away. */
  duplicates = 0;
  private readonly keys = new Set<string>();
  insert(events: readonly AlertEvent[]): void {
    for (const event of events) {
      if (this.keys.has(event.key)) {
        this.duplicates++;
        continue;
      }
      this.keys.add(event.key);
      this.delivered.push(event);
    }
  }
}

/** A score-drop rule on a survey whose answers per local day the test writes. */
function scoreDropServer(days: Map<LocalDate, number[]>) {
  const outbox = new Outbox();
  let state: EpisodeState = NO_EPISODE;
  const subject = alertSubject('rule_drop');
  const read = (from: LocalDate, to: LocalDate) => {
    let sum = new Array<number>(11).fill(0);
    for (let d = from; d < to; d = addDays(d, 1))
      sum = mergeDistributions(sum, days.get(d) ?? sum.map(() => 0));
    return sum;
  };
  let crashes = 0;
  /**
   * One run of the scheduler at local date `today`. With `crashOnEvent`, the
   * process dies once, right after writing its first events and before the
   * state (the worst moment): the next run evaluates that window again.
   */
  function tick(today: LocalDate, crashOnEvent = false): void {
    for (const windowEnd of dueWindowEnds(state.lastAt, today, 'daily')) {
      const windows = scoreDropWindows(windowEnd, state.openedAt);
      const [result] = evaluateScoreDrop('nps', windowEnd, [
        {
          subject,
          state,
          recent: read(windows.recent.from, windows.recent.to),
          baseline: read(windows.baseline.from, windows.baseline.to),
        },
      ]);
      if (!result) throw new Error('one subject, one result');
      outbox.insert(result.events);
      if (crashOnEvent && crashes === 0 && result.events.length > 0) {
        crashes++;
        return;
      }
      state = result.state;
    }
  }
  return { outbox, tick, state: () => state, crashes: () => crashes };
}

describe('a score-drop rule over time', () => {
  const START = '2026-01-05';

  function survey(volume: number, dropFrom: number, dropTo: number, drop: number, seed: number) {
    const random = seeded(seed);
    const days = new Map<LocalDate, number[]>();
    for (let i = 0; i < 200; i++) {
      const unhappy = i >= dropFrom && i < dropTo ? drop : 0;
      days.set(addDays(START, i), npsDay(poisson(volume, random), unhappy, random));
    }
    return days;
  }

  it('a drop fires once and resolves once, through a restart and three days of downtime', () => {
    // From day 60 to day 88, 20 % more answers are detractors: NPS falls from 30 to about 0.
    const server = scoreDropServer(survey(50, 60, 88, 0.2, 7));
    server.tick(addDays(START, 36));
    for (let i = 37; i <= 150; i++) {
      if (i >= 100 && i < 103) continue; // down for three days
      server.tick(addDays(START, i), true);
    }
    const events = server.outbox.delivered;
    expect(events.map((e) => e.type)).toEqual(['triggered', 'resolved']);
    expect([server.crashes(), server.outbox.duplicates]).toEqual([1, 1]);
    const [triggered, resolved] = events as [AlertEvent, AlertEvent];
    const dropDay = addDays(START, 60);
    const recoveryDay = addDays(START, 88);
    expect(daysBetween(dropDay, triggered.at)).toBeGreaterThan(0);
    expect(daysBetween(dropDay, triggered.at)).toBeLessThanOrEqual(7);
    expect(daysBetween(recoveryDay, resolved.at)).toBeGreaterThan(0);
    expect(daysBetween(recoveryDay, resolved.at)).toBeLessThanOrEqual(14);
    expect(resolved.openedAt).toBe(triggered.at);
    expect(server.state().openedAt).toBeNull();
  });

  it('stable noise fires nothing over half a year', () => {
    const server = scoreDropServer(survey(200, 0, 0, 0, 11));
    for (let i = 36; i <= 200; i++) server.tick(addDays(START, i));
    expect(server.outbox.delivered).toEqual([]);
    expect(server.state().lastAt).toBe(addDays(START, 200));
  });

  it('the defaults are what the docs say', () => {
    expect(SCORE_DROP_DEFAULTS).toEqual({
      recentDays: 7,
      baselineDays: 28,
      alpha: 0.01,
      minAnswers: 20,
      clearP: 0.2,
      openAfter: 2,
      clearAfter: 2,
      cadence: 'daily',
    });
  });
});

describe('volume rules over time', () => {
  const ZONE = 'Asia/Tokyo';
  // Monday 2026-03-02 00:00 in Tokyo; five weeks of answers, then the widget stops
  // at noon on Wednesday of the sixth week.
  const start = dayWindowInstants({ from: '2026-01-26', to: '2026-01-27' }, ZONE).from;
  const stop = start + (5 * 7 + 2) * 24 * HOUR + 12 * HOUR;
  const hourly = new Map<number, number>();
  const random = seeded(3);
  for (let hour = start; hour < stop + 7 * 24 * HOUR; hour += HOUR) {
    const local = ((hour - start) / HOUR) % 24;
    const rate = local >= 8 && local < 22 ? 4 : 0.2; // ~57 a day
    hourly.set(hour, hour < stop ? poisson(rate, random) : 0);
  }
  const answersBetween = (from: number, to: number) => {
    let n = 0;
    for (let h = from; h < to; h += HOUR) n += hourly.get(h) ?? 0;
    return n;
  };

  it('answers falling to zero fire the silence rule within hours, once', () => {
    const outbox = new Outbox();
    let state: EpisodeState = NO_EPISODE;
    let lastEvaluated: number | null = stop - 2 * HOUR;
    for (let now = stop - HOUR; now <= stop + 24 * HOUR; now += HOUR) {
      for (const hour of dueHours(lastEvaluated, now)) {
        const since = hour - 4 * 7 * 24 * HOUR;
        const counts = [...hourly].filter(([h, n]) => h >= since && h < hour && n > 0);
        const profile = hourOfWeekProfile(
          since,
          hour,
          ZONE,
          counts.map(([h, n]) => ({ start: h, count: n })),
        );
        const last = counts.at(-1)?.[0] ?? null;
        const result = evaluateSilence({
          subject: 'rule_silence',
          state,
          hour,
          profile,
          silentSlots: silentHourSlots(last, hour, ZONE, since),
        });
        outbox.insert(result.events);
        state = result.state;
        lastEvaluated = hour;
      }
    }
    expect(outbox.delivered.map((e) => e.type)).toEqual(['triggered']);
    const hoursAfterStop = (Date.parse(outbox.delivered[0]?.at ?? '') - stop) / HOUR;
    expect(hoursAfterStop).toBeGreaterThan(0);
    expect(hoursAfterStop).toBeLessThanOrEqual(6);
  });

  it('answers falling to zero fire the volume-drop rule after that day, once for the whole outage', () => {
    const outbox = new Outbox();
    let state: EpisodeState = NO_EPISODE;
    const stopDay = localDateOf(stop, ZONE);
    const dayCount = (day: LocalDate) => {
      const { from, to } = dayWindowInstants({ from: day, to: addDays(day, 1) }, ZONE);
      return answersBetween(from, to);
    };
    for (const windowEnd of dueWindowEnds(addDays(stopDay, -3), addDays(stopDay, 6), 'daily', 10)) {
      const { day, history } = volumeDropDays(windowEnd, state.openedAt);
      const counts: number[] = [];
      for (let d = history.from; d < history.to; d = addDays(d, 1)) counts.push(dayCount(d));
      const result = evaluateVolumeDrop({
        subject: 'rule_volume',
        state,
        windowEnd,
        count: dayCount(day),
        history: counts,
      });
      outbox.insert(result.events);
      state = result.state;
    }
    // The stop day itself (answers until noon: about a third of a Wednesday's) is far below.
    expect(outbox.delivered.map((e) => [e.type, e.at])).toEqual([
      ['triggered', addDays(stopDay, 1)],
    ]);
  });
});

describe('a keyword rule over time', () => {
  it('a Japanese keyword fires once per comment, even when the comment is processed twice', () => {
    const outbox = new Set<string>();
    const alerts: string[] = [];
    const match = keywordMatcher(['遅い', 'refund']);
    const comments: [string, string][] = [
      ['r1', 'とても良かったです'],
      ['r2', '配送が遅いです'],
      ['r2', '配送が遅いです'], // the same response again (a retry)
      ['r3', 'Great, thanks'],
    ];
    for (const [responseId, comment] of comments) {
      const alert = keywordAlert('rule_kw', responseId, match(comment));
      if (alert === null || outbox.has(alert.key)) continue;
      outbox.add(alert.key);
      alerts.push(`${alert.responseId}: ${alert.keywords.join(', ')}`);
    }
    expect(alerts).toEqual(['r2: 遅い']);
  });
});
