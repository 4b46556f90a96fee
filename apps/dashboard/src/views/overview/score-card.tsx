// The headline: the score, its 95% interval, n, and the change against the
// previous period (marked only when significant), plus the numbers behind
// the score for each type (NPS shares, CSAT mean, CES percent agree).
import type { SurveyType } from '@koe/core';
import type { Metrics } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { formatInterval, formatScore } from '../../score-format';
import { Delta } from '../delta';
import { LowNBadge } from '../low-n-badge';

function Breakdown({ metrics }: { metrics: Metrics }) {
  const i18n = useI18n();
  const { t } = i18n;
  const percent = (value: number | null) => (value === null ? '–' : `${i18n.number(value, 1)}%`);
  if (metrics.metric === 'nps') {
    return (
      <dl class="breakdown">
        {(['promoters', 'passives', 'detractors'] as const).map((share) => (
          <div key={share} class={`share ${share}`}>
            <dt>{t(share)}</dt>
            <dd>
              {percent(metrics[share].percent)} <span class="muted">({metrics[share].count})</span>
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <dl class="breakdown">
      <div class="share">
        <dt>{metrics.metric === 'csat' ? t('mean') : t('percentAgree')}</dt>
        <dd>
          {metrics.metric === 'csat'
            ? metrics.mean === null
              ? '–'
              : i18n.number(metrics.mean, 2)
            : percent(metrics.percentAgree)}
        </dd>
      </div>
    </dl>
  );
}

export function ScoreCard({ metrics }: { metrics: Metrics }) {
  const i18n = useI18n();
  const { t } = i18n;
  const type: SurveyType = metrics.metric;
  return (
    <section class="card score-card" aria-labelledby="score-title">
      <h2 id="score-title" class="card-title">
        {type.toUpperCase()}
      </h2>
      {metrics.n === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <>
          <p class="big-score">
            <span data-testid="score">{formatScore(i18n, type, metrics.score)}</span>
            <LowNBadge estimate={metrics} />
          </p>
          <dl class="facts">
            <div>
              <dt>{t('interval95')}</dt>
              <dd>{formatInterval(i18n, type, metrics.ci95)}</dd>
            </div>
            <div>
              <dt>{t('answersLong')}</dt>
              <dd data-testid="n">{metrics.n}</dd>
            </div>
            <div>
              <dt>{t('vsPrevious')}</dt>
              <dd>
                <Delta type={type} previous={metrics.previous} />
              </dd>
            </div>
          </dl>
          <Breakdown metrics={metrics} />
        </>
      )}
    </section>
  );
}
