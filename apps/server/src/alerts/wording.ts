// How alert messages say figures: the metric's name and unit, p-values, days.
import type { SurveyType } from '@koe/core';

export const METRIC_NAMES: Record<SurveyType, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** A score in its unit: NPS points, CSAT percent, CES mean on 1–7. */
export function scoreText(type: SurveyType, value: number | null): string {
  if (value === null) return 'no score';
  if (type === 'ces') return value.toFixed(2);
  const rounded = Math.round(value * 10) / 10;
  return type === 'csat' ? `${rounded}%` : String(rounded);
}

/** A change of score with its sign (a real minus) and unit. */
export function deltaText(type: SurveyType, delta: number): string {
  const size =
    type === 'ces' ? Math.abs(delta).toFixed(2) : String(Math.round(Math.abs(delta) * 10) / 10);
  const unit = type === 'ces' ? '' : type === 'csat' ? ' percentage points' : ' points';
  return `${delta < 0 ? '−' : '+'}${size}${unit}`;
}

export function pText(p: number | null): string {
  if (p === null) return 'not tested';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "for device = mobile" for a segment of a groupBy rule. */
export const segmentText = (segment: { dimension: string; value: string } | null) =>
  segment ? ` for ${segment.dimension} = ${segment.value}` : '';
