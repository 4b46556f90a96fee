// Arms the loader's triggers and calls `show` when one fires: page views
// (also SPA route changes) and custom events, each after its delay. Route
// changes re-check the page rules, and a delayed survey whose rules stop
// matching is cancelled. Clicks, scroll depth and exit intent are armed by the
// UI file (pointer-triggers.ts) through `fire`: the loader fetches it as soon
// as such a survey could show, and leaving them out keeps koe.js within 2 KB.
// Each trigger fired is noted (notes.ts), with whether the page rules let it show.

import { note } from './notes';
import type { WidgetSurvey } from './types';
import { pageMatches } from './url-rules';

type Show = (survey: WidgetSurvey) => void;

export interface Triggers {
  track(event: string): void;
  /** The survey's trigger fired: it shows after its delay if the page rules still hold. */
  fire(survey: WidgetSurvey): void;
}

/** Dispatched on window after history.pushState/replaceState. */
export const ROUTE_EVENT = 'koe:route';
let historyPatched = false;

/** history.pushState/replaceState do not fire events; wrap them once so route changes can be seen. */
function watchHistory(): void {
  if (historyPatched) return;
  historyPatched = true;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      // A listener's error is reported, never thrown here: the page's navigation goes on.
      dispatchEvent(new Event(ROUTE_EVENT));
      return result;
    };
  }
}

export function armTriggers(surveys: readonly WidgetSurvey[], show: Show): Triggers {
  // By survey object: the loader's list holds each survey once.
  const pending = new Map<WidgetSurvey, ReturnType<typeof setTimeout>>();
  const matchesHere = (s: WidgetSurvey) => pageMatches(s.trigger.urls, location.href);

  const fire = (survey: WidgetSurvey) => {
    if (pending.has(survey)) return;
    const matches = matchesHere(survey);
    note('fired', survey, matches);
    if (!matches) return;
    pending.set(
      survey,
      setTimeout(() => {
        pending.delete(survey);
        if (matchesHere(survey)) show(survey);
      }, survey.trigger.delaySeconds * 1000),
    );
  };

  const onRoute = () => {
    for (const [survey, timer] of pending) {
      if (!matchesHere(survey)) {
        clearTimeout(timer);
        pending.delete(survey);
      }
    }
    for (const survey of surveys) if (survey.trigger.on === 'pageview') fire(survey);
  };

  // Listeners stay for the page's lifetime; opting out is checked when a survey would show.
  watchHistory();
  // Fragment navigations fire popstate too.
  for (const type of [ROUTE_EVENT, 'popstate']) addEventListener(type, onRoute);

  for (const survey of surveys) if (survey.trigger.on === 'pageview') fire(survey);

  return {
    fire,
    track(event) {
      for (const survey of surveys) {
        if (survey.trigger.on === 'event' && survey.trigger.event === event) fire(survey);
      }
    },
  };
}
