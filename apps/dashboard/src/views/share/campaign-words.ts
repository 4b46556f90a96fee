// How a campaign reads: its schedule in words ("Every 3 months, first round
// on 1 Dec 2026, at 10:00 Asia/Tokyo"), its response rate with the number it
// is out of, and the server's refusal of an upload as one sentence per CSV
// line ("Line 3: email must be an email address…").
import type { Campaign, RecipientStatus } from '../../api/campaigns';
import { ApiError } from '../../api/client';
import { fillText } from '../../i18n/fill';
import type { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { issueSentence } from '../../issue-words';
import { problemText } from '../problem-text';

export const RECIPIENT_STATUSES = [
  'waiting',
  'queued',
  'sent',
  'failed',
  'answered',
  'unsubscribed',
] as const satisfies readonly RecipientStatus[];
// A new status in the API is a type error here until it is listed above.
const everyStatus: Exclude<RecipientStatus, (typeof RECIPIENT_STATUSES)[number]> extends never
  ? true
  : never = true;
void everyStatus;

export const STATUS_WORDS: Record<RecipientStatus, MessageKey> = {
  waiting: 'recipientWaiting',
  queued: 'recipientQueued',
  sent: 'recipientSent',
  failed: 'recipientFailed',
  answered: 'recipientAnswered',
  unsubscribed: 'recipientUnsubscribed',
};

export const REPEAT_WORDS: Record<Campaign['repeat'], MessageKey> = {
  once: 'repeatOnce',
  quarterly: 'repeatQuarterly',
  yearly: 'repeatYearly',
};

export const CAMPAIGN_STATUS_WORDS: Record<Campaign['status'], MessageKey> = {
  draft: 'campaignDraft',
  active: 'campaignActive',
  paused: 'campaignPaused',
};

export const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** A YYYY-MM-DD day as a date in the UI language (a calendar day: no zone shifts it). */
export function dayWords(day: string, { lang }: I18n): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

export function scheduleWords(campaign: Campaign, i18n: I18n): string {
  const { t } = i18n;
  return fillText(t('campaignSchedule'), {
    repeat: t(REPEAT_WORDS[campaign.repeat]),
    start: campaign.startDate
      ? fillText(t('startsOn'), { date: dayWords(campaign.startDate, i18n) })
      : t('startsAtOnce'),
    hour: hourText(campaign.hour),
    zone: campaign.timeZone,
  });
}

export interface ResponseRate {
  answered: number;
  /**
   * Emails that reached the relay and were not refused: sent or answered.
   * Failed, not yet sent and unsubscribed recipients are left out (an
   * address that unsubscribed from another campaign may never have had
   * this one's email).
   */
  emailed: number;
  /** answered ÷ emailed, 0–1; undefined before any email went. */
  rate: number | undefined;
}

export function responseRate(counts: Campaign['counts']): ResponseRate {
  const emailed = counts.sent + counts.answered;
  return {
    answered: counts.answered,
    emailed,
    rate: emailed === 0 ? undefined : counts.answered / emailed,
  };
}

const ROW_FIELD = /^rows\.(\d+)(?:\.(.+))?$/;

/** The refusal of an upload: one sentence per issue, rows named by their CSV line. */
export function uploadIssues(failure: unknown, i18n: I18n): string[] {
  const { t } = i18n;
  if (!(failure instanceof ApiError) || failure.issues.length === 0)
    return [problemText(failure, i18n)];
  return failure.issues.map(({ field, message }) => {
    const row = ROW_FIELD.exec(field);
    if (row) {
      const line = row[1] ?? '';
      return row[2]
        ? issueSentence(fillText(t('csvLineField'), { line, field: row[2] }), message, i18n)
        : fillText(t('csvLineIssue'), { line, message });
    }
    return issueSentence(field === 'csv' ? t('recipientsCsv') : field, message, i18n);
  });
}
