// All surveys of the site with their score, n and change over the last 30
// days against the 30 before: which survey needs a look first.
import type { SurveyType } from '@koe/core';
import type { ApiClient } from '../api/client';
import { getMetrics, listSurveys } from '../api/endpoints';
import type { Metrics, Survey } from '../api/types';
import { useDashboard } from '../dashboard-context';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n';
import { browserTimeZone, presetRange, rangeInstants } from '../range';
import { hrefOf } from '../routing';
import { formatScore } from '../score-format';
import { useAsync } from '../use-async';
import { Delta } from './delta';
import { LoadError, Loading } from './load-state';
import { LowNBadge } from './low-n-badge';
import { TableScroll } from './table-scroll';

function lastThirtyDays(api: ApiClient, id: string, now: number, signal: AbortSignal) {
  const tz = browserTimeZone();
  const { from, to } = rangeInstants(presetRange('last30', now, tz));
  return getMetrics(api, id, { from, to, tz, compare: 'previous' }, signal);
}

function SurveyRow({ survey, canEdit }: { survey: Survey; canEdit: boolean }) {
  const { api, now } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const metrics = useAsync<Metrics>(
    (signal) => lastThirtyDays(api, survey.id, now(), signal),
    [api, survey.id],
  );
  const type: SurveyType = survey.type;
  return (
    <tr>
      <th scope="row">
        <a href={hrefOf({ view: 'overview', surveyId: survey.id })}>{survey.name}</a>
      </th>
      <td>{type.toUpperCase()}</td>
      <td>{t(survey.status)}</td>
      {metrics.data ? (
        <>
          <td class="num score-cell">{formatScore(i18n, type, metrics.data.score)}</td>
          <td class="num">
            {metrics.data.n}
            <LowNBadge estimate={metrics.data} />
          </td>
          <td>
            <Delta type={type} previous={metrics.data.previous} />
          </td>
        </>
      ) : (
        <td colSpan={3} class="muted">
          {metrics.error ? metrics.error.message : t('loading')}
        </td>
      )}
      <td>
        {canEdit && (
          <a href={hrefOf({ view: 'editor', surveyId: survey.id })}>
            {t('edit')}
            <span class="visually-hidden"> {survey.name}</span>
          </a>
        )}
      </td>
    </tr>
  );
}

/** A new site's first screen: what a survey is and the one next step. */
function NoSurveys() {
  const { t } = useI18n();
  const { can } = useDashboard();
  if (!can('edit-surveys'))
    return (
      <section class="card empty-state" aria-labelledby="no-surveys-title">
        <h2 id="no-surveys-title">{t('noSurveysTitle')}</h2>
        <p>{t('noSurveysViewer')}</p>
      </section>
    );
  return (
    <section class="card empty-state" aria-labelledby="no-surveys-title">
      <h2 id="no-surveys-title">{t('noSurveysTitle')}</h2>
      <p>{t('noSurveysHelp')}</p>
      <p>
        <a class="button" href={hrefOf({ view: 'editor', surveyId: null })}>
          {t('createSurvey')}
        </a>
      </p>
      <p class="muted small">
        {fill(t('noSurveysSettings'), {
          settings: <a href={hrefOf({ view: 'settings' })}>{t('settings')}</a>,
        })}
      </p>
    </section>
  );
}

export function SurveyList() {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const surveys = useAsync((signal) => listSurveys(api, signal), [api]);
  const canEdit = can('edit-surveys');

  return (
    <section aria-labelledby="surveys-title">
      <div class="heading-row">
        <h1 id="surveys-title">{t('surveys')}</h1>
        {canEdit && (
          <a class="button" href={hrefOf({ view: 'editor', surveyId: null })}>
            {t('newSurvey')}
          </a>
        )}
      </div>
      {surveys.error && <LoadError error={surveys.error} onRetry={surveys.reload} />}
      {!surveys.data && !surveys.error && <Loading />}
      {surveys.data?.length === 0 && <NoSurveys />}
      {surveys.data && surveys.data.length > 0 && (
        <TableScroll label={`${t('surveys')}: ${t('last30Days')}`}>
          <table>
            <caption class="muted">{t('last30Days')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('type')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col" class="num">
                  {t('score')}
                </th>
                <th scope="col" class="num">
                  {t('answers')}
                </th>
                <th scope="col">{t('change')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.data.map((survey) => (
                <SurveyRow key={survey.id} survey={survey} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
