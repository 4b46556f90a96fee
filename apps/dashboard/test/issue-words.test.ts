// Issues of a survey draft in the form's words, English and Japanese: one
// row per kind of path and message the schema produces.
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../src/i18n/i18n';
import { describeIssue, withoutEchoes } from '../src/views/editor/issue-fields';

const en = i18nFor('en');
const ja = i18nFor('ja');

describe('describeIssue', () => {
  it.each([
    ['name', 'must not be empty', 'Name is empty', '名前が空です'],
    [
      'question',
      'needs text for at least one locale',
      'Question (English) is empty',
      '質問（英語）が空です',
    ],
    [
      'question',
      'needs text for the default locale "en"',
      'Question has no text in the default language (en)',
      '質問に既定の言語（en）の文がありません',
    ],
    [
      'thanks.ja',
      'must be at most 500 characters',
      'Thank-you text (Japanese) is too long',
      'お礼の文（日本語）が長すぎます',
    ],
    [
      'followUp.detractor.reasons.0.label',
      'needs text for at least one locale',
      'Detractor follow-up: Reason 1 label (English) is empty',
      '批判者のフォローアップ：理由 1 のラベル（英語）が空です',
    ],
    [
      'followUp.promoter.reasons.2.id',
      'must be 1–64 letters, digits or _ . : - and start with a letter or digit',
      'Promoter follow-up: Reason 3 id may use only letters, digits and _ . : - (and must start with a letter or digit)',
      '推奨者のフォローアップ：理由 3 の IDには英数字と _ . : - だけが使えます（先頭は英数字）',
    ],
    [
      'followUp.dissatisfied.question.en',
      'must not be empty',
      'Dissatisfied follow-up: Follow-up question (English) is empty',
      '不満のフォローアップ：フォローアップの質問（英語）が空です',
    ],
    [
      'trigger.urls.1.value',
      'must be a valid regular expression',
      'Page rule 2 is not a valid regular expression',
      'ページの条件 2は正しい正規表現ではありません',
    ],
    [
      'sampleRate',
      'Too big: expected number to be <=1',
      'Sample rate (%) is out of range',
      'サンプリング率（%）が範囲外です',
    ],
    [
      'theme.accent',
      'must be a hex colour like #4f46e5',
      'Accent colour must be a colour like #4f46e5',
      'アクセントカラーは #4f46e5 のような色で指定してください',
    ],
    ['someNewField', 'is odd', 'someNewField: is odd', 'someNewField：is odd'],
  ])('%s "%s"', (field, message, english, japanese) => {
    expect(describeIssue({ field, message }, en, 'en')).toBe(english);
    expect(describeIssue({ field, message }, ja, 'en')).toBe(japanese);
  });

  it('says an emptied question once, not twice', () => {
    expect(
      withoutEchoes([
        { field: 'question', message: 'needs text for at least one locale' },
        { field: 'question', message: 'needs text for the default locale "en"' },
        { field: 'thanks', message: 'needs text for the default locale "en"' },
      ]),
    ).toEqual([
      { field: 'question', message: 'needs text for at least one locale' },
      { field: 'thanks', message: 'needs text for the default locale "en"' },
    ]);
  });
});
