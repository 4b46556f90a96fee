// Date range, interval and time-zone pickers. Presets apply at once; custom
// dates apply with the button (or Enter) so a half-typed date asks nothing.
import type { BucketInterval } from '@koe/core';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import {
  daysIn,
  defaultInterval,
  isValidRange,
  PRESETS,
  type Preset,
  presetRange,
  type RangeChoice,
  timeZones,
} from '../../range';

const INTERVALS: BucketInterval[] = ['day', 'week', 'month'];

export interface RangeControlsProps {
  range: RangeChoice;
  now: number;
  onChange: (range: RangeChoice) => void;
}

export function RangeControls({ range, now, onChange }: RangeControlsProps) {
  const { t } = useI18n();
  const [fromDate, setFromDate] = useState(range.fromDate);
  const [toDate, setToDate] = useState(range.toDate);
  const customValid = isValidRange({ fromDate, toDate });

  function choosePreset(value: string) {
    if (value === 'custom') {
      onChange({ ...range, preset: 'custom' });
      return;
    }
    const next = presetRange(value as Preset, now, range.tz);
    setFromDate(next.fromDate);
    setToDate(next.toDate);
    onChange(next);
  }

  return (
    <form
      class="controls"
      aria-label={t('rangeControls')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!customValid) return;
        const days = daysIn({ fromDate, toDate });
        onChange({ ...range, preset: 'custom', fromDate, toDate, interval: defaultInterval(days) });
      }}
    >
      <label class="field">
        <span>{t('range')}</span>
        <select value={range.preset} onChange={(event) => choosePreset(event.currentTarget.value)}>
          {(Object.keys(PRESETS) as Preset[]).map((preset) => (
            <option key={preset} value={preset}>
              {t(preset)}
            </option>
          ))}
          <option value="custom">{t('custom')}</option>
        </select>
      </label>
      {range.preset === 'custom' && (
        <>
          <label class="field">
            <span>{t('from')}</span>
            <input
              type="date"
              value={fromDate}
              max={toDate}
              required
              onInput={(event) => setFromDate(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('to')}</span>
            <input
              type="date"
              value={toDate}
              min={fromDate}
              required
              onInput={(event) => setToDate(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={!customValid}>
            {t('apply')}
          </button>
        </>
      )}
      <label class="field">
        <span>{t('interval')}</span>
        <select
          value={range.interval}
          onChange={(event) =>
            onChange({ ...range, interval: event.currentTarget.value as BucketInterval })
          }
        >
          {INTERVALS.map((interval) => (
            <option key={interval} value={interval}>
              {t(interval)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('timeZone')}</span>
        <select
          value={range.tz}
          onChange={(event) => onChange({ ...range, tz: event.currentTarget.value })}
        >
          {timeZones(range.tz).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
