// What GET /v1/sites/{siteKey}/surveys sends the widget for each survey: the
// definition without internal fields, plus the widget's own words (buttons,
// default scale labels) in each of the survey's languages. Keeping those
// words here rather than in the widget keeps koe.js small however many
// languages koe learns.
import type { SurveyDefinition } from './schemas/survey';

export interface WidgetWords {
  close: string;
  send: string;
  comment: string;
  thanks: string;
  /** Default end labels: NPS, CSAT, CES. */
  low: string;
  high: string;
  unhappy: string;
  happy: string;
  disagree: string;
  agree: string;
}

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

export type WidgetSurvey = { id: string } & Omit<SurveyDefinition, 'name' | 'status'> & {
    /** The widget's words for each locale the survey's question has (English where koe has none). */
    words: Record<string, WidgetWords>;
  };

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
