// Arms each survey's trigger on the page and calls `show` when it fires:
// page views (also SPA route changes), custom events, clicks on a selector,
// scroll depth and exit intent, each after its delay. Route changes re-check
// the page rules, and a delayed survey whose rules stop matching is cancelled.
// Each trigger fired is noted (notes.ts), with whether the page rules let it show.

import { note } from './notes';
import type { WidgetSurvey } from './types';
import { pageMatches } from './url-rules';

type Show = (survey: WidgetSurvey) => void;

export interface Triggers {
  track(event: string): void;
}

const ROUTE_EVENT = 'koe:route';
let historyPatched = false;

/** history.pushState/replaceState do not fire events; wrap them once so route changes can be seen. */
function watchHistory(): void {
  if (historyPatched) return;
  historyPatched = true;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      try {
        dispatchEvent(new Event(ROUTE_EVENT));
      } catch {
        // never let koe break the page's navigation
      }
      return result;
    };
  }
}

export function armTriggers(surveys: readonly WidgetSurvey[], show: Show): Triggers {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const fired = new Set<string>();
  const matchesHere = (s: WidgetSurvey) => pageMatches(s.trigger.urls, location.href);

  const fire = (survey: WidgetSurvey) => {
    if (pending.has(survey.id)) return;
    const matches = matchesHere(survey);
    note('fired', survey, matches);
    if (!matches) return;
    pending.set(
      survey.id,
      setTimeout(() => {
        pending.delete(survey.id);
        if (matchesHere(survey)) show(survey);
      }, survey.trigger.delaySeconds * 1000),
    );
  };

  // Listeners stay for the page's lifetime; opting out is checked when a survey would show.
  const listen = (
    target: EventTarget,
    type: string,
    fn: (e: Event) => void,
    options?: AddEventListenerOptions,
  ) => target.addEventListener(type, fn, options);

  const onRoute = () => {
    for (const [id, timer] of pending) {
      const survey = surveys.find((s) => s.id === id);
      if (survey && !matchesHere(survey)) {
        clearTimeout(timer);
        pending.delete(id);
      }
    }
    fired.clear();
    for (const survey of surveys) if (survey.trigger.on === 'pageview') fire(survey);
  };

  watchHistory();
  listen(window, ROUTE_EVENT, onRoute);
  listen(window, 'popstate', onRoute);
  listen(window, 'hashchange', onRoute);

  for (const survey of surveys) {
    const trigger = survey.trigger;
    if (trigger.on === 'pageview') fire(survey);
    else if (trigger.on === 'click') {
      listen(
        document,
        'click',
        (event) => {
          try {
            if ((event.target as Element | null)?.closest?.(trigger.selector)) fire(survey);
          } catch {
            // an invalid selector never fires
          }
        },
        { capture: true, passive: true },
      );
    } else if (trigger.on === 'scroll') {
      listen(
        window,
        'scroll',
        () => {
          const root = document.documentElement;
          const scrollable = root.scrollHeight - root.clientHeight;
          const percent = scrollable <= 0 ? 100 : (100 * root.scrollTop) / scrollable;
          if (percent >= trigger.percent && !fired.has(survey.id)) {
            fired.add(survey.id);
            fire(survey);
          }
        },
        { passive: true },
      );
    } else if (trigger.on === 'exitIntent' && matchMedia('(pointer: fine)').matches) {
      // Desktop only: the pointer leaving through the top edge (towards the tabs and the close button).
      listen(document, 'mouseout', (event) => {
        const e = event as MouseEvent;
        if (!e.relatedTarget && e.clientY <= 0 && !fired.has(survey.id)) {
          fired.add(survey.id);
          fire(survey);
        }
      });
    }
  }

  return {
    track(event) {
      for (const survey of surveys) {
        if (survey.trigger.on === 'event' && survey.trigger.event === event) fire(survey);
      }
    },
  };
}
