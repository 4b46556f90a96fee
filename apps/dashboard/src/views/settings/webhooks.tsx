// The site's webhook endpoints: add one (its signing secret shown once), and
// per endpoint its state, pause and resume, rotate the secret, delete, and
// the delivery log.
import { useState } from 'preact/hooks';
import type { Webhook } from '../../api/types';
import { createWebhook, listWebhooks } from '../../api/webhooks';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import { SecretOnce } from './secret-once';
import { WebhookItem } from './webhook-item';

type WebhookEvent = Webhook['events'][number];

// The API's events, listed here rather than imported from @koe/core, whose
// module defining them also builds zod schemas: Settings does not load zod.
const WEBHOOK_EVENTS = [
  'response.created',
  'response.updated',
  'response.finished',
  'respondent.at_risk',
  'alert.triggered',
  'alert.resolved',
] as const satisfies readonly WebhookEvent[];
// A new event in the API is a type error here until it is listed above.
const everyEvent: Exclude<WebhookEvent, (typeof WEBHOOK_EVENTS)[number]> extends never
  ? true
  : never = true;
void everyEvent;

export function Webhooks() {
  const { api } = useDashboard();
  const { t } = useI18n();
  const webhooks = useAsync((signal) => listWebhooks(api, signal), [api]);
  const [created, setCreated] = useState<Webhook>();

  return (
    <section class="card settings-section" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title" class="card-title">
        {t('webhooks')}
      </h2>
      <p class="muted small">{t('webhooksHelp')}</p>
      {webhooks.error && <LoadError error={webhooks.error} onRetry={webhooks.reload} />}
      {!webhooks.data && !webhooks.error && <Loading />}
      {webhooks.data?.length === 0 && <p>{t('noWebhooks')}</p>}
      {webhooks.data && webhooks.data.length > 0 && (
        <ul class="plain-list webhooks">
          {webhooks.data.map((webhook) => (
            <WebhookItem key={webhook.id} webhook={webhook} onChanged={webhooks.reload} />
          ))}
        </ul>
      )}
      {created?.secret ? (
        <SecretOnce
          title={fillText(t('webhookSecretTitle'), { url: created.url })}
          secret={created.secret}
          onDone={() => setCreated(undefined)}
        />
      ) : (
        <NewWebhookForm
          onCreated={(webhook) => {
            setCreated(webhook);
            webhooks.reload();
          }}
        />
      )}
    </section>
  );
}

function NewWebhookForm({ onCreated }: { onCreated: (webhook: Webhook) => void }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['response.finished']);
  const [format, setFormat] = useState<Webhook['format']>('standard');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onCreated(await createWebhook(api, { url: url.trim(), events, format }));
      setUrl('');
    } catch (failure) {
      setProblem(problemText(failure, i18n));
    }
    setBusy(false);
  }

  return (
    <form class="new-webhook" onSubmit={submit} noValidate>
      <div class="field-row">
        <label class="field grow">
          <span>{t('webhookUrl')}</span>
          <input
            type="url"
            value={url}
            required
            placeholder="https://hooks.example.com/koe"
            aria-invalid={problem ? true : undefined}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('webhookFormat')}</span>
          <select
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as Webhook['format'])}
          >
            <option value="standard">{t('standard')}</option>
            <option value="slack">{t('slack')}</option>
          </select>
        </label>
      </div>
      <fieldset class="checks">
        <legend>{t('webhookEvents')}</legend>
        {WEBHOOK_EVENTS.map((name) => (
          <label key={name} class="check">
            <input
              type="checkbox"
              checked={events.includes(name)}
              onChange={(event) =>
                setEvents(
                  event.currentTarget.checked
                    ? WEBHOOK_EVENTS.filter((e) => e === name || events.includes(e))
                    : events.filter((e) => e !== name),
                )
              }
            />
            <code>{name}</code>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy || !url.trim() || events.length === 0}>
        {t('addWebhook')}
      </button>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
