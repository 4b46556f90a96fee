// Who may be asked, and when: never nag. Per survey the browser remembers
// when it was shown (s), answered (a), dismissed (d) or sampled out (o);
// `last` is when any survey of the site was last shown.
// - answered, dismissed or sampled out: not again for the survey's recontact days;
// - shown but left unanswered (page closed): may show again (show-once-until-dismissed);
// - automatic triggers respect a site-wide cooldown and the sample rate
//   (decided once per browser, not per page view, or everyone is eventually asked);
// - koe('ask') is the site's explicit on-the-spot request: it skips sampling
//   and the cooldown, but never the opt-out or the recontact period.
// whyNot names the rule that holds a survey back, as one letter (koe.js has
// a size budget): explain.ts turns it into words and dates for debug mode.
import { load, save } from './storage';
import type { WidgetSurvey } from './types';

export const DAY = 86_400_000;
export const SITE_COOLDOWN_MS = DAY;

export interface Mark {
  s?: number;
  a?: number;
  d?: number;
  o?: number;
}
export type Seen = { last?: number } & Record<string, Mark | number | undefined>;

export const marks = (): Seen => load<Seen>('seen', {});

export function optedOut(): boolean {
  return load<boolean>('out', false) === true;
}

/**
 * Why the survey may not show now: '' when it may; else x (opted out), a, d
 * or o (answered, dismissed or sampled out within its recontact days), c (the
 * site-wide cooldown) or r (sampled out now by its rate).
 */
export type Why = '' | 'x' | keyof Mark | 'c' | 'r';

export function whyNot(
  survey: WidgetSurvey,
  now: number,
  manual: boolean,
  random = Math.random,
): Why {
  if (optedOut()) return 'x';
  const seen = marks();
  const mark = (seen[survey.id] ?? {}) as Mark;
  for (const what of ['a', 'd', 'o'] as const) {
    // A missing mark makes this NaN, and NaN is never later than now.
    if (now < (mark[what] as number) + survey.recontactDays * DAY) return what;
  }
  if (manual) return '';
  if (seen.last !== undefined && now - seen.last < SITE_COOLDOWN_MS && mark.s !== seen.last)
    return 'c';
  if (random() >= survey.sampleRate) {
    record(survey.id, 'o', now);
    return 'r';
  }
  return '';
}

export function record(surveyId: string, what: keyof Mark, now: number): void {
  const seen = marks();
  seen[surveyId] = { ...((seen[surveyId] ?? {}) as Mark), [what]: now };
  if (what === 's') seen.last = now;
  save('seen', seen);
}
