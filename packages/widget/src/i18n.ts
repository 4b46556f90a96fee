// Language: among the locales the survey has text for, the first that fits
// <html lang>, then the browser's languages (a tag fits itself and its
// parents: ja-JP fits ja); else the survey's default. The
// widget's own words (buttons, labels) come in English and Japanese.
type Texts = Record<string, string>;

const UI = {
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
export type UiText = (typeof UI)['en'];

export function pickLocale(available: readonly string[], fallback: string): string {
  for (const tag of [document.documentElement.lang, ...navigator.languages]) {
    // "ja-JP" takes "ja-JP" or "ja"; the first listed locale that fits wins.
    const found =
      tag && available.find((a) => `${tag.toLowerCase()}-`.startsWith(`${a.toLowerCase()}-`));
    if (found) return found;
  }
  return fallback;
}

/** Text of a localized field for the chosen locale, falling back to any text it has. */
export function textIn(text: Texts | undefined, locale: string, fallback: string): string {
  if (!text) return '';
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

export function uiText(locale: string): UiText {
  return locale.toLowerCase().startsWith('ja') ? UI.ja : UI.en;
}
