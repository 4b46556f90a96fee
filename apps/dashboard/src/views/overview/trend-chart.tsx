// The score over time with its 95% interval as a band and the number of
// answers per bucket as bars (uPlot on a canvas). The same numbers are in a
// table below it for screen readers and for anyone who wants the figures.
import type { BucketInterval, SurveyType } from '@koe/core';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SeriesPoint } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { formatInterval, formatScore } from '../../score-format';
import { LowNBadge } from '../low-n-badge';
import { TableScroll } from '../table-scroll';
import { trendColumns } from './trend-data';

const HEIGHT = 260;

/** Canvas needs literal colours: read them from the stylesheet's custom properties. */
function themeColour(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

function scoreRange(type: SurveyType): [number, number] {
  return type === 'nps' ? [-100, 100] : type === 'csat' ? [0, 100] : [1, 7];
}

function chartOptions(
  element: HTMLElement,
  type: SurveyType,
  tz: string,
  labels: { period: string; score: string; low: string; high: string; n: string },
): uPlot.Options {
  const accent = themeColour(element, '--accent', '#4f46e5');
  const band = themeColour(element, '--band', 'rgba(79, 70, 229, 0.18)');
  const bars = themeColour(element, '--bars', 'rgba(120, 120, 120, 0.35)');
  const text = themeColour(element, '--text', '#222');
  const grid = themeColour(element, '--grid', 'rgba(120, 120, 120, 0.2)');
  const axis = { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid } };
  return {
    width: Math.max(280, element.clientWidth),
    height: HEIGHT,
    // Bucket starts are shown in the zone the analyst picked, not the browser's.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), tz),
    scales: {
      x: { time: true },
      score: { range: scoreRange(type) },
      n: { range: (_u, _min, max) => [0, Math.max(1, max) * 3] },
    },
    series: [
      { label: labels.period },
      { label: labels.score, scale: 'score', stroke: accent, width: 2, points: { show: true } },
      { label: labels.low, scale: 'score', stroke: band, width: 1 },
      { label: labels.high, scale: 'score', stroke: band, width: 1 },
      {
        label: labels.n,
        scale: 'n',
        stroke: bars,
        fill: bars,
        paths: uPlot.paths.bars?.({ size: [0.6, 40] }),
        points: { show: false },
      },
    ],
    bands: [{ series: [3, 2], fill: band }],
    axes: [
      axis,
      { ...axis, scale: 'score' },
      { ...axis, scale: 'n', side: 1, grid: { show: false } },
    ],
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
  };
}

export interface TrendChartProps {
  type: SurveyType;
  series: SeriesPoint[];
  interval: BucketInterval;
  tz: string;
}

export function TrendChart({ type, series, interval, tz }: TrendChartProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const labels = {
    period: t('period'),
    score: t('score'),
    low: '−95%',
    high: '+95%',
    n: t('answers'),
  };
  const data = trendColumns(series);

  // A new chart when the things baked into its options change; new data otherwise.
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    // No 2D canvas (blocked by a privacy setting, or a DOM without one): the table says it all.
    if (!document.createElement('canvas').getContext('2d')) return;
    const plot = new uPlot(chartOptions(element, type, tz, labels), data, element);
    chart.current = plot;
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(280, element.clientWidth), height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [type, tz, i18n.lang]);

  useEffect(() => {
    chart.current?.setData(data);
  });

  const dateFormat = new Intl.DateTimeFormat(i18n.lang, {
    timeZone: tz,
    year: 'numeric',
    month: 'short',
    day: interval === 'month' ? undefined : 'numeric',
  });
  return (
    <section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title" class="card-title">
        {t('trend')}
      </h2>
      <p class="muted small" id="trend-help">
        {t('trendHelp')}
      </p>
      <figure class="chart" data-points={series.length} aria-describedby="trend-help">
        <div ref={holder} class="chart-canvas" role="img" aria-label={t('trend')} />
      </figure>
      <details>
        <summary>{t('trendTable')}</summary>
        <TableScroll label={t('trendTable')}>
          <table class="trend-table">
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col" class="num">
                  {t('score')}
                </th>
                <th scope="col">{t('interval95')}</th>
                <th scope="col" class="num">
                  {t('answers')}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((point) => (
                <tr key={point.start}>
                  <th scope="row">{dateFormat.format(Date.parse(point.start))}</th>
                  <td class="num">{formatScore(i18n, type, point.score)}</td>
                  <td>{formatInterval(i18n, type, point.ci95)}</td>
                  <td class="num">
                    {point.n}
                    <LowNBadge estimate={point} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
