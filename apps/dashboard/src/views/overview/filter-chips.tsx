// The active drill-down filters as removable chips above the overview, and
// "Clear all". A chip reads "Device: mobile"; values are visitor-supplied
// text and stay text.
import type { Filter, FilterState } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export function FilterChips({
  state,
  valueLabel,
}: {
  state: FilterState;
  /** How a value reads (a reason's label, a bucket's name); the value itself otherwise. */
  valueLabel: (filter: Filter) => string;
}) {
  const { t } = useI18n();
  if (state.filters.length === 0) return null;
  const keyLabel = (key: string) => (key.startsWith('attr.') ? key.slice(5) : t(key as MessageKey));
  return (
    <section class="filter-chips" aria-label={t('filters')}>
      <ul>
        {state.filters.map((filter) => (
          <li key={`${filter.key}\u0000${filter.value}`} class="chip filter-chip">
            <span>
              {keyLabel(filter.key)}: <strong>{valueLabel(filter)}</strong>
            </span>
            <button
              type="button"
              class="chip-remove"
              aria-label={`${t('removeFilter')}: ${keyLabel(filter.key)} ${valueLabel(filter)}`}
              onClick={() => state.remove(filter)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {state.filters.length > 1 && (
        <button type="button" class="secondary small" onClick={state.clear}>
          {t('clearFilters')}
        </button>
      )}
    </section>
  );
}
