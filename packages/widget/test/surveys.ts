// Survey definitions for widget tests, parsed by the same schema the server
// uses, so defaults match what GET /v1/sites/{key}/surveys returns.
import { type SurveyInput, SurveyInputSchema, toWidgetSurvey } from '@koe/core';
import type { WidgetSurvey } from '../src/types';

export function widgetSurvey(
  id: string,
  input: Partial<SurveyInput> & Pick<SurveyInput, 'type'>,
): WidgetSurvey {
  const definition = SurveyInputSchema.parse({
    name: id,
    question: { en: `Question of ${id}?`, ja: `${id}の質問？` },
    ...input,
  });
  return toWidgetSurvey(id, definition);
}

export const npsSurvey = widgetSurvey('srv_nps', {
  type: 'nps',
  scaleLabels: { low: { en: 'Not at all likely' }, high: { en: 'Extremely likely' } },
  followUp: {
    detractor: {
      question: { en: 'What went wrong?' },
      reasons: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'delivery', label: { en: 'Delivery' } },
      ],
    },
    promoter: {
      question: { en: 'What did you love?' },
      reasons: [{ id: 'quality', label: { en: 'Quality' } }],
    },
  },
});
