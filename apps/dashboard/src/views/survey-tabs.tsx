// The way between one survey's pages — its overview, its editor (for those
// who may edit) and sharing — with the page shown marked as current.
import { useDashboard } from '../dashboard-context';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing';

export type SurveyPage = 'overview' | 'editor' | 'share';

export function SurveyTabs({
  surveyId,
  name,
  current,
}: {
  surveyId: string;
  name: string;
  current: SurveyPage;
}) {
  const { can } = useDashboard();
  const { t } = useI18n();
  const pages: Array<[SurveyPage, string]> = [
    ['overview', name],
    ...(can('edit-surveys') ? [['editor', t('edit')] as [SurveyPage, string]] : []),
    ['share', t('shareTab')],
  ];
  return (
    <nav class="crumbs survey-tabs" aria-label={t('surveys')}>
      <a href={hrefOf({ view: 'surveys' })}>← {t('back')}</a>
      {pages.map(([page, label]) => (
        <span key={page}>
          {' · '}
          <a
            href={hrefOf({ view: page, surveyId })}
            aria-current={page === current ? 'page' : undefined}
          >
            {label}
          </a>
        </span>
      ))}
    </nav>
  );
}
