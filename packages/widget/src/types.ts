// Shapes the widget works with. Types only from @koe/core: the widget never
// ships zod or server code.
import type { InactiveSurvey, WidgetSurvey } from '@koe/core';

/** A survey as GET /v1/sites/{siteKey}/surveys returns it (built by toWidgetSurvey in @koe/core). */
export type { InactiveSurvey, WidgetSurvey };

export interface AskOptions {
  touchpoint?: string;
  attributes?: Record<string, string | number | boolean>;
  /** CSS selector of the element an inline survey renders into. */
  target?: string;
}

export type KoeEventName = 'show' | 'submit' | 'dismiss';

export interface KoeEventDetail {
  surveyId: string;
  score?: number;
}
