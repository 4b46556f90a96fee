// Keyword matching, case by case: Japanese without spaces, full- and
// half-width forms, case, word boundaries in spaced scripts, flexible
// whitespace in phrases, and offsets into the original comment.
import { describe, expect, it } from 'vitest';
import { keywordAlert, keywordMatcher, matchKeywords } from '../../src/index';

/** [comment, keywords, what matched (comment.slice(start, end)) in order]. */
const CASES: [string, string[], string[]][] = [
  ['配送が遅いです', ['遅い'], ['遅い']],
  ['ｂａｄ service', ['bad'], ['ｂａｄ']],
  ['ＢＡＤ!!', ['bad'], ['ＢＡＤ']],
  ['Bad!', ['bad'], ['Bad']],
  ['It was BAD.', ['Bad'], ['BAD']],
  ['the badge is nice', ['bad'], []],
  ['a bad badge', ['bad'], ['bad']],
  ['not so bad', ['BAD'], ['bad']],
  ['badです', ['bad'], ['bad']],
  ['ﾃﾞｰﾀが消えた', ['データ'], ['ﾃﾞｰﾀ']],
  ['データが消えた', ['ﾃﾞｰﾀ'], ['データ']],
  ['配送　遅い', ['配送が遅い', '配送遅い'], ['配送　遅い']],
  ['配送遅い', ['配送 遅い'], ['配送遅い']],
  ['Slow\n  delivery again', ['slow delivery'], ['Slow\n  delivery']],
  ['slowdelivery', ['slow delivery'], []],
  ['STRASSE und Straße', ['straße'], ['STRASSE', 'Straße']],
  ['cafe\u0301 closed', ['café'], ['cafe\u0301']],
  ['don’t work', ["don't work"], ['don’t work']],
  ['배송이 느려요', ['배송'], ['배송']],
  ['物流很慢', ['很慢'], ['很慢']],
  ['😀bad😀', ['bad'], ['bad']],
  ['refund, refund, REFUND', ['refund'], ['refund', 'refund', 'REFUND']],
  ['nothing here', ['  ', ''], []],
  ['price (too) high', ['(too)'], ['(too)']],
];

describe('matchKeywords', () => {
  it.each(CASES)('%j with %j → %j', (comment, keywords, expected) => {
    const matches = matchKeywords(comment, keywords);
    expect(matches.map((m) => comment.slice(m.start, m.end))).toEqual(expected);
  });

  it('names the keyword as the rule wrote it, and orders matches by position', () => {
    const matches = matchKeywords('遅いし、Bad service', ['bad service', '遅い']);
    expect(matches).toEqual([
      { keyword: '遅い', start: 0, end: 2 },
      { keyword: 'bad service', start: 4, end: 15 },
    ]);
  });

  it('compiles once for many comments', () => {
    const match = keywordMatcher(['遅い', 'bad']);
    expect(match('遅い').length).toBe(1);
    expect(match('badge').length).toBe(0);
    expect(match('bad').length).toBe(1);
  });
});

describe('keywordAlert', () => {
  it('one alert per rule and response, with the keywords found', () => {
    const comment = '配送が遅い、本当に遅い';
    const alert = keywordAlert('rule_k', 'resp_1', matchKeywords(comment, ['遅い', '壊れ']));
    expect(alert).toMatchObject({
      key: 'rule_k@resp_1#triggered',
      keywords: ['遅い'],
      responseId: 'resp_1',
    });
    expect(alert?.matches).toHaveLength(2);
    expect(keywordAlert('rule_k', 'resp_2', [])).toBeNull();
  });
});
