// What GET /v1/sites/{siteKey}/surveys sends the widget: each active survey's
// definition without internal fields, plus the widget's own words (buttons,
// default scale labels) in each of the survey's languages — keeping those
// words here rather than in the widget keeps koe.js small however many
// languages koe learns — and the other surveys' id and status only.
import { z } from 'zod';
import { outputOf } from './schemas/output';
import { type SurveyDefinition, SurveyStatusSchema, surveyFields } from './schemas/survey';

const word = z.string().min(1);
export const WidgetWordsSchema = z
  .object({
    close: word,
    send: word,
    comment: word,
    thanks: word,
    low: word,
    high: word,
    unhappy: word,
    happy: word,
    disagree: word,
    agree: word,
  })
  .meta({ id: 'WidgetWords', description: "the widget's own words in one language" });
export type WidgetWords = z.output<typeof WidgetWordsSchema>;

export const WIDGET_WORDS: Readonly<Record<string, WidgetWords>> = {
  en: {
    close: 'Close',
    send: 'Send',
    comment: 'Anything else? (optional)',
    thanks: 'Thank you!',
    low: 'Not likely',
    high: 'Very likely',
    unhappy: 'Very dissatisfied',
    happy: 'Very satisfied',
    disagree: 'Strongly disagree',
    agree: 'Strongly agree',
  },
  ja: {
    close: '閉じる',
    send: '送信',
    comment: 'ほかにご意見があればどうぞ（任意）',
    thanks: 'ありがとうございました！',
    low: '勧めない',
    high: 'ぜひ勧める',
    unhappy: 'とても不満',
    happy: 'とても満足',
    disagree: 'まったくそう思わない',
    agree: 'とてもそう思う',
  },
};

const { name: _name, status: _status, ...widgetFields } = surveyFields;

/** A survey as GET /v1/sites/{siteKey}/surveys sends it to the widget. */
export const WidgetSurveySchema = outputOf(
  z.object({
    id: z.string(),
    ...widgetFields,
    words: z
      .record(z.string(), WidgetWordsSchema)
      .describe(
        "the widget's words for each locale the survey's question has (English where koe has none)",
      ),
  }),
).meta({ id: 'WidgetSurvey' });
export type WidgetSurvey = z.output<typeof WidgetSurveySchema>;

/**
 * A survey of the site that the widget may not show, by id and status only:
 * enough for koe('ask', id) to tell a draft from a mistyped id, and nothing
 * of its content.
 */
export const InactiveSurveySchema = z
  .object({ id: z.string(), status: SurveyStatusSchema.exclude(['active']) })
  .meta({ id: 'InactiveSurvey' });
export type InactiveSurvey = z.output<typeof InactiveSurveySchema>;

/** The whole answer of GET /v1/sites/{siteKey}/surveys. */
export const WidgetConfigSchema = z
  .object({
    data: z.array(WidgetSurveySchema).describe('the active surveys, as the widget shows them'),
    inactive: z
      .array(InactiveSurveySchema)
      .describe(
        "the site's draft, paused and archived surveys, so the widget can say why it does not show one",
      ),
  })
  .meta({ id: 'WidgetConfig' });
export type WidgetConfig = z.output<typeof WidgetConfigSchema>;

/** The words for a locale tag: its language's, else English. */
export function widgetWordsFor(locale: string): WidgetWords {
  return (
    WIDGET_WORDS[locale.split('-')[0]?.toLowerCase() ?? ''] ?? (WIDGET_WORDS.en as WidgetWords)
  );
}

export function toWidgetSurvey(id: string, definition: SurveyDefinition): WidgetSurvey {
  const { name: _name, status: _status, ...rest } = definition;
  const words = Object.fromEntries(
    Object.keys(definition.question).map((locale) => [locale, widgetWordsFor(locale)]),
  );
  return { id, ...rest, words };
}

/** Active surveys in full; the others by id and status only. */
export function toWidgetConfig(
  surveys: ReadonlyArray<{ id: string; definition: SurveyDefinition }>,
): WidgetConfig {
  const config: WidgetConfig = { data: [], inactive: [] };
  for (const { id, definition } of surveys) {
    const { status } = definition;
    if (status === 'active') config.data.push(toWidgetSurvey(id, definition));
    else config.inactive.push({ id, status });
  }
  return config;
}
