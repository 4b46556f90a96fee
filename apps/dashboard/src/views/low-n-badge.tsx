// "low n": the API flags every estimate whose n is below the size from which
// its interval was shown to be reliable (docs/statistics.md). The badge says
// so beside the number, so a score from a handful of answers never reads as
// settled. Nothing is shown for n = 0, where there is no number to qualify.
import { useI18n } from '../i18n/i18n';

export function LowNBadge({ estimate }: { estimate: { n: number; lowN: boolean } }) {
  const { t } = useI18n();
  if (!estimate.lowN || estimate.n === 0) return null;
  return (
    <span class="badge low-n" title={t('lowNHelp')}>
      {t('lowN')}
      <span class="visually-hidden">: {t('lowNHelp')}</span>
    </span>
  );
}
