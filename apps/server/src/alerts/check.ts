// What evaluating one rule gives the scheduler: the events raised (with the
// words and figures messages carry), each subject's new episode state, and
// how far the rule has now been evaluated. Each kind's check (score-drop.ts,
// volume.ts, keyword.ts) reads the store and calls @koe/core for the test.
import type { AlertEventType, EpisodeState, SubjectEvaluation } from '@koe/core';
import type { AlertCursor, AlertRule, AlertSegment, AlertSubjectState } from '../store/alert-types';
import type { Store, StoredSurvey } from '../store/types';

export interface RaisedEvent {
  type: AlertEventType;
  key: string;
  subject: string;
  segment: AlertSegment | null;
  at: string;
  openedAt: string;
  /** One line, as every channel sends it. */
  summary: string;
  details: Record<string, unknown>;
  responseId: string | null;
}

export interface CheckOutcome {
  cursor: AlertCursor;
  states: AlertSubjectState[];
  raised: RaisedEvent[];
}

export interface CheckInput {
  rule: AlertRule;
  survey: StoredSurvey;
  store: Store;
  now: number;
}

/** The saved states of a rule by subject (a subject never seen starts with no episode). */
export async function statesBySubject(
  store: Store,
  ruleId: string,
): Promise<Map<string, AlertSubjectState>> {
  return new Map((await store.alerts.states(ruleId)).map((s) => [s.subject, s]));
}

/** The events of one subject's evaluation, with the words its check gives them. */
export function raisedOf<Test>(
  evaluation: SubjectEvaluation<Test>,
  segment: AlertSegment | null,
  describe: (
    type: AlertEventType,
    test: Test,
  ) => { summary: string; details: Record<string, unknown> },
): RaisedEvent[] {
  return evaluation.events.map((event) => ({
    type: event.type,
    key: event.key,
    subject: event.subject,
    segment,
    at: event.at,
    openedAt: event.openedAt,
    ...describe(event.type, evaluation.test),
    responseId: null,
  }));
}

/** Keeps the latest state of each subject (a catch-up evaluates several windows in turn). */
export class StateBook {
  private readonly states: Map<string, AlertSubjectState>;
  private readonly changed = new Set<string>();

  constructor(saved: Map<string, AlertSubjectState>) {
    this.states = saved;
  }

  get(subject: string): EpisodeState | undefined {
    return this.states.get(subject)?.state;
  }

  set(subject: string, segment: AlertSegment | null, state: EpisodeState): void {
    this.states.set(subject, { subject, segment, state });
    this.changed.add(subject);
  }

  /** Subjects with an episode open (a groupBy segment that went quiet is still evaluated). */
  open(): AlertSubjectState[] {
    return [...this.states.values()].filter((s) => s.state.openedAt !== null);
  }

  changedStates(): AlertSubjectState[] {
    return [...this.changed].map((subject) => this.states.get(subject) as AlertSubjectState);
  }
}
