// When the widget asks: manual (koe('ask') only), page view, an event, a
// click on a selector, a scroll depth or exit intent — plus the delay.
// Page URL rules are kept as they are; they are edited over the API.
import type { Trigger } from '@koe/core';
import { useI18n } from '../../i18n/i18n';

const KINDS = ['manual', 'pageview', 'event', 'click', 'scroll', 'exitIntent'] as const;
type Kind = (typeof KINDS)[number];

function switchKind(trigger: Trigger, on: Kind): Trigger {
  const common = { urls: trigger.urls, delaySeconds: trigger.delaySeconds };
  switch (on) {
    case 'event':
      return { on, event: trigger.on === 'event' ? trigger.event : '', ...common };
    case 'click':
      return { on, selector: trigger.on === 'click' ? trigger.selector : '', ...common };
    case 'scroll':
      return { on, percent: trigger.on === 'scroll' ? trigger.percent : 50, ...common };
    default:
      return { on, ...common };
  }
}

export function TriggerEditor({
  trigger,
  onChange,
  issueFor,
}: {
  trigger: Trigger;
  onChange: (trigger: Trigger) => void;
  issueFor: (field: string) => string | undefined;
}) {
  const { t } = useI18n();
  const issue = issueFor('trigger');
  return (
    <fieldset>
      <legend>{t('trigger')}</legend>
      <div class="field-row">
        <label class="field">
          <span>{t('triggerOn')}</span>
          <select
            value={trigger.on}
            onChange={(event) => onChange(switchKind(trigger, event.currentTarget.value as Kind))}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(kind)}
              </option>
            ))}
          </select>
        </label>
        {trigger.on === 'event' && (
          <label class="field">
            <span>{t('eventName')}</span>
            <input
              value={trigger.event}
              maxLength={64}
              onInput={(event) => onChange({ ...trigger, event: event.currentTarget.value })}
            />
          </label>
        )}
        {trigger.on === 'click' && (
          <label class="field">
            <span>{t('selector')}</span>
            <input
              value={trigger.selector}
              maxLength={200}
              onInput={(event) => onChange({ ...trigger, selector: event.currentTarget.value })}
            />
          </label>
        )}
        {trigger.on === 'scroll' && (
          <label class="field">
            <span>{t('scrollPercent')}</span>
            <input
              type="number"
              min={1}
              max={100}
              value={trigger.percent}
              onInput={(event) =>
                onChange({ ...trigger, percent: event.currentTarget.valueAsNumber || 0 })
              }
            />
          </label>
        )}
        <label class="field">
          <span>{t('delaySeconds')}</span>
          <input
            type="number"
            min={0}
            max={3600}
            value={trigger.delaySeconds}
            onInput={(event) =>
              onChange({ ...trigger, delaySeconds: event.currentTarget.valueAsNumber || 0 })
            }
          />
        </label>
      </div>
      {issue && <p class="issue">{issue}</p>}
    </fieldset>
  );
}
