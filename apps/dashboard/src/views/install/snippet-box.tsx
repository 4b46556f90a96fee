// The code a site pastes: the two-line stub and script tag with the site's
// publishable key, then — for one survey — the call that asks it on the spot.
import { useId } from 'preact/hooks';
import { useCurrentSite } from '../../current-site';
import { useI18n } from '../../i18n/i18n';
import { CopyButton } from '../copy-button';

export function snippetFor(origin: string, surveyId: string | null, siteKey = 'pk_…'): string {
  const lines = [
    '<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>',
    `<script async src="${origin}/koe.js" data-site="${siteKey}"></script>`,
  ];
  if (surveyId)
    lines.push('<script>', `  koe('ask', '${surveyId}', { touchpoint: 'checkout' });`, '</script>');
  return lines.join('\n');
}

export interface SnippetBoxProps {
  /** The survey the snippet asks; null: the site's snippet only. */
  surveyId: string | null;
  /** The words above the snippet (the editor's, the first-answer guide's…). */
  help?: string;
}

export function SnippetBox({ surveyId, help }: SnippetBoxProps) {
  const { t } = useI18n();
  const { site } = useCurrentSite();
  const snippet = snippetFor(location.origin, surveyId, site?.publishableKey);
  const id = useId();
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        {t('snippet')}
      </h2>
      <p class="muted small" id={`${id}-help`}>
        {help ?? t('snippetHelp')}
      </p>
      <textarea
        class="snippet"
        readOnly
        rows={surveyId ? 6 : 3}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton text={snippet} />
    </section>
  );
}
