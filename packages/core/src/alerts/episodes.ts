// One alert per episode: a pure state machine over a rule's successive
// evaluations. An episode opens on the first evaluation whose test says the
// change is real ("triggered"), stays open without further alerts however
// long the change lasts, and closes ("resolved", the all clear) only after
// `clearAfter` consecutive evaluations that look normal. Normal is a stricter
// bar than "no longer significant" (each rule defines it, e.g. a one-sided
// p ≥ 0.2 where the alarm needs p < 0.01): that gap is the hysteresis that
// keeps a score hovering at the threshold from flapping between alert and
// all clear.
//
// The server stores the state per rule (and segment) and writes the events
// with the new state in one transaction. Every event carries a key built from
// the rule and the evaluation window, so evaluating a window again after a
// restart gives the same key (unique in storage: no second alert), and an
// evaluation the state has already seen changes nothing.

/**
 * What one evaluation says: `breach` (the alarm condition holds), `normal`
 * (clearly back to usual), or `unclear` (neither: between the thresholds, or
 * too few answers to say).
 */
export type Signal = 'breach' | 'normal' | 'unclear';

export interface EpisodeState {
  /** The evaluation (window end) that opened the current episode; null when none is open. */
  openedAt: string | null;
  /** Consecutive breaches while no episode is open (an episode opens at openAfter). */
  breachStreak: number;
  /** Consecutive normal evaluations since the episode opened or last looked abnormal. */
  normalStreak: number;
  /** The latest evaluation applied; an evaluation at or before it is ignored. */
  lastAt: string | null;
}

export const NO_EPISODE: EpisodeState = {
  openedAt: null,
  breachStreak: 0,
  normalStreak: 0,
  lastAt: null,
};

export type AlertEventType = 'triggered' | 'resolved';

export interface AlertEvent {
  type: AlertEventType;
  /** Idempotency key: subject × evaluation window × type. */
  key: string;
  /** Who raised it: a rule id, and its segment for a groupBy rule (alertSubject). */
  subject: string;
  /** The evaluation window (its end) at which it happened. */
  at: string;
  /** The window that opened the episode (equal to `at` for `triggered`). */
  openedAt: string;
}

/** A rule's subject: its id, or its id and one segment of its groupBy. */
export function alertSubject(ruleId: string, segment?: { dimension: string; value: string }) {
  if (!segment) return ruleId;
  return `${ruleId}|${encodeURIComponent(segment.dimension)}=${encodeURIComponent(segment.value)}`;
}

/** The idempotency key of an event: the same subject, window and type always give the same key. */
export function alertEventKey(subject: string, at: string, type: AlertEventType): string {
  return `${subject}@${at}#${type}`;
}

export interface Evaluation {
  /**
   * The evaluation window's end: a LocalDate for daily rules, an ISO instant
   * for hourly ones. Strings of one rule must sort in time order.
   */
  at: string;
  signal: Signal;
}

function stateOf(
  openedAt: string | null,
  breachStreak: number,
  normalStreak: number,
  lastAt: string,
): EpisodeState {
  return { openedAt, breachStreak, normalStreak, lastAt };
}

function eventOf(type: AlertEventType, subject: string, at: string, openedAt: string): AlertEvent {
  return { type, key: alertEventKey(subject, at, type), subject, at, openedAt };
}

/** Folds one evaluation into the state; returns the new state and the events to send (0 or 1). */
export function advanceEpisode(
  state: EpisodeState,
  evaluation: Evaluation,
  options: { subject: string; openAfter?: number; clearAfter: number },
): { state: EpisodeState; events: AlertEvent[] } {
  const { at, signal } = evaluation;
  const { subject, openAfter = 1, clearAfter } = options;
  // A replayed or out-of-order evaluation: already accounted for.
  if (state.lastAt !== null && at <= state.lastAt) return { state, events: [] };
  if (state.openedAt === null) {
    const breachStreak = signal === 'breach' ? state.breachStreak + 1 : 0;
    if (breachStreak < Math.max(1, openAfter)) {
      return { state: stateOf(null, breachStreak, 0, at), events: [] };
    }
    return {
      state: stateOf(at, 0, 0, at),
      events: [eventOf('triggered', subject, at, at)],
    };
  }
  const normalStreak = signal === 'normal' ? state.normalStreak + 1 : 0;
  if (normalStreak < Math.max(1, clearAfter)) {
    return { state: stateOf(state.openedAt, 0, normalStreak, at), events: [] };
  }
  return {
    state: stateOf(null, 0, 0, at),
    events: [eventOf('resolved', subject, at, state.openedAt)],
  };
}

/** One subject's evaluation as a rule module returns it: the test, its signal, the new state and events. */
export interface SubjectEvaluation<Test> {
  subject: string;
  test: Test;
  signal: Signal;
  state: EpisodeState;
  events: AlertEvent[];
}
