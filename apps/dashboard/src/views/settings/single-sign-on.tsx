// Single sign-on (owners): connect the organization's OpenID Connect
// provider, choose who joins on their first sign-in, and share the sign-in
// link. The client secret is sent once and never shown again.
import { useState } from 'preact/hooks';
import { deleteSso, getSso, saveSso } from '../../api/accounts';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { CopyButton } from '../copy-button';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';

const ROLES = ['viewer', 'editor', 'admin'] as const;
type JoinRole = (typeof ROLES)[number];

export function SingleSignOn() {
  const { memberApi, organization } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const current = useAsync(() => getSso(memberApi, organization.id), [memberApi, organization.id]);
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [domain, setDomain] = useState('');
  const [role, setRole] = useState<JoinRole>('viewer');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const connection = current.data;

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setClientSecret('');
      current.reload();
    } catch (failure) {
      setError(problemText(failure, i18n));
    }
    setBusy(false);
  }

  return (
    <section class="card settings-section" aria-labelledby="sso-title">
      <h2 id="sso-title" class="card-title">
        {t('sso')}
      </h2>
      <p class="muted small">{t('ssoHelp')}</p>
      {current.error && <LoadError error={current.error} onRetry={current.reload} />}
      {current.loading && current.data === undefined && <Loading />}
      {connection && (
        <dl class="facts">
          <dt>{t('ssoIssuer')}</dt>
          <dd>
            <code>{connection.issuer}</code>
          </dd>
          <dt>{t('ssoSignInLink')}</dt>
          <dd>
            <code>{connection.signInUrl}</code> <CopyButton text={connection.signInUrl} />
          </dd>
          <dt>{t('ssoRedirectUri')}</dt>
          <dd>
            <code>{connection.redirectUri}</code>
          </dd>
          <dt>{t('ssoAutoJoin')}</dt>
          <dd>
            {connection.autoJoinDomain
              ? `@${connection.autoJoinDomain} → ${t(`role_${connection.autoJoinRole}`)}`
              : t('ssoNobodyJoins')}
          </dd>
        </dl>
      )}
      {current.data !== undefined && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              saveSso(memberApi, organization.id, {
                issuer: issuer.trim(),
                clientId: clientId.trim(),
                clientSecret,
                autoJoinDomain: domain.trim() || null,
                autoJoinRole: role,
              }),
            );
          }}
        >
          <label class="field">
            <span>{t('ssoIssuer')}</span>
            <input
              type="url"
              required
              placeholder="https://accounts.google.com"
              value={issuer}
              onInput={(event) => setIssuer(event.currentTarget.value)}
            />
          </label>
          <div class="field-row">
            <label class="field grow">
              <span>{t('ssoClientId')}</span>
              <input
                required
                value={clientId}
                onInput={(e) => setClientId(e.currentTarget.value)}
              />
            </label>
            <label class="field grow">
              <span>{t('ssoClientSecret')}</span>
              <input
                type="password"
                autoComplete="off"
                required
                value={clientSecret}
                onInput={(event) => setClientSecret(event.currentTarget.value)}
              />
            </label>
          </div>
          <div class="field-row">
            <label class="field grow">
              <span>{t('ssoDomain')}</span>
              <input
                placeholder="example.com"
                value={domain}
                onInput={(event) => setDomain(event.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span>{t('ssoRole')}</span>
              <select
                value={role}
                onChange={(event) => setRole(event.currentTarget.value as JoinRole)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role_${r}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="submit" disabled={busy}>
            {connection ? t('ssoReplace') : t('ssoConnect')}
          </button>{' '}
          {connection && (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => run(() => deleteSso(memberApi, organization.id))}
            >
              {t('ssoDisconnect')}
            </button>
          )}
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
