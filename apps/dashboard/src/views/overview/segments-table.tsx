// The same score per segment — touchpoint, device, country, locale, page or
// a custom attribute — with n and interval, ranked by how much each segment
// pulls the overall score (see segments.ts). Segment names come from
// visitors' pages and sites' attributes: rendered as text, always.
import type { SurveyType } from '@koe/core';
import { useState } from 'preact/hooks';
import { getMetrics } from '../../api/endpoints';
import type { Estimate } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatDelta, formatInterval, formatScore } from '../../score-format';
import { rankByPull } from '../../segments';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { LowNBadge } from '../low-n-badge';
import { TableScroll } from '../table-scroll';

const DIMENSIONS = [
  'touchpoint',
  'device',
  'country',
  'locale',
  'page',
  'channel',
  'attribute',
] as const;
type Dimension = (typeof DIMENSIONS)[number];

export interface SegmentsTableProps {
  surveyId: string;
  type: SurveyType;
  from: string;
  to: string;
  overall: Estimate;
  /** The overview's filters: segments are of the answers they keep. */
  filters: readonly Filter[];
  /** A click on a segment narrows the overview to it. */
  onPick: (filter: Filter) => void;
}

export function SegmentsTable({
  surveyId,
  type,
  from,
  to,
  overall,
  filters,
  onPick,
}: SegmentsTableProps) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [dimension, setDimension] = useState<Dimension>('touchpoint');
  const [attributeDraft, setAttributeDraft] = useState('');
  const [attribute, setAttribute] = useState('');
  const groupBy = dimension === 'attribute' ? (attribute ? `attr.${attribute}` : '') : dimension;
  const params = filterParams(filters);
  const segments = useAsync(
    async (signal) =>
      groupBy
        ? ((await getMetrics(api, surveyId, { from, to, groupBy, ...params }, signal)).groups ?? [])
        : [],
    [api, surveyId, from, to, groupBy, JSON.stringify(params)],
  );
  const ranked = segments.data ? rankByPull(segments.data, overall) : [];
  const widest = Math.max(1e-9, ...ranked.map((segment) => Math.abs(segment.pull ?? 0)));

  return (
    <section class="card" aria-labelledby="segments-title">
      <h2 id="segments-title" class="card-title">
        {t('segments')}
      </h2>
      <p class="muted small">{t('segmentsHelp')}</p>
      <form
        class="controls"
        onSubmit={(event) => {
          event.preventDefault();
          setAttribute(attributeDraft.trim());
        }}
      >
        <label class="field">
          <span>{t('segmentBy')}</span>
          <select
            value={dimension}
            onChange={(event) => setDimension(event.currentTarget.value as Dimension)}
          >
            {DIMENSIONS.map((name) => (
              <option key={name} value={name}>
                {t(name as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {dimension === 'attribute' && (
          <>
            <label class="field">
              <span>{t('attributeKey')}</span>
              <input
                value={attributeDraft}
                maxLength={64}
                onInput={(event) => setAttributeDraft(event.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('apply')}</button>
          </>
        )}
      </form>
      {segments.error && <LoadError error={segments.error} onRetry={segments.reload} />}
      {!segments.data && !segments.error && <Loading />}
      {segments.data && ranked.length === 0 && groupBy && <p class="muted">{t('noSegments')}</p>}
      {ranked.length > 0 && (
        <TableScroll label={`${t('segments')}: ${t(dimension)}`}>
          <table class="segments">
            <thead>
              <tr>
                <th scope="col">{t('segment')}</th>
                <th scope="col" class="num">
                  {t('answers')}
                </th>
                <th scope="col" class="num">
                  {t('score')}
                </th>
                <th scope="col">{t('interval95')}</th>
                <th scope="col">{t('pull')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((segment) => (
                <tr key={segment.key ?? '\u0000none'}>
                  <th scope="row" class="segment-key">
                    {segment.key === null ? (
                      <span class="muted">{t('none')}</span>
                    ) : (
                      <button
                        type="button"
                        class="link"
                        title={t('filterBy')}
                        onClick={() => onPick({ key: groupBy, value: segment.key as string })}
                      >
                        {segment.key}
                      </button>
                    )}
                  </th>
                  <td class="num">
                    {segment.n}
                    <LowNBadge estimate={segment} />
                  </td>
                  <td class="num">{formatScore(i18n, type, segment.score)}</td>
                  <td>{formatInterval(i18n, type, segment.ci95)}</td>
                  <td class="pull">
                    <span class="pull-track" aria-hidden="true">
                      <span
                        class={`pull-bar ${(segment.pull ?? 0) < 0 ? 'negative' : 'positive'}`}
                        style={{ width: `${(50 * Math.abs(segment.pull ?? 0)) / widest}%` }}
                      />
                    </span>
                    <span class="num">{formatDelta(i18n, type, segment.pull)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
