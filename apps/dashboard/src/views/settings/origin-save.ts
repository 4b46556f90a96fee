// Saving the allowed origins (the origins editor and the install check's
// "Allow" both do it): PATCH /v1/site with the whole list, and the server's
// refusal — one issue per entry, already saying what to write instead — as
// sentences in the interface's words.
import { type ApiClient, ApiError } from '../../api/client';
import { updateSite } from '../../api/site-admin';
import type { Site } from '../../api/types';
import { fillText } from '../../i18n/fill';
import type { I18n } from '../../i18n/i18n';
import { problemText } from '../problem-text';

export type OriginsSaved = { ok: true; site: Site } | { ok: false; messages: string[] };

export async function saveOrigins(
  api: ApiClient,
  origins: string[],
  i18n: I18n,
): Promise<OriginsSaved> {
  try {
    return { ok: true, site: await updateSite(api, { origins }) };
  } catch (error) {
    if (error instanceof ApiError && error.issues.length)
      return { ok: false, messages: error.issues.map((issue) => originIssueText(issue, i18n)) };
    return { ok: false, messages: [problemText(error, i18n)] };
  }
}

function originIssueText(issue: { field: string; message: string }, { t }: I18n): string {
  // "origins": the list itself (empty, too long); "origins.2": one entry, its message quotes it.
  if (issue.field === 'origins' && issue.message.startsWith('needs at least one'))
    return t('originsNeedOne');
  return fillText(t('originRefused'), { message: issue.message });
}
