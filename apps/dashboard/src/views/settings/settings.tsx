// Settings of the key's site, in the order a newcomer needs them: its name
// and snippet, the origins allowed to show the widget, whether the widget
// has been seen (and where it was refused), then secret keys and webhooks.
import { useCurrentSite } from '../../current-site';
import { useI18n } from '../../i18n/i18n';
import { InstallStatus } from '../install/install-status';
import { SnippetBox } from '../install/snippet-box';
import { LoadError, Loading } from '../load-state';
import { OriginsEditor } from './origins-editor';
import { SecretKeys } from './secret-keys';
import { SiteNameForm } from './site-name-form';
import { Webhooks } from './webhooks';

export function Settings() {
  const { t } = useI18n();
  const { site, error } = useCurrentSite();
  if (error) return <LoadError error={error} />;
  if (!site) return <Loading />;
  return (
    <article class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings')}</h1>
      <section class="card settings-section" aria-labelledby="site-title">
        <h2 id="site-title" class="card-title">
          {t('site')}
        </h2>
        <SiteNameForm site={site} />
        <p class="small">
          {t('publishableKey')}: <code>{site.publishableKey}</code>{' '}
          <span class="muted">{t('publishableKeyHelp')}</span>
        </p>
      </section>
      <SnippetBox surveyId={null} help={t('siteSnippetHelp')} />
      <OriginsEditor site={site} />
      <InstallStatus />
      <SecretKeys />
      <Webhooks />
    </article>
  );
}
