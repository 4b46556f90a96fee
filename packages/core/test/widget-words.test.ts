// The widget's own words: every language koe offers has every word, and a
// locale tag finds its language (Chinese by script, Portuguese by language).
import { describe, expect, it } from 'vitest';
import {
  WIDGET_LANGUAGES,
  WIDGET_WORDS,
  WidgetWordsSchema,
  widgetLanguageOf,
  widgetWordsFor,
} from '../src/widget-survey';

const WORDS = Object.keys(WidgetWordsSchema.shape);

describe('WIDGET_WORDS', () => {
  it('offers en, ja, zh-Hans, zh-Hant, ko, es, fr, de, pt-BR, it, nl, ar and he', () => {
    expect([...WIDGET_LANGUAGES].sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(Object.keys(WIDGET_WORDS).sort()).toEqual([...WIDGET_LANGUAGES].sort());
  });

  it.each(WIDGET_LANGUAGES)('%s has every word, none empty, none left in English', (language) => {
    const words = WIDGET_WORDS[language] as Record<string, string>;
    expect(Object.keys(words).sort()).toEqual([...WORDS].sort());
    for (const word of WORDS) {
      expect(words[word]?.trim(), `${language}.${word}`).toBeTruthy();
      if (language !== 'en' && word !== 'comment')
        expect(words[word], `${language}.${word}`).not.toBe(
          (WIDGET_WORDS.en as Record<string, string>)[word],
        );
    }
    expect(WidgetWordsSchema.parse(words)).toEqual(words);
  });
});

describe('widgetLanguageOf', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ja-JP', 'ja'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ko-KR', 'ko'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-MX', 'es'],
    ['ar-EG', 'ar'],
    ['he-IL', 'he'],
    ['sv', 'en'],
  ])('%s → %s', (tag, language) => {
    expect(widgetLanguageOf(tag)).toBe(language);
    expect(widgetWordsFor(tag)).toBe(WIDGET_WORDS[language as keyof typeof WIDGET_WORDS]);
  });
});
