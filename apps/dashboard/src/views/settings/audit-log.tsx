// Who did what and when in the organization (admins): newest first, fifty
// at a time, the older ones on demand.
import type { AuditEntry } from '@koe/client';
import { useState } from 'preact/hooks';
import { listAudit } from '../../api/accounts';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import { TableScroll } from '../table-scroll';

export function AuditLog() {
  const { memberApi, organization } = useDashboard();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const first = useAsync(() => listAudit(memberApi, organization.id), [memberApi, organization.id]);
  const [more, setMore] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>();
  const [error, setError] = useState<string>();
  const next = cursor === undefined ? first.data?.nextCursor : cursor;
  const entries = [...(first.data?.data ?? []), ...more];

  async function loadMore() {
    if (!next) return;
    try {
      const page = await listAudit(memberApi, organization.id, next);
      setMore((old) => [...old, ...page.data]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(problemText(failure, i18n));
    }
  }

  return (
    <section class="card settings-section" aria-labelledby="audit-title">
      <h2 id="audit-title" class="card-title">
        {t('auditLog')}
      </h2>
      <p class="muted small">{t('auditLogHelp')}</p>
      {first.error && <LoadError error={first.error} onRetry={first.reload} />}
      {!first.data && !first.error && <Loading />}
      {first.data && (
        <TableScroll label={t('auditLogHelp')}>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('onWhat')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{dateTime(Date.parse(entry.at))}</td>
                  <td>{entry.actorLabel}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.target ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {next && (
        <button type="button" class="secondary" onClick={loadMore}>
          {t('loadOlder')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
