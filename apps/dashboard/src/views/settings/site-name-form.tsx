// The site's name (the header shows it on every screen): edit and save.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { updateSite } from '../../api/site-admin';
import type { Site } from '../../api/types';
import { useCurrentSite } from '../../current-site';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { issueSentence } from '../../issue-words';
import { problemText } from '../problem-text';

export function SiteNameForm({ site }: { site: Site }) {
  const { api } = useDashboard();
  const { changed } = useCurrentSite();
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState(site.name);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string>();

  async function save(event: Event) {
    event.preventDefault();
    setState('saving');
    setError(undefined);
    try {
      changed(await updateSite(api, { name }));
      setState('saved');
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues[0] : undefined;
      setError(
        issue ? issueSentence(t('siteName'), issue.message, i18n) : problemText(failure, i18n),
      );
      setState('idle');
    }
  }

  return (
    <form class="field-row" onSubmit={save} noValidate>
      <label class="field grow">
        <span>{t('siteName')}</span>
        <input
          value={name}
          maxLength={100}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-name-error' : undefined}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setState('idle');
          }}
        />
      </label>
      <button type="submit" disabled={state === 'saving' || name === site.name}>
        {state === 'saving' ? t('saving') : t('saveName')}
      </button>
      <span role="status">{state === 'saved' ? t('nameSaved') : ''}</span>
      {error && (
        <p class="error wide-line" role="alert" id="site-name-error">
          {error}
        </p>
      )}
    </form>
  );
}
