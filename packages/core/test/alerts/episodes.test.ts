// The episode state machine: one alert per episode, one all clear, no
// flapping between thresholds, and evaluations replayed after a restart
// changing nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AlertEvent,
  advanceEpisode,
  alertEventKey,
  alertSubject,
  type EpisodeState,
  NO_EPISODE,
  type Signal,
} from '../../src/index';

const day = (i: number) => `2026-03-${String(i + 1).padStart(2, '0')}`;

/** Runs signals through the machine, one evaluation per day from March 1st. */
function run(signals: readonly Signal[], openAfter = 1, clearAfter = 2) {
  let state: EpisodeState = NO_EPISODE;
  const events: AlertEvent[] = [];
  signals.forEach((signal, i) => {
    const next = advanceEpisode(
      state,
      { at: day(i), signal },
      { subject: 'rule_1', openAfter, clearAfter },
    );
    state = next.state;
    events.push(...next.events);
  });
  return { state, events };
}

const signals = fc.array(fc.constantFrom<Signal>('breach', 'normal', 'unclear'), { maxLength: 28 });

describe('advanceEpisode', () => {
  it('raises one alert when a breach opens an episode, and none while it lasts', () => {
    const { events, state } = run(['normal', 'breach', 'breach', 'unclear', 'breach']);
    expect(events).toEqual([
      {
        type: 'triggered',
        key: 'rule_1@2026-03-02#triggered',
        subject: 'rule_1',
        at: '2026-03-02',
        openedAt: '2026-03-02',
      },
    ]);
    expect(state.openedAt).toBe('2026-03-02');
  });

  it('gives the all clear after clearAfter consecutive normal evaluations, naming the episode', () => {
    const { events, state } = run(['breach', 'normal', 'normal']);
    expect(events.map((e) => [e.type, e.at, e.openedAt])).toEqual([
      ['triggered', '2026-03-01', '2026-03-01'],
      ['resolved', '2026-03-03', '2026-03-01'],
    ]);
    expect(state).toEqual({ ...NO_EPISODE, lastAt: '2026-03-03' });
  });

  it('does not flap: an evaluation that is not normal restarts the count toward the all clear', () => {
    const { events } = run(['breach', 'normal', 'unclear', 'normal', 'breach', 'normal', 'normal']);
    expect(events.map((e) => e.type)).toEqual(['triggered', 'resolved']);
    expect(events[1]?.at).toBe('2026-03-07');
  });

  it('opens only after openAfter breaches in a row', () => {
    expect(run(['breach', 'normal', 'breach', 'unclear'], 2).events).toEqual([]);
    const { events } = run(['breach', 'unclear', 'breach', 'breach'], 2);
    expect(events.map((e) => [e.type, e.at])).toEqual([['triggered', '2026-03-04']]);
  });

  it('ignores an evaluation it has already seen (a replay after a restart)', () => {
    const first = advanceEpisode(
      NO_EPISODE,
      { at: '2026-03-02', signal: 'breach' },
      { subject: 's', clearAfter: 1 },
    );
    const again = advanceEpisode(
      first.state,
      { at: '2026-03-02', signal: 'breach' },
      { subject: 's', clearAfter: 1 },
    );
    const earlier = advanceEpisode(
      first.state,
      { at: '2026-03-01', signal: 'normal' },
      { subject: 's', clearAfter: 1 },
    );
    expect(again).toEqual({ state: first.state, events: [] });
    expect(earlier).toEqual({ state: first.state, events: [] });
  });

  it('keys an event by subject, window and type, the same however often it is computed', () => {
    expect(alertEventKey('rule_1', '2026-03-02', 'triggered')).toBe('rule_1@2026-03-02#triggered');
    expect(alertSubject('rule_1')).toBe('rule_1');
    expect(alertSubject('rule_1', { dimension: 'device', value: 'mobile' })).toBe(
      'rule_1|device=mobile',
    );
    // Segment values are escaped, so no value can imitate another subject or a key separator.
    expect(alertSubject('r', { dimension: 'country', value: 'a@b#c|d=e' })).toBe(
      'r|country=a%40b%23c%7Cd%3De',
    );
  });

  it('always alternates triggered and resolved, starting with triggered, with unique keys', () => {
    fc.assert(
      fc.property(
        signals,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (s, open, clear) => {
          const { events } = run(s, open, clear);
          events.forEach((event, i) => {
            expect(event.type).toBe(i % 2 === 0 ? 'triggered' : 'resolved');
            if (event.type === 'resolved') expect(event.openedAt).toBe(events[i - 1]?.at);
          });
          expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
        },
      ),
    );
  });

  it('gives the same events when every evaluation is applied twice (at-least-once delivery of ticks)', () => {
    fc.assert(
      fc.property(signals, (s) => {
        let state: EpisodeState = NO_EPISODE;
        const events: AlertEvent[] = [];
        s.forEach((signal, i) => {
          for (let attempt = 0; attempt < 2; attempt++) {
            const next = advanceEpisode(
              state,
              { at: day(i), signal },
              { subject: 'rule_1', clearAfter: 2 },
            );
            state = next.state;
            events.push(...next.events);
          }
        });
        expect(events).toEqual(run(s).events);
      }),
    );
  });
});
