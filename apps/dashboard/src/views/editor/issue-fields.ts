// Where an issue of a survey draft is, in the editor's own words: the path
// `followUp.detractor.reasons.0.label` becomes "Detractor follow-up: Reason 1
// label (English)", so a message names the field as the form labels it.
import type { FieldIssue } from '@koe/core';
import { fillText } from '../../i18n/fill';
import type { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { issueSentence } from '../../issue-words';

const BUCKETS = new Set([
  'detractor',
  'passive',
  'promoter',
  'dissatisfied',
  'neutral',
  'satisfied',
]);

const TOP_FIELDS: Record<string, MessageKey> = {
  name: 'name',
  question: 'question',
  thanks: 'thanks',
  defaultLocale: 'defaultLocale',
  csatDisplay: 'csatDisplay',
  status: 'status',
  placement: 'placement',
  sampleRate: 'sampleRate',
  recontactDays: 'recontactDays',
  'scaleLabels.low': 'lowLabel',
  'scaleLabels.high': 'highLabel',
  'theme.accent': 'accent',
  'theme.radius': 'radius',
  'trigger.event': 'eventName',
  'trigger.selector': 'selector',
  'trigger.percent': 'scrollPercent',
  'trigger.delaySeconds': 'delaySeconds',
  trigger: 'trigger',
};
/** Fields holding a localized text: a locale may follow in the path. */
const LOCALIZED = new Set(['question', 'thanks', 'scaleLabels.low', 'scaleLabels.high']);

function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames(lang, { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** `rest` is what follows a localized text in the path: its locale, if any. */
function withLocale(field: string, rest: string[], i18n: I18n, fallbackLocale?: string): string {
  const locale = rest[0] ?? fallbackLocale;
  if (!locale) return field;
  return fillText(i18n.t('fieldWithLocale'), { field, locale: languageName(i18n.lang, locale) });
}

/** The part of a follow-up's path after `followUp.<bucket>`. */
function followUpField(parts: string[], i18n: I18n, emptyLocale?: string): string | undefined {
  const { t } = i18n;
  const [what, ...rest] = parts;
  if (what === undefined) return t('followUps');
  if (what === 'question') return withLocale(t('followUpQuestion'), rest, i18n, emptyLocale);
  if (what === 'commentPlaceholder')
    return withLocale(t('commentPlaceholder'), rest, i18n, emptyLocale);
  if (what !== 'reasons') return undefined;
  const [index, leaf, ...locale] = rest;
  if (index === undefined) return t('reasonChips');
  const n = Number(index) + 1;
  if (leaf === 'id') return fillText(t('fieldReasonId'), { n });
  return withLocale(fillText(t('fieldReasonLabel'), { n }), locale, i18n, emptyLocale);
}

/**
 * The field of an issue in words; the path itself when it is not one the
 * form shows. `emptyLocale` names the locale of a text emptied in its only
 * locale (the editor removes an emptied locale's text, so the path has none).
 */
export function fieldWords(field: string, i18n: I18n, emptyLocale?: string): string {
  const parts = field.split('.');
  if (parts[0] === 'followUp' && parts[1]) {
    const inner = followUpField(parts.slice(2), i18n, emptyLocale);
    if (!inner) return field;
    const bucket = BUCKETS.has(parts[1]) ? i18n.t(parts[1] as MessageKey) : parts[1];
    return fillText(i18n.t('fieldInFollowUp'), { bucket, field: inner });
  }
  if (parts[0] === 'trigger' && parts[1] === 'urls' && parts[2] !== undefined)
    return fillText(i18n.t('fieldUrlRule'), { n: Number(parts[2]) + 1 });
  for (const length of [2, 1]) {
    const head = parts.slice(0, length).join('.');
    const key = TOP_FIELDS[head];
    if (!key) continue;
    return LOCALIZED.has(head)
      ? withLocale(i18n.t(key), parts.slice(length), i18n, emptyLocale)
      : i18n.t(key);
  }
  return field;
}

/** "Detractor follow-up: Reason 1 label (English) is empty" */
export function describeIssue(issue: FieldIssue, i18n: I18n, defaultLocale: string): string {
  const emptied = issue.message === 'needs text for at least one locale';
  const field = fieldWords(issue.field, i18n, emptied ? defaultLocale : undefined);
  return issueSentence(field, issue.message, i18n);
}

/**
 * One sentence per cause: an emptied question also lacks its default
 * locale's text, which says the same thing twice.
 */
export function withoutEchoes(issues: FieldIssue[]): FieldIssue[] {
  return issues.filter(
    (issue, i) =>
      !issue.message.startsWith('needs text for the default locale') ||
      !issues.some((other, j) => j !== i && other.field === issue.field),
  );
}
