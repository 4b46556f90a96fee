// When the widget asks: manual (koe('ask') only), page view, an event, a
// click on a selector, a scroll depth or exit intent — plus the delay and
// the page URL rules that must all hold.
import type { Trigger, UrlRule } from '@koe/core';
import { useI18n } from '../../i18n/i18n';

const KINDS = ['manual', 'pageview', 'event', 'click', 'scroll', 'exitIntent'] as const;
const MATCHES = ['exact', 'contains', 'startsWith', 'regex'] as const;
const MAX_URL_RULES = 20;
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
      <UrlRules
        rules={trigger.urls}
        issueFor={issueFor}
        onChange={(urls) => onChange({ ...trigger, urls })}
      />
      {issue && <p class="issue">{issue}</p>}
    </fieldset>
  );
}

function UrlRules({
  rules,
  onChange,
  issueFor,
}: {
  rules: UrlRule[];
  onChange: (rules: UrlRule[]) => void;
  issueFor: (field: string) => string | undefined;
}) {
  const { t } = useI18n();
  const update = (i: number, rule: Partial<UrlRule>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...rule } : r)));
  return (
    <fieldset class="url-rules">
      <legend>{t('urlRules')}</legend>
      {rules.map((rule, i) => (
        <div class="field-row" key={i}>
          <label class="check">
            <input
              type="checkbox"
              checked={rule.negate}
              onChange={(event) => update(i, { negate: event.currentTarget.checked })}
            />
            {t('urlNegate')}
          </label>
          <label class="field">
            <span>
              {t('urlMatch')} {i + 1}
            </span>
            <select
              value={rule.match}
              onChange={(event) =>
                update(i, { match: event.currentTarget.value as UrlRule['match'] })
              }
            >
              {MATCHES.map((match) => (
                <option key={match} value={match}>
                  {t(match)}
                </option>
              ))}
            </select>
          </label>
          <label class="field grow">
            <span>
              {t('urlValue')} {i + 1}
            </span>
            <input
              value={rule.value}
              maxLength={500}
              aria-invalid={issueFor(`trigger.urls.${i}`) ? true : undefined}
              onInput={(event) => update(i, { value: event.currentTarget.value })}
            />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={() => onChange(rules.filter((_, j) => j !== i))}
          >
            {t('removeUrlRule')} {i + 1}
          </button>
        </div>
      ))}
      {rules.length < MAX_URL_RULES && (
        <button
          type="button"
          class="secondary"
          onClick={() => onChange([...rules, { match: 'contains', value: '', negate: false }])}
        >
          {t('addUrlRule')}
        </button>
      )}
    </fieldset>
  );
}
