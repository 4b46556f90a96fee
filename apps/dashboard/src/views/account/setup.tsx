// First run: the link the server printed (/app/setup?token=…) opens this
// form; it creates the owner account and the organization, which takes the
// sites made before. Without the link's token nothing can be claimed.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { completeSetup } from '../../api/accounts';
import { type ApiClient, ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { issueSentence } from '../../issue-words';
import { BASE } from '../../routing';
import { problemText } from '../problem-text';
import { type NewAccount, NewAccountFields } from './new-account-fields';

export function Setup({ api, onDone }: { api: ApiClient; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [account, setAccount] = useState<NewAccount>({ name: '', email: '', password: '' });
  const [organizationName, setOrganizationName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await completeSetup(api, { token, organizationName, ...account });
      route(BASE, true);
      onDone();
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues[0] : undefined;
      setError(
        failure instanceof ApiError && failure.code === 'setup-closed'
          ? t('setupClosed')
          : issue
            ? issueSentence(issue.field, issue.message, i18n)
            : problemText(failure, i18n),
      );
      setBusy(false);
    }
  }

  return (
    <form class="panel sign-in" onSubmit={submit} aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setupTitle')}</h1>
      <p>{t('setupHelp')}</p>
      <label class="field">
        <span>{t('organizationName')}</span>
        <input
          name="organization"
          required
          maxLength={100}
          value={organizationName}
          onInput={(event) => setOrganizationName(event.currentTarget.value)}
        />
      </label>
      <NewAccountFields value={account} onChange={setAccount} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !token}>
        {busy ? t('loading') : t('createOwner')}
      </button>
    </form>
  );
}
