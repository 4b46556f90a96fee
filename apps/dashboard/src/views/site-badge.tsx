// The header's "which site am I in": the site's name (a choice when the
// member's organizations have several), linking to its alerts and Settings.
import { useLocation } from 'preact-iso';
import { useCurrentSite } from '../current-site';
import { useDashboard } from '../dashboard-context';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing';

export function SiteBadge() {
  const { t } = useI18n();
  const { site } = useCurrentSite();
  const { me, siteId, chooseSite } = useDashboard();
  const { path } = useLocation();
  const link = (view: 'alerts' | 'settings') => {
    const href = hrefOf({ view });
    return (
      <a href={href} aria-current={path === href ? 'page' : undefined}>
        {t(view)}
      </a>
    );
  };
  const choices = me.organizations.flatMap((organization) =>
    organization.sites.map((s) => ({ ...s, organization: organization.name })),
  );
  return (
    <nav class="site-badge" aria-label={t('site')}>
      {choices.length > 1 ? (
        <label class="inline-field">
          <span class="muted">{t('site')}:</span>
          <select value={siteId} onChange={(event) => chooseSite(event.currentTarget.value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {me.organizations.length > 1
                  ? `${choice.organization} / ${choice.name}`
                  : choice.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <>
          <span class="muted">{t('site')}:</span>{' '}
          <strong class="site-name">{site?.name ?? '…'}</strong>
        </>
      )}{' '}
      {link('alerts')} {link('settings')}
    </nav>
  );
}
