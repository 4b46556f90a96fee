// Who is at risk: identified respondents (with a userId) whose latest answer
// to a survey is in its worst bucket (NPS detractor 0–6, CSAT 1–2, CES 1–3),
// or whose score fell by AT_RISK_FALL scale points or more since their
// previous answer. Two stated rules, no model: an analyst can check every
// name on the list by hand (docs/statistics.md, "Who is at risk").
import type { Bucket } from './scales';

/** The fall, in scale points, from the previous answer that puts a respondent at risk. */
export const AT_RISK_FALL = 3;

export const AT_RISK_RULES = ['worst-bucket', 'score-fell'] as const;
export type AtRiskRule = (typeof AT_RISK_RULES)[number];

export const AT_RISK_RULE_TEXT: Record<AtRiskRule, string> = {
  'worst-bucket':
    "the respondent's latest answer is in the worst bucket: NPS detractor (0–6), CSAT dissatisfied (1–2), CES dissatisfied (1–3)",
  'score-fell': `the respondent's latest answer is ${AT_RISK_FALL} or more scale points below their previous answer to the same survey`,
};

const WORST: ReadonlySet<Bucket> = new Set(['detractor', 'dissatisfied']);

/** The rules an answer meets, given the same respondent's previous answer (if any). */
export function atRiskRules(
  latest: { score: number; bucket: Bucket },
  previous?: { score: number } | null,
): AtRiskRule[] {
  const rules: AtRiskRule[] = [];
  if (WORST.has(latest.bucket)) rules.push('worst-bucket');
  if (previous && previous.score - latest.score >= AT_RISK_FALL) rules.push('score-fell');
  return rules;
}
