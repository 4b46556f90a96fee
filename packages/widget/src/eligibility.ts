// Who may be asked, and when: never nag. Per survey the browser remembers
// when it was shown (s), answered (a), dismissed (d) or sampled out (o);
// `last` is when any survey of the site was last shown.
// - answered, dismissed or sampled out: not again for the survey's recontact days;
// - shown but left unanswered (page closed): may show again (show-once-until-dismissed);
// - automatic triggers respect a site-wide cooldown and the sample rate
//   (decided once per browser, not per page view, or everyone is eventually asked);
// - koe('ask') is the site's explicit on-the-spot request: it skips sampling
//   and the cooldown, but never the opt-out or the recontact period.
import { load, save } from './storage';
import type { WidgetSurvey } from './types';

const DAY = 86_400_000;
export const SITE_COOLDOWN_MS = DAY;

interface Mark {
  s?: number;
  a?: number;
  d?: number;
  o?: number;
}
type Seen = { last?: number } & Record<string, Mark | number | undefined>;

const marks = (): Seen => load<Seen>('seen', {});

export function optedOut(): boolean {
  return load<boolean>('out', false) === true;
}

export function isEligible(
  survey: WidgetSurvey,
  now: number,
  manual: boolean,
  random = Math.random,
): boolean {
  if (optedOut()) return false;
  const seen = marks();
  const mark = (seen[survey.id] ?? {}) as Mark;
  const quiet = survey.recontactDays * DAY;
  for (const at of [mark.a, mark.d, mark.o]) if (at !== undefined && now - at < quiet) return false;
  if (manual) return true;
  if (seen.last !== undefined && now - seen.last < SITE_COOLDOWN_MS && mark.s !== seen.last)
    return false;
  if (random() >= survey.sampleRate) {
    record(survey.id, 'o', now);
    return false;
  }
  return true;
}

export function record(surveyId: string, what: keyof Mark, now: number): void {
  const seen = marks();
  seen[surveyId] = { ...((seen[surveyId] ?? {}) as Mark), [what]: now };
  if (what === 's') seen.last = now;
  save('seen', seen);
}
