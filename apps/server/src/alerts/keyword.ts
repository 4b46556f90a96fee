// A keyword rule reads the comments of answers received since it last
// looked (and of the hour before that, so a comment sent a little after its
// score is still read) and raises one alert per answer that names one of its
// words (core alerts/keywords: Japanese and Chinese matched without spaces).
// The key rule × answer makes an answer seen twice alert once.
import { keywordAlert, keywordMatcher } from '@koe/core';
import type { ResponseCursor } from '../store/types';
import type { CheckInput, CheckOutcome, RaisedEvent } from './check';

/** Comments added to an answer up to this long after it arrived are still read. */
export const KEYWORD_LOOKBACK_MS = 3_600_000;
/** Answers younger than this may still be committing: read on the next run. */
const SETTLE_MS = 2_000;
const PAGE = 500;
const EXCERPT = 280;

export async function checkKeywords({
  rule,
  survey,
  store,
  now,
}: CheckInput): Promise<CheckOutcome> {
  const keywords = (rule.settings.keywords as string[] | undefined) ?? [];
  const match = keywordMatcher(keywords);
  const scannedTo = rule.cursor.scannedTo ?? rule.createdAt;
  const from = Math.max(rule.createdAt, scannedTo - KEYWORD_LOOKBACK_MS);
  const to = now - SETTLE_MS;
  const raised: RaisedEvent[] = [];
  if (to <= from) return { cursor: rule.cursor, states: [], raised };
  let after: ResponseCursor | undefined;
  for (;;) {
    const page = await store.listResponses(
      survey.id,
      { ...(rule.filters ?? {}), from, to, order: 'asc' },
      after,
      PAGE,
    );
    for (const response of page) {
      if (!response.comment) continue;
      const alert = keywordAlert(rule.id, response.id, match(response.comment));
      if (!alert) continue;
      const at = new Date(response.receivedAt).toISOString();
      const excerpt =
        response.comment.length > EXCERPT
          ? `${response.comment.slice(0, EXCERPT)}…`
          : response.comment;
      raised.push({
        type: 'triggered',
        key: alert.key,
        subject: alert.subject,
        segment: null,
        at,
        openedAt: at,
        summary: `A new comment mentions ${alert.keywords.map((k) => `“${k}”`).join(', ')} (score ${response.score}): “${excerpt}”`,
        details: {
          keywords: alert.keywords,
          responseId: response.id,
          score: response.score,
          comment: response.comment,
          touchpoint: response.touchpoint,
        },
        responseId: response.id,
      });
    }
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) break;
    after = [last.receivedAt, last.id];
  }
  return { cursor: { ...rule.cursor, scannedTo: Math.max(scannedTo, to) }, states: [], raised };
}
