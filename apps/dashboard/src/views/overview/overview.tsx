// One survey on one screen: how are we doing (score card), is it real (the
// interval, n and a significance-marked change), where does it hurt (trend,
// distribution, segments ranked by pull), why (reasons by impact, what
// people say), who is at risk, and what people said (comments). Every
// segment, reason and term is a filter: one click narrows the whole overview,
// the filters show as chips and live in the URL (filters.ts).
import { bucketsOf } from '@koe/core/scales';
import { getMetrics, getSurvey } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams, useFilters } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import { rangeInstants } from '../../range';
import { useRangeQuery } from '../../range-query';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { FirstAnswerGuide } from '../install/first-answer-guide';
import { LoadError, Loading } from '../load-state';
import { AtRiskList } from './at-risk-list';
import { DistributionChart } from './distribution-chart';
import { ExportButtons } from './export-buttons';
import { FilterChips } from './filter-chips';
import { LatestComments, reasonLabeller } from './latest-comments';
import { RangeControls } from './range-controls';
import { ScoreCard } from './score-card';
import { SegmentsTable } from './segments-table';
import { TrendChart } from './trend-chart';
import { WhatPeopleSay } from './what-people-say';
import { WhyPanel } from './why-panel';

export function Overview({ surveyId }: { surveyId: string }) {
  const { api, now, can } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [range, setRange] = useRangeQuery(now());
  const filterState = useFilters();
  const { filters } = filterState;
  const params = filterParams(filters);
  const { from, to } = rangeInstants(range);
  const survey = useAsync((signal) => getSurvey(api, surveyId, signal), [api, surveyId]);
  const metrics = useAsync(
    (signal) =>
      getMetrics(
        api,
        surveyId,
        { from, to, interval: range.interval, tz: range.tz, compare: 'previous', ...params },
        signal,
      ),
    [api, surveyId, from, to, range.interval, range.tz, JSON.stringify(params)],
  );

  if (survey.error) return <LoadError error={survey.error} onRetry={survey.reload} />;
  if (!survey.data) return <Loading />;
  const current = metrics.data;
  const loaded = survey.data;
  const reasonLabel = reasonLabeller(loaded, i18n.lang);
  const valueLabel = ({ key, value }: Filter) =>
    key === 'reason'
      ? reasonLabel(value)
      : key === 'bucket' && (bucketsOf(loaded.type) as readonly string[]).includes(value)
        ? t(value as 'detractor')
        : value;
  return (
    <article class="overview" aria-labelledby="overview-title" aria-busy={metrics.loading}>
      <nav class="crumbs" aria-label={t('surveys')}>
        <a href={hrefOf({ view: 'surveys' })}>← {t('back')}</a>
      </nav>
      <div class="heading-row">
        <h1 id="overview-title">{survey.data.name}</h1>
        {can('edit-surveys') && (
          <a class="button secondary" href={hrefOf({ view: 'editor', surveyId })}>
            {t('edit')}
          </a>
        )}
        <a class="button secondary" href={hrefOf({ view: 'share', surveyId })}>
          {t('shareTab')}
        </a>
        <ExportButtons surveyId={surveyId} from={from} to={to} filters={filters} />
      </div>
      <FirstAnswerGuide survey={survey.data} />
      <RangeControls range={range} now={now()} onChange={setRange} />
      <FilterChips state={filterState} valueLabel={valueLabel} />
      {metrics.error && <LoadError error={metrics.error} onRetry={metrics.reload} />}
      {!current && !metrics.error && <Loading />}
      {current && (
        <div class="grid">
          <ScoreCard metrics={current} />
          <TrendChart
            type={current.metric}
            series={current.series ?? []}
            interval={range.interval}
            tz={range.tz}
          />
          <DistributionChart type={current.metric} distribution={current.distribution} />
          <SegmentsTable
            surveyId={surveyId}
            type={current.metric}
            from={from}
            to={to}
            overall={current}
            filters={filters}
            onPick={filterState.add}
          />
          <WhyPanel
            surveyId={surveyId}
            type={current.metric}
            from={from}
            to={to}
            filters={filters}
            reasonLabel={reasonLabel}
            onPick={filterState.add}
          />
          <WhatPeopleSay
            surveyId={surveyId}
            from={from}
            to={to}
            filters={filters}
            onPick={filterState.add}
          />
          <div class="wide">
            <LatestComments
              survey={survey.data}
              from={from}
              to={to}
              tz={range.tz}
              filters={filters}
              onFilter={filterState.add}
            />
          </div>
          <div class="wide">
            <AtRiskList surveyId={surveyId} from={from} to={to} tz={range.tz} filters={filters} />
          </div>
        </div>
      )}
    </article>
  );
}
