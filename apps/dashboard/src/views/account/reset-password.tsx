// The link of a password reset email (/app/reset?token=…): a new password,
// once; every session of the account ends, and the member signs in again.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { completePasswordReset } from '../../api/accounts';
import { type ApiClient, ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { BASE } from '../../routing';
import { problemText } from '../problem-text';

export function ResetPassword({ api, onDone }: { api: ApiClient; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await completePasswordReset(api, token, password);
      route(`${BASE}?reset=done`, true);
      onDone();
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'reset-link-invalid'
          ? t('resetLinkInvalid')
          : failure instanceof ApiError && failure.code === 'invalid-body'
            ? t('passwordRule')
            : problemText(failure, i18n),
      );
      setBusy(false);
    }
  }

  return (
    <form class="panel sign-in" onSubmit={submit} aria-labelledby="reset-title">
      <h1 id="reset-title">{t('resetTitle')}</h1>
      <label class="field">
        <span>{t('newPassword')}</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={256}
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      <p class="small muted">{t('passwordRule')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !token}>
        {t('setPassword')}
      </button>
    </form>
  );
}
