// The first question for an email, in one of the survey's languages and
// optionally personal to one recipient: a preview, then the HTML and the
// plain text, each with a copy button.
import { useId, useState } from 'preact/hooks';
import { getEmailSnippet } from '../../api/links';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { CopyButton } from '../copy-button';
import { LoadError, Loading } from '../load-state';
import { EmailPreview } from './email-preview';

/** The survey's languages, its default first. */
export function surveyLocales(survey: Survey): string[] {
  return [...new Set([survey.defaultLocale, ...Object.keys(survey.question)])];
}

export function EmailSnippetCard({ survey }: { survey: Survey }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const id = useId();
  // A personal snippet signs answers as its recipient: editors and up, as personal links.
  const personal = can('edit-surveys');
  const locales = surveyLocales(survey);
  const [locale, setLocale] = useState(survey.defaultLocale);
  const [typedUserId, setTypedUserId] = useState('');
  const [userId, setUserId] = useState('');
  const snippet = useAsync(
    (signal) => getEmailSnippet(api, survey.id, { locale, userId }, signal),
    [api, survey.id, locale, userId],
  );
  return (
    <section class="card wide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        {t('emailSnippet')}
      </h2>
      <p class="muted small">{t('emailSnippetHelp')}</p>
      <form
        class="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          setUserId(typedUserId.trim());
        }}
      >
        <label class="field">
          <span>{t('locale')}</span>
          <select value={locale} onChange={(event) => setLocale(event.currentTarget.value)}>
            {locales.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        {personal && (
          <label class="field grow">
            <span>{t('emailUserId')}</span>
            <input
              value={typedUserId}
              maxLength={256}
              autoComplete="off"
              aria-describedby={`${id}-user-help`}
              onInput={(event) => setTypedUserId(event.currentTarget.value)}
            />
          </label>
        )}
        {personal && (
          <button type="submit" class="secondary">
            {t('showSnippet')}
          </button>
        )}
      </form>
      {personal && (
        <p class="muted small" id={`${id}-user-help`}>
          {t('emailUserIdHelp')}
        </p>
      )}
      {snippet.error && <LoadError error={snippet.error} onRetry={snippet.reload} />}
      {!snippet.data && !snippet.error && <Loading />}
      {snippet.data && (
        <div aria-busy={snippet.loading}>
          <EmailPreview html={snippet.data.html} label={t('emailPreview')} />
          <div class="snippet-pair">
            <label class="field">
              <span>{t('snippetHtml')}</span>
              <textarea
                class="snippet"
                readOnly
                rows={5}
                value={snippet.data.html}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <CopyButton text={snippet.data.html} caption={t('copyHtml')} />
            <label class="field">
              <span>{t('snippetText')}</span>
              <textarea
                class="snippet"
                readOnly
                rows={5}
                value={snippet.data.text}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <CopyButton text={snippet.data.text} caption={t('copyText')} />
          </div>
        </div>
      )}
    </section>
  );
}
