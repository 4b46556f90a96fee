// The overview's period in the URL's query string (range=last30, or
// range=custom&from=2026-10-01&to=2026-10-31; interval; tz), so a shared or
// reloaded link shows the same numbers. Anything missing or malformed falls
// back to the last 30 days in the browser's zone; other parameters (filters)
// are kept when the period changes.
import { type BucketInterval, isTimeZone } from '@koe/core';
import { useLocation } from 'preact-iso';
import {
  browserTimeZone,
  isValidRange,
  PRESETS,
  type Preset,
  presetRange,
  type RangeChoice,
} from './range';

const INTERVALS: readonly string[] = ['day', 'week', 'month'];

export function rangeFromQuery(query: Record<string, string>, now: number): RangeChoice {
  const tz = query.tz && isTimeZone(query.tz) ? query.tz : browserTimeZone();
  const preset = query.range && query.range in PRESETS ? (query.range as Preset) : undefined;
  let range = presetRange(preset ?? 'last30', now, tz);
  if (query.range === 'custom' && query.from && query.to) {
    const custom = { fromDate: query.from, toDate: query.to };
    if (isValidRange(custom)) range = { ...range, preset: 'custom', ...custom };
  }
  const interval = INTERVALS.includes(query.interval ?? '')
    ? (query.interval as BucketInterval)
    : range.interval;
  return { ...range, interval };
}

export function queryOfRange(range: RangeChoice): Record<string, string> {
  return {
    range: range.preset,
    ...(range.preset === 'custom' && { from: range.fromDate, to: range.toDate }),
    interval: range.interval,
    tz: range.tz,
  };
}

/** The period the URL names, and a setter that rewrites the URL (in place: no history step). */
export function useRangeQuery(now: number): [RangeChoice, (range: RangeChoice) => void] {
  const { path, query, route } = useLocation();
  const range = rangeFromQuery(query, now);
  const setRange = (next: RangeChoice) => {
    const { range: _r, from: _f, to: _t, interval: _i, tz: _z, ...others } = query;
    const search = new URLSearchParams({ ...others, ...queryOfRange(next) }).toString();
    route(`${path}?${search}`, true);
  };
  return [range, setRange];
}
