// The code a site pastes: the two-line stub and script tag (its site key is
// printed by `npm start` / `koe sites create`; the API does not reveal it),
// then the call that asks this survey on the spot.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';

export function snippetFor(origin: string, surveyId: string): string {
  return [
    '<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>',
    `<script async src="${origin}/koe.js" data-site="pk_…"></script>`,
    '<script>',
    `  koe('ask', '${surveyId}', { touchpoint: 'checkout' });`,
    '</script>',
  ].join('\n');
}

export function SnippetBox({ surveyId }: { surveyId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const snippet = snippetFor(location.origin, surveyId);
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
