// A path under /app that names no screen: say so and offer the way back.
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section class="card">
      <h1>{t('notFound')}</h1>
      <p>
        <a href={hrefOf({ view: 'surveys' })}>← {t('back')}</a>
      </p>
    </section>
  );
}
