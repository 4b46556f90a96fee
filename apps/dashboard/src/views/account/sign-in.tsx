// Sign in with email and password. The server answers the same for an
// unknown email and a wrong password, and so does this form.
import { useState } from 'preact/hooks';
import { requestPasswordReset, signIn } from '../../api/accounts';
import { type ApiClient, ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../problem-text';

const SSO_ERRORS = {
  state: 'ssoErrorState',
  code: 'ssoErrorCode',
  token: 'ssoErrorToken',
  provider: 'ssoErrorProvider',
  email: 'ssoErrorEmail',
  'account-exists': 'ssoErrorAccountExists',
  'not-member': 'ssoErrorNotMember',
} as const;

function ssoErrorText(t: (key: (typeof SSO_ERRORS)[keyof typeof SSO_ERRORS]) => string) {
  const reason = new URLSearchParams(location.search).get('sso_error');
  return reason && reason in SSO_ERRORS
    ? t(SSO_ERRORS[reason as keyof typeof SSO_ERRORS])
    : undefined;
}

export interface SignInProps {
  api: ApiClient;
  onSignedIn: () => void;
  /** A heading other than "Sign in to koe" (the invitation page). */
  title?: string;
}

export function SignIn({ api, onSignedIn, title }: SignInProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the server says the password was right and the account uses two-factor.
  const [code, setCode] = useState<string>();
  // A single sign-on that was refused comes back here as /app?sso_error=…
  const [error, setError] = useState<string | undefined>(() => ssoErrorText(t));
  const resetDone = new URLSearchParams(location.search).get('reset') === 'done';
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(api, email.trim(), password, code?.trim());
      onSignedIn();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'two-factor-required') {
        setCode('');
        setBusy(false);
        return;
      }
      setError(
        failure instanceof ApiError && failure.code === 'sign-in-failed'
          ? t('signInFailed')
          : failure instanceof ApiError && failure.code === 'rate-limited'
            ? t('signInRateLimited')
            : problemText(failure, i18n),
      );
      setBusy(false);
    }
  }

  return (
    <form class="panel sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{title ?? t('signInTitle')}</h1>
      {resetDone && <p role="status">{t('resetDone')}</p>}
      <label class="field">
        <span>{t('email')}</span>
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('password')}</span>
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      {code !== undefined && (
        <label class="field">
          <span>{t('oneTimeCode')}</span>
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            // biome-ignore lint/a11y/noAutofocus: the field appears because the server asked for it
            autoFocus
            aria-describedby="code-help"
            value={code}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
        </label>
      )}
      {code !== undefined && (
        <p class="small muted" id="code-help">
          {t('oneTimeCodeHelp')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('loading') : t('signIn')}
      </button>
      <ForgotPassword api={api} email={email} />
    </form>
  );
}

/** "Forgot your password?": a reset link by email, or who to ask when koe sends no email. */
function ForgotPassword({ api, email }: { api: ApiClient; email: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState<'idle' | 'sent' | 'no-email'>('idle');
  const [error, setError] = useState<string>();
  async function send() {
    setError(undefined);
    try {
      await requestPasswordReset(api, email.trim());
      setState('sent');
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'email-not-configured')
        setState('no-email');
      else setError(problemText(failure, i18n));
    }
  }
  return (
    <p class="small muted" role="status">
      {state === 'sent' ? (
        t('resetSent')
      ) : state === 'no-email' ? (
        t('forgotPassword')
      ) : (
        <button type="button" class="link" disabled={!email.trim()} onClick={send}>
          {t('forgotPasswordLink')}
        </button>
      )}
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
