// Sign in with a secret key. The key is checked by listing the site's
// surveys (the cheapest call that needs it) before it is kept for the tab.
import { useState } from 'preact/hooks';
import { ApiError, createApiClient } from '../api/client';
import { listSurveys } from '../api/endpoints';
import { useI18n } from '../i18n/i18n';

export interface SignInProps {
  fetch?: typeof fetch;
  onSignedIn: (secretKey: string) => void;
}

export function SignIn({ fetch: fetchFn, onSignedIn }: SignInProps) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const candidate = key.trim();
    if (!candidate.startsWith('sk_')) {
      setError(t('keyFormat'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await listSurveys(createApiClient(candidate, fetchFn));
      onSignedIn(candidate);
    } catch (failure) {
      setError(
        failure instanceof ApiError && (failure.status === 401 || failure.status === 403)
          ? t('keyRejected')
          : `${t('errorPrefix')} ${(failure as Error).message}`,
      );
      setBusy(false);
    }
  }

  return (
    <form class="panel sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      <p id="sign-in-help">{t('signInHelp')}</p>
      <label class="field">
        <span>{t('secretKey')}</span>
        <input
          type="password"
          name="secret-key"
          autoComplete="off"
          spellcheck={false}
          required
          aria-describedby="sign-in-help"
          aria-invalid={error ? true : undefined}
          value={key}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('loading') : t('signIn')}
      </button>
    </form>
  );
}
