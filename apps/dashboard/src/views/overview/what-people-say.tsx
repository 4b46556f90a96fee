// "What people say": per bucket, the words and phrases its comments use more
// than the other buckets' (GET …/themes), as chips sized by z. Clicking one
// searches every comment for it: the overview narrows and the comments
// below highlight it. Terms are visitor text and stay text.
import { getThemes } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';

export interface WhatPeopleSayProps {
  surveyId: string;
  from: string;
  to: string;
  filters: readonly Filter[];
  onPick: (filter: Filter) => void;
}

/** Chip size from z: 1.96 → 1, 6 and above → 1.6 (in em). */
const sizeOf = (z: number) => 1 + 0.6 * Math.min(1, Math.max(0, (z - 1.96) / 4));

export function WhatPeopleSay({ surveyId, from, to, filters, onPick }: WhatPeopleSayProps) {
  const { api } = useDashboard();
  const { t } = useI18n();
  // The comment search is what a click sets: themes read the other filters.
  const params = filterParams(filters.filter((f) => f.key !== 'q'));
  const themes = useAsync(
    (signal) => getThemes(api, surveyId, { from, to, ...params }, signal),
    [api, surveyId, from, to, JSON.stringify(params)],
  );
  const buckets = themes.data?.buckets ?? [];
  const anything = buckets.some((b) => b.terms.length > 0);

  return (
    <section class="card" aria-labelledby="themes-title">
      <h2 id="themes-title" class="card-title">
        {t('whatPeopleSay')}
      </h2>
      <p class="muted small">{t('whatPeopleSayHelp')}</p>
      {themes.error && <LoadError error={themes.error} onRetry={themes.reload} />}
      {!themes.data && !themes.error && <Loading />}
      {themes.data && !anything && <p class="muted">{t('noThemes')}</p>}
      {anything &&
        buckets.map((bucket) => (
          <div key={bucket.bucket} class={`themes bucket-${bucket.bucket}`}>
            <h3 class="small">
              {t(bucket.bucket)}{' '}
              <span class="muted">
                ({bucket.comments} {t('commentsCount')})
              </span>
            </h3>
            {bucket.terms.length > 0 && (
              <ul class="term-chips">
                {bucket.terms.map((term) => (
                  <li key={term.term}>
                    <button
                      type="button"
                      class="chip term-chip"
                      style={{ fontSize: `${sizeOf(term.z).toFixed(2)}em` }}
                      title={`z = ${term.z.toFixed(1)} · ${term.count} / ${term.rest}`}
                      onClick={() => onPick({ key: 'q', value: term.term })}
                    >
                      {term.term}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
    </section>
  );
}
