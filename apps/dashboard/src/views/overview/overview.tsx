// One survey on one screen: how are we doing (score card), is it real (the
// interval, n and a significance-marked change), where does it hurt (trend,
// distribution, segments ranked by pull) and what people said (comments).
import { getMetrics, getSurvey } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { rangeInstants } from '../../range';
import { useRangeQuery } from '../../range-query';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { FirstAnswerGuide } from '../install/first-answer-guide';
import { LoadError, Loading } from '../load-state';
import { DistributionChart } from './distribution-chart';
import { ExportButtons } from './export-buttons';
import { LatestComments } from './latest-comments';
import { RangeControls } from './range-controls';
import { ScoreCard } from './score-card';
import { SegmentsTable } from './segments-table';
import { TrendChart } from './trend-chart';

export function Overview({ surveyId }: { surveyId: string }) {
  const { api, now } = useDashboard();
  const { t } = useI18n();
  const [range, setRange] = useRangeQuery(now());
  const { from, to } = rangeInstants(range);
  const survey = useAsync((signal) => getSurvey(api, surveyId, signal), [api, surveyId]);
  const metrics = useAsync(
    (signal) =>
      getMetrics(
        api,
        surveyId,
        { from, to, interval: range.interval, tz: range.tz, compare: 'previous' },
        signal,
      ),
    [api, surveyId, from, to, range.interval, range.tz],
  );

  if (survey.error) return <LoadError error={survey.error} onRetry={survey.reload} />;
  if (!survey.data) return <Loading />;
  const current = metrics.data;
  return (
    <article class="overview" aria-labelledby="overview-title" aria-busy={metrics.loading}>
      <nav class="crumbs" aria-label={t('surveys')}>
        <a href={hrefOf({ view: 'surveys' })}>← {t('back')}</a>
      </nav>
      <div class="heading-row">
        <h1 id="overview-title">{survey.data.name}</h1>
        <a class="button secondary" href={hrefOf({ view: 'editor', surveyId })}>
          {t('edit')}
        </a>
        <ExportButtons surveyId={surveyId} from={from} to={to} />
      </div>
      <FirstAnswerGuide survey={survey.data} />
      <RangeControls range={range} now={now()} onChange={setRange} />
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
          />
          <div class="wide">
            <LatestComments survey={survey.data} from={from} to={to} tz={range.tz} />
          </div>
        </div>
      )}
    </article>
  );
}
