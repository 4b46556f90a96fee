// "Why": the survey's reason chips ranked by impact on the score, each with
// its 95% interval as a bar on one shared axis, its share of answers and the
// score of those who cite it. Clicking a reason narrows the whole overview
// to the answers citing it. Definitions: docs/statistics.md, "Reasons".
import type { SurveyType } from '@koe/core';
import { getReasons } from '../../api/endpoints';
import type { ReasonAnalysis } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import { formatDelta, formatScore, isSignificant } from '../../score-format';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { LowNBadge } from '../low-n-badge';

export interface WhyPanelProps {
  surveyId: string;
  type: SurveyType;
  from: string;
  to: string;
  filters: readonly Filter[];
  reasonLabel: (id: string) => string;
  onPick: (filter: Filter) => void;
}

export function WhyPanel({
  surveyId,
  type,
  from,
  to,
  filters,
  reasonLabel,
  onPick,
}: WhyPanelProps) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const params = filterParams(filters);
  const reasons = useAsync(
    (signal) => getReasons(api, surveyId, { from, to, ...params }, signal),
    [api, surveyId, from, to, JSON.stringify(params)],
  );
  const listed = (reasons.data?.reasons ?? []).filter((r) => r.share.count > 0);
  // One axis for every bar: from the lowest interval end (or 0) to the highest.
  const ends = listed.flatMap((r) => r.impact.ci95 ?? [r.impact.points ?? 0]);
  const low = Math.min(0, ...ends);
  const high = Math.max(0, ...ends, 1e-9);
  const at = (value: number) => `${(100 * (value - low)) / (high - low)}%`;

  return (
    <section class="card" aria-labelledby="why-title">
      <h2 id="why-title" class="card-title">
        {t('why')}
      </h2>
      <p class="muted small">{t('whyHelp')}</p>
      {reasons.error && <LoadError error={reasons.error} onRetry={reasons.reload} />}
      {!reasons.data && !reasons.error && <Loading />}
      {reasons.data && listed.length === 0 && <p class="muted">{t('noReasons')}</p>}
      {listed.length > 0 && (
        <ol class="why-list">
          {listed.map((reason: ReasonAnalysis) => {
            const points = reason.impact.points ?? 0;
            const ciLow = Math.min(...(reason.impact.ci95 ?? [points]));
            const ciHigh = Math.max(...(reason.impact.ci95 ?? [points]));
            const change = reason.change;
            return (
              <li key={reason.id} class="why-row">
                <button
                  type="button"
                  class="link why-name"
                  title={t('filterBy')}
                  onClick={() => onPick({ key: 'reason', value: reason.id })}
                >
                  {reason.label ? reasonLabel(reason.id) : `${reason.id} ${t('retiredReason')}`}
                </button>
                <span class="why-bar" aria-hidden="true">
                  <span class="why-zero" style={{ left: at(0) }} />
                  <span
                    class="why-interval"
                    style={{
                      left: at(Math.min(ciLow, ciHigh)),
                      width: `calc(${at(Math.max(ciLow, ciHigh))} - ${at(Math.min(ciLow, ciHigh))})`,
                    }}
                  />
                  <span class="why-point" style={{ left: at(points) }} />
                </span>
                <span class="num why-impact" data-testid={`impact-${reason.id}`}>
                  {formatDelta(i18n, type, reason.impact.points)}
                </span>
                <span class="why-facts small">
                  {t('share')}{' '}
                  {reason.share.percent === null ? '—' : `${i18n.number(reason.share.percent, 0)}%`}{' '}
                  ({reason.share.count}) · {t('citersScore')}{' '}
                  {formatScore(i18n, type, reason.score.score)}
                  <LowNBadge estimate={reason.score} />
                  {change && change.delta !== null && (
                    <>
                      {' '}
                      · {t('changeOfShare')}{' '}
                      <span class={isSignificant(change.p) ? 'significant' : 'muted'}>
                        {change.delta > 0 ? '+' : ''}
                        {i18n.number(change.delta, 0)} pt
                      </span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
