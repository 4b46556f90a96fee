// Two-factor sign-in for the member's own account: the password again, a
// secret for the authenticator app, a code from it to turn it on, and the
// recovery codes, shown once. Turning it off needs the password too.
import { useState } from 'preact/hooks';
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { CopyButton } from '../copy-button';
import { problemText } from '../problem-text';

export function TwoFactor() {
  const { memberApi, me, reloadMe } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [password, setPassword] = useState('');
  const [enrolling, setEnrolling] = useState<{
    secret: string;
    otpauthUrl: string;
    qrSvg: string;
  }>();
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState<string[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'sign-in-failed'
          ? t('currentPasswordWrong')
          : failure instanceof ApiError && failure.code === 'invalid-body'
            ? t('codeWrong')
            : problemText(failure, i18n),
      );
    }
    setBusy(false);
  }

  const passwordField = (
    <label class="field">
      <span>{t('password')}</span>
      <input
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onInput={(event) => setPassword(event.currentTarget.value)}
      />
    </label>
  );

  return (
    <div class="two-factor">
      <h3 class="small">{t('twoFactor')}</h3>
      {recovery ? (
        <div class="secret-once" role="status">
          <p>{t('recoveryCodesOnce')}</p>
          <pre class="secret">{recovery.join('\n')}</pre>
          <CopyButton text={recovery.join('\n')} />
        </div>
      ) : me.user.twoFactor ? (
        <form
          class="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await disableTwoFactor(memberApi, password);
              setPassword('');
              reloadMe();
            });
          }}
        >
          <p class="wide-line">{t('twoFactorOn')}</p>
          {passwordField}
          <button type="submit" class="secondary" disabled={busy}>
            {t('twoFactorTurnOff')}
          </button>
        </form>
      ) : enrolling ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              setRecovery(await confirmTwoFactor(memberApi, code.trim()));
              reloadMe();
            });
          }}
        >
          <p>{t('twoFactorScan')}</p>
          <img
            class="qr"
            width="180"
            height="180"
            alt={t('twoFactorQr')}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolling.qrSvg)}`}
          />
          <p>
            <code class="secret">{enrolling.secret}</code> <CopyButton text={enrolling.secret} />
          </p>
          <p class="small muted">
            <a href={enrolling.otpauthUrl}>{t('twoFactorOpenApp')}</a>
          </p>
          <label class="field">
            <span>{t('oneTimeCode')}</span>
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('twoFactorTurnOn')}
          </button>
        </form>
      ) : (
        <form
          class="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              setEnrolling(await startTwoFactor(memberApi, password));
              setPassword('');
            });
          }}
        >
          <p class="wide-line">{t('twoFactorOff')}</p>
          {passwordField}
          <button type="submit" disabled={busy}>
            {t('twoFactorStart')}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
