// One webhook endpoint: where it posts, which events, whether it is active,
// paused or failing; pause or resume it, rotate its secret (the new one shown
// once), delete it, and open its delivery log.
import { useState } from 'preact/hooks';
import type { Webhook } from '../../api/types';
import { deleteWebhook, rotateWebhookSecret, setWebhookStatus } from '../../api/webhooks';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../problem-text';
import { ConfirmInline } from './confirm-inline';
import { SecretOnce } from './secret-once';
import { WebhookDeliveries } from './webhook-deliveries';

type Asking = 'rotate' | 'delete' | null;

export function WebhookItem({ webhook, onChanged }: { webhook: Webhook; onChanged: () => void }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [showLog, setShowLog] = useState(false);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (failure) {
      setProblem(problemText(failure, i18n));
    }
    setBusy(false);
    setAsking(null);
  }

  const rotate = () =>
    act(async () => {
      setSecret((await rotateWebhookSecret(api, webhook.id)).secret);
    });
  const remove = () =>
    act(async () => {
      await deleteWebhook(api, webhook.id);
      onChanged();
    });
  const setStatus = (status: 'active' | 'paused') =>
    act(async () => {
      await setWebhookStatus(api, webhook.id, status);
      onChanged();
    });

  const logId = `deliveries-${webhook.id}`;
  return (
    <li class="webhook">
      <div class="list-row">
        <code class="origin">{webhook.url}</code>
        <span class={`badge status-${webhook.status}`}>{t(webhook.status)}</span>
        <span class="muted small">
          {webhook.events.join(', ')} · {t(webhook.format)}
        </span>
      </div>
      <div class="actions">
        {webhook.status === 'active' ? (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => setStatus('paused')}
          >
            {t('pause')}
          </button>
        ) : (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => setStatus('active')}
          >
            {t('resume')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => setAsking('rotate')}>
          {t('rotateSecret')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-expanded={showLog}
          aria-controls={logId}
          onClick={() => setShowLog(!showLog)}
        >
          {showLog ? t('hideDeliveries') : t('showDeliveries')}
        </button>
        <button type="button" class="link" onClick={() => setAsking('delete')}>
          {t('deleteWebhook')}
        </button>
      </div>
      {asking === 'rotate' && (
        <ConfirmInline
          question={fillText(t('rotateConfirm'), { url: webhook.url })}
          confirmLabel={t('rotate')}
          busy={busy}
          onConfirm={rotate}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'delete' && (
        <ConfirmInline
          question={fillText(t('deleteWebhookConfirm'), { url: webhook.url })}
          confirmLabel={t('deleteWebhook')}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setAsking(null)}
        />
      )}
      {secret && (
        <SecretOnce
          title={fillText(t('webhookSecretTitle'), { url: webhook.url })}
          secret={secret}
          onDone={() => setSecret(undefined)}
        />
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div id={logId}>
        {showLog && <WebhookDeliveries webhookId={webhook.id} url={webhook.url} />}
      </div>
    </li>
  );
}
