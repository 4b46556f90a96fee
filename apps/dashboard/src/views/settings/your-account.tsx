// The member's own account: a new password (other sessions end) and signing
// out everywhere (a lost laptop, a shared computer).
import { useState } from 'preact/hooks';
import { changePassword, signOutEverywhere } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../problem-text';
import { TwoFactor } from './two-factor';

export function YourAccount() {
  const { memberApi, me, reloadMe } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string>();

  async function save(event: Event) {
    event.preventDefault();
    setState('saving');
    setError(undefined);
    try {
      await changePassword(memberApi, current, next);
      setCurrent('');
      setNext('');
      setState('saved');
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'sign-in-failed'
          ? t('currentPasswordWrong')
          : failure instanceof ApiError && failure.code === 'invalid-body'
            ? t('passwordRule')
            : problemText(failure, i18n),
      );
      setState('idle');
    }
  }

  return (
    <section class="card settings-section" aria-labelledby="account-title">
      <h2 id="account-title" class="card-title">
        {t('yourAccount')} <span class="muted">· {me.user.email}</span>
      </h2>
      <form class="field-row" onSubmit={save}>
        <input type="email" hidden autoComplete="username" value={me.user.email} readOnly />
        <label class="field">
          <span>{t('currentPassword')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onInput={(event) => setCurrent(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('newPassword')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={256}
            value={next}
            onInput={(event) => setNext(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={state === 'saving'}>
          {t('changePassword')}
        </button>
        <span role="status">{state === 'saved' ? t('passwordChanged') : ''}</span>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <TwoFactor />
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void signOutEverywhere(memberApi)
              .catch(() => undefined)
              .then(reloadMe)
          }
        >
          {t('signOutEverywhere')}
        </button>
      </p>
    </section>
  );
}
