// Settings of the current site, in the order a newcomer needs them: its name
// and snippet, the origins allowed to show the widget, whether the widget
// has been seen (and where it was refused), then secret keys and webhooks
// (admins); then the organization's members, the audit log (admins) and the
// member's own account. What the role may not change is not offered.
import { useCurrentSite } from '../../current-site';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { InstallStatus } from '../install/install-status';
import { SnippetBox } from '../install/snippet-box';
import { LoadError, Loading } from '../load-state';
import { AuditLog } from './audit-log';
import { Members } from './members';
import { OriginsEditor } from './origins-editor';
import { SecretKeys } from './secret-keys';
import { SingleSignOn } from './single-sign-on';
import { SiteNameForm } from './site-name-form';
import { Webhooks } from './webhooks';
import { YourAccount } from './your-account';

export function Settings() {
  const { t } = useI18n();
  const { can } = useDashboard();
  const { site, error } = useCurrentSite();
  if (error) return <LoadError error={error} />;
  if (!site) return <Loading />;
  const admin = can('administer-site');
  return (
    <article class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings')}</h1>
      <section class="card settings-section" aria-labelledby="site-title">
        <h2 id="site-title" class="card-title">
          {t('site')}
        </h2>
        {admin ? <SiteNameForm site={site} /> : <p>{site.name}</p>}
        <p class="small">
          {t('publishableKey')}: <code>{site.publishableKey}</code>{' '}
          <span class="muted">{t('publishableKeyHelp')}</span>
        </p>
      </section>
      <SnippetBox surveyId={null} help={t('siteSnippetHelp')} />
      {admin && <OriginsEditor site={site} />}
      <InstallStatus />
      {admin && <SecretKeys />}
      {admin && <Webhooks />}
      <Members />
      {can('manage-members') && <SingleSignOn />}
      {can('read-audit-log') && <AuditLog />}
      <YourAccount />
    </article>
  );
}
