// How many answered each point of the scale, coloured by bucket (NPS
// detractor / passive / promoter; CSAT and CES dissatisfied / neutral /
// satisfied). Plain elements rather than a canvas: eleven bars need no chart
// library, and each bar carries its numbers as text for screen readers.
import { bucketOf, SCALES, type SurveyType } from '@koe/core/scales';
import { useI18n } from '../../i18n/i18n';

export function DistributionChart({
  type,
  distribution,
}: {
  type: SurveyType;
  distribution: number[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { min } = SCALES[type];
  const total = distribution.reduce((sum, count) => sum + count, 0);
  const highest = Math.max(1, ...distribution);
  return (
    <section class="card" aria-labelledby="distribution-title">
      <h2 id="distribution-title" class="card-title">
        {t('distribution')}
      </h2>
      <ul class="distribution" data-type={type}>
        {distribution.map((count, i) => {
          const score = min + i;
          const bucket = bucketOf(type, score);
          const percent = total ? (100 * count) / total : 0;
          return (
            <li key={score} class={`bucket-${bucket}`}>
              <span class="visually-hidden">
                {score}: {count} ({i18n.number(percent, 1)}%, {t(bucket)})
              </span>
              <span class="bar-count" aria-hidden="true">
                {count}
              </span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar" style={{ height: `${(100 * count) / highest}%` }} />
              </span>
              <span class="bar-label" aria-hidden="true">
                {score}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
