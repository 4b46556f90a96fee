// An endpoint's delivery log, newest first: when, which event, delivered /
// pending / failed, and its last attempt's HTTP status and latency.
import { listDeliveries } from '../../api/webhooks';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { TableScroll } from '../table-scroll';

export function WebhookDeliveries({ webhookId, url }: { webhookId: string; url: string }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const deliveries = useAsync((signal) => listDeliveries(api, webhookId, signal), [api, webhookId]);
  if (deliveries.error) return <LoadError error={deliveries.error} onRetry={deliveries.reload} />;
  if (!deliveries.data) return <Loading />;
  if (deliveries.data.length === 0) return <p class="muted">{t('noDeliveries')}</p>;
  return (
    <TableScroll label={`${t('deliveries')}: ${url}`}>
      <table>
        <caption class="muted">{t('deliveries')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col" class="num">
              {t('attempts')}
            </th>
            <th scope="col" class="num">
              {t('httpStatus')}
            </th>
            <th scope="col" class="num">
              {t('latency')}
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.map((delivery) => {
            const last = delivery.attempts.at(-1);
            return (
              <tr key={delivery.id}>
                <td>{i18n.dateTime(Date.parse(delivery.createdAt))}</td>
                <td>
                  <code>{delivery.event}</code>
                </td>
                <td class={`delivery-${delivery.status}`}>{t(delivery.status)}</td>
                <td class="num">{delivery.attempts.length}</td>
                <td class="num">{last ? (last.statusCode ?? t('noAnswer')) : '–'}</td>
                <td class="num">
                  {last ? fillText(t('milliseconds'), { ms: i18n.number(last.latencyMs, 0) }) : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
