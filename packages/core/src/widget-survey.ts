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

/** The languages whose widget words koe has; a test fails when one lacks a word. */
export const WIDGET_LANGUAGES = [
  'en',
  'ja',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'es',
  'fr',
  'de',
  'pt-BR',
  'it',
  'nl',
  'ar',
  'he',
] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];

export const WIDGET_WORDS: Readonly<Record<WidgetLanguage, WidgetWords>> = {
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
  'zh-Hans': {
    close: '关闭',
    send: '提交',
    comment: '还有其他想说的吗？（选填）',
    thanks: '谢谢！',
    low: '不太可能',
    high: '非常可能',
    unhappy: '非常不满意',
    happy: '非常满意',
    disagree: '非常不同意',
    agree: '非常同意',
  },
  'zh-Hant': {
    close: '關閉',
    send: '送出',
    comment: '還有其他想說的嗎？（選填）',
    thanks: '謝謝！',
    low: '不太可能',
    high: '非常可能',
    unhappy: '非常不滿意',
    happy: '非常滿意',
    disagree: '非常不同意',
    agree: '非常同意',
  },
  ko: {
    close: '닫기',
    send: '보내기',
    comment: '더 하실 말씀이 있으신가요? (선택)',
    thanks: '감사합니다!',
    low: '추천하지 않음',
    high: '적극 추천',
    unhappy: '매우 불만족',
    happy: '매우 만족',
    disagree: '전혀 동의하지 않음',
    agree: '매우 동의함',
  },
  es: {
    close: 'Cerrar',
    send: 'Enviar',
    comment: '¿Algo más? (opcional)',
    thanks: '¡Gracias!',
    low: 'Nada probable',
    high: 'Muy probable',
    unhappy: 'Muy insatisfecho',
    happy: 'Muy satisfecho',
    disagree: 'Totalmente en desacuerdo',
    agree: 'Totalmente de acuerdo',
  },
  fr: {
    close: 'Fermer',
    send: 'Envoyer',
    comment: 'Autre chose ? (facultatif)',
    thanks: 'Merci !',
    low: 'Peu probable',
    high: 'Très probable',
    unhappy: 'Très insatisfait',
    happy: 'Très satisfait',
    disagree: "Pas du tout d'accord",
    agree: "Tout à fait d'accord",
  },
  de: {
    close: 'Schließen',
    send: 'Senden',
    comment: 'Sonst noch etwas? (optional)',
    thanks: 'Vielen Dank!',
    low: 'Unwahrscheinlich',
    high: 'Sehr wahrscheinlich',
    unhappy: 'Sehr unzufrieden',
    happy: 'Sehr zufrieden',
    disagree: 'Stimme gar nicht zu',
    agree: 'Stimme voll zu',
  },
  'pt-BR': {
    close: 'Fechar',
    send: 'Enviar',
    comment: 'Algo mais? (opcional)',
    thanks: 'Obrigado!',
    low: 'Pouco provável',
    high: 'Muito provável',
    unhappy: 'Muito insatisfeito',
    happy: 'Muito satisfeito',
    disagree: 'Discordo totalmente',
    agree: 'Concordo totalmente',
  },
  it: {
    close: 'Chiudi',
    send: 'Invia',
    comment: "Qualcos'altro? (facoltativo)",
    thanks: 'Grazie!',
    low: 'Poco probabile',
    high: 'Molto probabile',
    unhappy: 'Molto insoddisfatto',
    happy: 'Molto soddisfatto',
    disagree: 'Per niente d’accordo',
    agree: 'Completamente d’accordo',
  },
  nl: {
    close: 'Sluiten',
    send: 'Versturen',
    comment: 'Nog iets? (optioneel)',
    thanks: 'Bedankt!',
    low: 'Onwaarschijnlijk',
    high: 'Zeer waarschijnlijk',
    unhappy: 'Zeer ontevreden',
    happy: 'Zeer tevreden',
    disagree: 'Helemaal oneens',
    agree: 'Helemaal eens',
  },
  ar: {
    close: 'إغلاق',
    send: 'إرسال',
    comment: 'هل من شيء آخر؟ (اختياري)',
    thanks: 'شكرًا لك!',
    low: 'غير محتمل',
    high: 'محتمل جدًا',
    unhappy: 'غير راضٍ إطلاقًا',
    happy: 'راضٍ جدًا',
    disagree: 'لا أوافق بشدة',
    agree: 'أوافق بشدة',
  },
  he: {
    close: 'סגירה',
    send: 'שליחה',
    comment: 'משהו נוסף? (לא חובה)',
    thanks: 'תודה!',
    low: 'לא סביר',
    high: 'סביר מאוד',
    unhappy: 'לא מרוצה בכלל',
    happy: 'מרוצה מאוד',
    disagree: 'לא מסכים בכלל',
    agree: 'מסכים מאוד',
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

/** Regions written in traditional Chinese characters when a tag names no script. */
const HANT_REGIONS = ['tw', 'hk', 'mo'];

/**
 * The widget's language for a locale tag (BCP 47, any case): the tag itself
 * when koe has it (pt-BR), Chinese by script (zh-Hant, zh-TW, zh-HK, zh-MO →
 * zh-Hant; any other zh → zh-Hans), else its language (ja-JP → ja, pt-PT →
 * pt-BR, the one Portuguese koe has), else English.
 */
export function widgetLanguageOf(locale: string): WidgetLanguage {
  const [language = '', ...rest] = locale.toLowerCase().split(/[-_]/);
  if (language === 'zh')
    return rest.some((part) => part === 'hant' || HANT_REGIONS.includes(part))
      ? 'zh-Hant'
      : 'zh-Hans';
  return (
    WIDGET_LANGUAGES.find((known) => known.toLowerCase() === locale.toLowerCase()) ??
    WIDGET_LANGUAGES.find((known) => known.split('-')[0] === language) ??
    'en'
  );
}

/** The words for a locale tag (see widgetLanguageOf). */
export function widgetWordsFor(locale: string): WidgetWords {
  return WIDGET_WORDS[widgetLanguageOf(locale)];
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
