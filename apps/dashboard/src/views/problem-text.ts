// A refusal from the API in the interface's words: the problems a person can
// act on get a sentence saying what to do; anything else shows the server's
// own detail (problem+json `detail`), which is written for people too.
import { ApiError } from '../api/client';
import { fillText } from '../i18n/fill';
import type { I18n } from '../i18n/i18n';

export function problemText(error: unknown, { t }: I18n): string {
  if (error instanceof ApiError) {
    if (error.code === 'forbidden') return t('needsWriteKey');
    if (error.code === 'last-write-key') return t('lastWriteKey');
    if (error.code === 'webhook-target-forbidden')
      return fillText(t('webhookTargetForbidden'), { message: error.message });
  }
  return `${t('errorPrefix')} ${error instanceof Error ? error.message : String(error)}`;
}
