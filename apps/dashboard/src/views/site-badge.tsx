// The header's "which site am I in": the site's name, linking to its Settings.
import { useCurrentSite } from '../current-site';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing';

export function SiteBadge() {
  const { t } = useI18n();
  const { site } = useCurrentSite();
  return (
    <nav class="site-badge" aria-label={t('site')}>
      <span class="muted">{t('site')}:</span> <strong class="site-name">{site?.name ?? '…'}</strong>{' '}
      <a href={hrefOf({ view: 'settings' })}>{t('settings')}</a>
    </nav>
  );
}
