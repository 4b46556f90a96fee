// The code a site pastes: the two-line stub and script tag with the site's
// publishable key (GET /v1/site), then the call that asks this survey on the spot.
import { useState } from 'preact/hooks';
import { getSite } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';

export function snippetFor(origin: string, surveyId: string, siteKey = 'pk_…'): string {
  return [
    '<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>',
    `<script async src="${origin}/koe.js" data-site="${siteKey}"></script>`,
    '<script>',
    `  koe('ask', '${surveyId}', { touchpoint: 'checkout' });`,
    '</script>',
  ].join('\n');
}

export function SnippetBox({ surveyId }: { surveyId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const { api } = useDashboard();
  const site = useAsync((signal) => getSite(api, signal), [api]);
  const snippet = snippetFor(location.origin, surveyId, site.data?.publishableKey);
  return (
    <section class="card" aria-labelledby="snippet-title">
      <h2 id="snippet-title" class="card-title">
        {t('snippet')}
      </h2>
      <p class="muted small" id="snippet-help">
        {t('snippetHelp')}
      </p>
      <textarea
        class="snippet"
        readOnly
        rows={6}
        aria-labelledby="snippet-title"
        aria-describedby="snippet-help"
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(snippet);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          } catch {
            // No clipboard permission: the text is selected on focus for a manual copy.
          }
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
      <span class="visually-hidden" role="status">
        {copied ? t('copied') : ''}
      </span>
    </section>
  );
}
