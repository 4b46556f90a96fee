// An organization without a site yet (right after setup): an admin names the
// first site and the page origin it runs on; anyone else learns whom to ask.
import { useState } from 'preact/hooks';
import { createSite } from '../../api/accounts';
import { type ApiClient, ApiError } from '../../api/client';
import type { Organization } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { issueSentence } from '../../issue-words';
import { problemText } from '../problem-text';

export interface FirstSiteProps {
  api: ApiClient;
  organization: Organization;
  onCreated: (siteId: string) => void;
}

export function FirstSite({ api, organization, onCreated }: FirstSiteProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState('');
  const [origin, setOrigin] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const admin = organization.permissions.includes('administer-site');

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const site = await createSite(api, organization.id, { name, origins: [origin] });
      onCreated(site.id);
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues[0] : undefined;
      setError(
        issue
          ? issueSentence(
              issue.field.startsWith('origins') ? t('firstSiteOrigin') : t('siteName'),
              issue.message,
              i18n,
            )
          : problemText(failure, i18n),
      );
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="first-site-title">
      <h1 id="first-site-title">
        {fillText(t('firstSiteTitle'), { organization: organization.name })}
      </h1>
      {admin ? (
        <form onSubmit={submit}>
          <p>{t('firstSiteHelp')}</p>
          <label class="field">
            <span>{t('siteName')}</span>
            <input
              required
              maxLength={100}
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('firstSiteOrigin')}</span>
            <input
              required
              placeholder="https://shop.example"
              value={origin}
              onInput={(event) => setOrigin(event.currentTarget.value)}
            />
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t('saving') : t('createSite')}
          </button>
        </form>
      ) : (
        <p>{t('firstSiteAskAdmin')}</p>
      )}
    </section>
  );
}
