// Alerts and digests of the current site, one page reached from the header:
// the alert rules (what fires now, pause, delete, recent alerts; a form to
// add one) and the scheduled digests (a table; a form to add one). Any
// member reads them; the forms and the buttons that change them are there
// for a role that may manage alerts (editors and up).
import { useRef, useState } from 'preact/hooks';
import { listAlerts } from '../../api/alerts';
import { listSurveys } from '../../api/endpoints';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fill, fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { AlertItem } from './alert-item';
import { Digests } from './digests';
import { NewAlertForm } from './new-alert-form';

export function AlertsPage() {
  const { api } = useDashboard();
  const { t } = useI18n();
  const surveys = useAsync((signal) => listSurveys(api, signal), [api]);
  return (
    <article class="settings alerts-page" aria-labelledby="alerts-title">
      <h1 id="alerts-title">{t('alertsTitle')}</h1>
      <p class="muted small">
        {fill(t('alertsHelp'), {
          settings: <a href={hrefOf({ view: 'settings' })}>{t('settings')}</a>,
        })}
      </p>
      {surveys.error && <LoadError error={surveys.error} onRetry={surveys.reload} />}
      {!surveys.data && !surveys.error && <Loading />}
      {surveys.data && (
        <>
          <AlertRules surveys={surveys.data} />
          <Digests surveys={surveys.data} />
        </>
      )}
    </article>
  );
}

function AlertRules({ surveys }: { surveys: Survey[] }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const rules = useAsync((signal) => listAlerts(api, signal), [api]);
  const manage = can('manage-alerts');
  // A deleted rule's item (and its focused button) goes: focus returns to the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  const surveyName = (id: string) => surveys.find((s) => s.id === id)?.name ?? t('surveyGone');

  return (
    <section class="card settings-section" aria-labelledby="alert-rules-title">
      <h2 id="alert-rules-title" class="card-title" tabIndex={-1} ref={heading}>
        {t('alertRules')}
      </h2>
      {rules.error && <LoadError error={rules.error} onRetry={rules.reload} />}
      {!rules.data && !rules.error && <Loading />}
      {rules.data?.length === 0 && <p>{t('noAlertRules')}</p>}
      {rules.data && rules.data.length > 0 && (
        <ul class="plain-list alert-rules">
          {rules.data.map((rule) => (
            <AlertItem
              key={rule.id}
              rule={rule}
              surveyName={surveyName(rule.surveyId)}
              onChanged={rules.reload}
              onDeleted={() => {
                setSaid(fillText(t('alertDeleted'), { name: rule.name }));
                rules.reload();
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      {manage && surveys.length === 0 && <p class="muted">{t('alertsNeedSurvey')}</p>}
      {manage && surveys.length > 0 && (
        <NewAlertForm
          surveys={surveys}
          onCreated={(rule) => {
            setSaid(fillText(t('alertAdded'), { name: rule.name }));
            rules.reload();
          }}
        />
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
