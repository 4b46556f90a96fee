// Language: among the locales the survey has text for, the first that fits
// <html lang>, then the browser's languages (a tag fits itself and its
// parents: ja-JP fits ja); else the survey's default. The widget's own words
// (buttons, default labels) arrive with the survey, in the same locales.
type Texts = Record<string, string>;

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
