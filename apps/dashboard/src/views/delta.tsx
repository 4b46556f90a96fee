// The change against the previous period. The arrow and colour appear only
// when the difference is significant (two-sided p < 0.05): a wiggle inside
// the noise is shown as plain grey text, so nobody celebrates chance.
import type { SurveyType } from '@koe/core';
import type { PreviousPeriod } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { formatDelta, isSignificant } from '../score-format';

export function Delta({ type, previous }: { type: SurveyType; previous?: PreviousPeriod }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!previous || previous.delta === null) {
    return <span class="delta muted">{t('noComparison')}</span>;
  }
  const text = formatDelta(i18n, type, previous.delta);
  const pText = previous.p === null ? '' : `p = ${i18n.number(previous.p, 3)}`;
  if (!isSignificant(previous.p)) {
    return (
      <span class="delta muted" title={`${t('notSignificant')} ${pText}`}>
        {text}
        <span class="visually-hidden"> ({t('notSignificant')})</span>
      </span>
    );
  }
  const up = previous.delta > 0;
  return (
    <strong class={`delta significant ${up ? 'up' : 'down'}`} title={pText}>
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {text}
      <span class="badge">{t('significant')}</span>
    </strong>
  );
}
