// The triggers that wait for the visitor's pointer or scrolling: a click on a
// selector, a scroll depth, exit intent (desktop). They live in the UI file:
// the loader fetches it as soon as a survey with such a trigger could show, so
// koe.js stays small and pages without such a survey never pay for them.
// Each fires through the loader's `fire` (delay, page rules, notes); scroll
// and exit intent fire once per page view, again after an SPA route change.
import { ROUTE_EVENT } from './triggers';
import type { WidgetSurvey } from './types';

export function armPointerTriggers(
  surveys: readonly WidgetSurvey[],
  fire: (survey: WidgetSurvey) => void,
): void {
  const fired = new Set<string>();
  const once = (survey: WidgetSurvey) => {
    if (fired.has(survey.id)) return;
    fired.add(survey.id);
    fire(survey);
  };
  for (const type of [ROUTE_EVENT, 'popstate']) addEventListener(type, () => fired.clear());

  for (const survey of surveys) {
    const trigger = survey.trigger;
    if (trigger.on === 'click') {
      document.addEventListener(
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
      addEventListener(
        'scroll',
        () => {
          const root = document.documentElement;
          const scrollable = root.scrollHeight - root.clientHeight;
          const percent = scrollable <= 0 ? 100 : (100 * root.scrollTop) / scrollable;
          if (percent >= trigger.percent) once(survey);
        },
        { passive: true },
      );
    } else if (trigger.on === 'exitIntent' && matchMedia('(pointer: fine)').matches) {
      // Desktop only: the pointer leaving through the top edge (towards the tabs and the close button).
      document.addEventListener('mouseout', (event) => {
        if (!event.relatedTarget && event.clientY <= 0) once(survey);
      });
    }
  }
}
