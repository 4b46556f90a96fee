// A survey that has never been answered says what to do next instead of
// showing empty charts: publish it if it is not active, paste the snippet,
// and watch the install check for the page to show up. Renders nothing once
// the survey has an answer (all-time n from the metrics endpoint).
import { getMetrics } from '../../api/endpoints';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fill } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { InstallStatus } from './install-status';
import { SnippetBox } from './snippet-box';

export function FirstAnswerGuide({ survey }: { survey: Survey }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const allTime = useAsync((signal) => getMetrics(api, survey.id, {}, signal), [api, survey.id]);
  if (allTime.data?.n !== 0) return null;
  return (
    <section class="empty-state first-answer" aria-labelledby="first-answer-title">
      <h2 id="first-answer-title">{t('waitingTitle')}</h2>
      {survey.status !== 'active' && can('edit-surveys') && (
        <p class="hint">
          {fill(t('waitingDraft'), {
            status: <strong>{t(survey.status)}</strong>,
            publish: (
              <a href={hrefOf({ view: 'editor', surveyId: survey.id })}>
                {t('openEditorToPublish')}
              </a>
            ),
          })}
        </p>
      )}
      <div class="grid-stack">
        <SnippetBox surveyId={survey.id} help={t('waitingHelp')} />
        <InstallStatus />
      </div>
    </section>
  );
}
