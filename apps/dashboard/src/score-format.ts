// How a score reads: NPS as points (−100…100), CSAT as a percent of 4–5
// answers, CES as a mean on 1–7. One place, so the card, the chart, the
// tables and the surveys list agree to the digit.
import type { SurveyType } from '@koe/core';
import type { I18n } from './i18n/i18n';

const DECIMALS: Record<SurveyType, number> = { nps: 1, csat: 1, ces: 2 };
const UNIT: Record<SurveyType, string> = { nps: '', csat: '%', ces: '' };

export function formatScore(i18n: I18n, type: SurveyType, score: number | null): string {
  if (score === null) return '–';
  return `${i18n.number(score, DECIMALS[type])}${UNIT[type]}`;
}

/** [low, high]; the API's tuple arrives as a plain array through @koe/client. */
export function formatInterval(i18n: I18n, type: SurveyType, ci: readonly number[] | null): string {
  const [low, high] = ci ?? [];
  if (low === undefined || high === undefined) return '–';
  return `${formatScore(i18n, type, low)} – ${formatScore(i18n, type, high)}`;
}

/** A difference with its sign; CSAT differences are percentage points. */
export function formatDelta(i18n: I18n, type: SurveyType, delta: number | null): string {
  if (delta === null) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const unit = type === 'csat' ? ' pt' : '';
  return `${sign}${i18n.number(Math.abs(delta), DECIMALS[type])}${unit}`;
}

export const SIGNIFICANCE = 0.05;

export function isSignificant(p: number | null | undefined): boolean {
  return typeof p === 'number' && p < SIGNIFICANCE;
}
