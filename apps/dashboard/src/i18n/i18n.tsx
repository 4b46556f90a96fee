// The UI language as a context: components call useI18n() for t(key) and
// number formatting in the chosen language. The choice starts from the
// browser's languages and is remembered in localStorage (it is not secret).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGUAGES, type Language, type MessageKey } from './messages';
import { timeAgo } from './relative-time';

export interface I18n {
  lang: Language;
  t: (key: MessageKey) => string;
  /** A number with a fixed count of decimals, in the UI language's style. */
  number: (value: number, decimals: number) => string;
  /** How long ago `at` was, "2 minutes ago" or "just now". */
  ago: (at: number, now: number) => string;
  /** A date and time, short, in the UI language and the browser's zone. */
  dateTime: (at: number) => string;
}

const LANGUAGE_KEY = 'koe-dashboard:lang';

export function i18nFor(lang: Language): I18n {
  const messages = LANGUAGES[lang];
  const formats = new Map<number, Intl.NumberFormat>();
  const dateTimes = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    lang,
    t: (key) => messages[key],
    ago: (at, now) => timeAgo(lang, at, now) ?? messages.justNow,
    dateTime: (at) => dateTimes.format(at),
    number(value, decimals) {
      let format = formats.get(decimals);
      if (!format) {
        format = new Intl.NumberFormat(lang, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
        formats.set(decimals, format);
      }
      return format.format(value);
    },
  };
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage blocked: fall back to the browser's languages
  }
  const preferred = navigator.languages.find((tag) => isLanguage(tag.split('-')[0]));
  return preferred?.startsWith('ja') ? 'ja' : 'en';
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // not remembered; the choice still holds for this page
  }
}

export const I18nContext = createContext<I18n>(i18nFor('en'));

export const useI18n = (): I18n => useContext(I18nContext);
