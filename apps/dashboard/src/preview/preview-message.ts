// The one message the editor sends its preview frame: the survey as the
// widget would receive it from GET /v1/sites/{siteKey}/surveys, and the
// language to show it in.
import type { WidgetSurvey } from '@koe/core';

export interface PreviewMessage {
  kind: 'koe-preview';
  survey: WidgetSurvey;
  locale: string;
}

export function isPreviewMessage(data: unknown): data is PreviewMessage {
  const message = data as Partial<PreviewMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.kind === 'koe-preview' &&
    typeof message.locale === 'string' &&
    typeof message.survey === 'object' &&
    message.survey !== null &&
    typeof message.survey.id === 'string'
  );
}
