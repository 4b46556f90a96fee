// The hosted page's anonymous link, as the server makes it: the email
// snippet's anonymous score links are that link with a query, so the link is
// read from them (the server points it at KOE_PUBLIC_URL when set, which the
// page cannot know). A survey that is not active has a link that answers
// "not found": the card says so, with the way to the editor.
import { useId } from 'preact/hooks';
import { getEmailSnippet } from '../../api/links';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fill } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { CopyButton } from '../copy-button';
import { LoadError, Loading } from '../load-state';

/** The survey's link without the score and channel an email link adds. */
export function surveyLinkOf(scoreLink: string): string {
  const url = new URL(scoreLink);
  url.search = '';
  url.hash = '';
  return url.href;
}

export function SurveyLinkCard({ survey }: { survey: Survey }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const id = useId();
  const snippet = useAsync(
    (signal) => getEmailSnippet(api, survey.id, {}, signal),
    [api, survey.id],
  );
  const first = snippet.data?.links[0]?.url;
  const link = first ? surveyLinkOf(first) : undefined;
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        {t('surveyLink')}
      </h2>
      <p class="muted small" id={`${id}-help`}>
        {t('surveyLinkHelp')}
      </p>
      {survey.status !== 'active' && (
        <p class="notice" data-testid="not-active">
          {fill(t('surveyNotActive'), {
            status: t(survey.status),
            edit: can('edit-surveys') ? (
              <a href={hrefOf({ view: 'editor', surveyId: survey.id })}>{t('makeActive')}</a>
            ) : (
              ''
            ),
          })}
        </p>
      )}
      {snippet.error && <LoadError error={snippet.error} onRetry={snippet.reload} />}
      {!link && !snippet.error && <Loading />}
      {link && (
        <div class="link-row">
          <input
            class="link-field"
            readOnly
            value={link}
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-help`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton text={link} label={t('surveyLinkLabel')} />
          <a class="button secondary" href={link} target="_blank" rel="noopener noreferrer">
            {t('openLink')}
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </div>
      )}
    </section>
  );
}
