// How a rule's parts read: its kind, a segment ("Device: mobile"), and the
// API's times, which are a local day (2026-11-30, for daily checks: shown as
// that date) or an instant (shown in the browser's zone).
import type { AlertRule } from '../../api/types';
import type { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export type AlertKind = AlertRule['kind'];

export const ALERT_KINDS = [
  'keyword',
  'score-drop',
  'volume',
] as const satisfies readonly AlertKind[];
// A new kind in the API is a type error here until it is listed above.
const everyKind: Exclude<AlertKind, (typeof ALERT_KINDS)[number]> extends never ? true : never =
  true;
void everyKind;

export const KIND_WORDS: Record<AlertKind, { name: MessageKey; help: MessageKey }> = {
  'score-drop': { name: 'kindScoreDrop', help: 'kindScoreDropHelp' },
  volume: { name: 'kindVolume', help: 'kindVolumeHelp' },
  keyword: { name: 'kindKeyword', help: 'kindKeywordHelp' },
};

/** The dimensions a score-drop rule can watch segment by segment (attr.<key> besides). */
export const GROUP_DIMENSIONS = [
  'touchpoint',
  'device',
  'country',
  'locale',
  'page',
  'channel',
] as const;

export function dimensionWords(dimension: string, { t }: I18n): string {
  if (dimension.startsWith('attr.')) return dimension.slice('attr.'.length);
  return (GROUP_DIMENSIONS as readonly string[]).includes(dimension)
    ? t(dimension as (typeof GROUP_DIMENSIONS)[number])
    : dimension;
}

export function segmentWords(segment: { dimension: string; value: string }, i18n: I18n): string {
  return `${dimensionWords(segment.dimension, i18n)}: ${segment.value}`;
}

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function whenWords(value: string, i18n: I18n): string {
  if (LOCAL_DAY.test(value))
    return new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse(`${value}T00:00:00Z`),
    );
  return i18n.dateTime(Date.parse(value));
}
