// A campaign's recipients, for a role that may manage campaigns (addresses
// are personal data): filtered by the state of their latest email, a page
// at a time ("More" follows the server's `next`), each removable after
// asking in place.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  type Campaign,
  type CampaignRecipient,
  deleteRecipient,
  listRecipients,
  type RecipientStatus,
} from '../../api/campaigns';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { problemText } from '../problem-text';
import { ConfirmInline } from '../settings/confirm-inline';
import { TableScroll } from '../table-scroll';
import { RECIPIENT_STATUSES, STATUS_WORDS } from './campaign-words';

const REMINDER_WORDS: Record<CampaignRecipient['reminder'], MessageKey> = {
  none: 'reminderNone',
  due: 'reminderDue',
  queued: 'recipientQueued',
  sent: 'recipientSent',
  failed: 'recipientFailed',
  skipped: 'reminderSkipped',
};

export function CampaignRecipients({
  campaign,
  version,
  onChanged,
}: {
  campaign: Campaign;
  /** Changes when the list changed elsewhere (an upload): loads again. */
  version: number;
  onChanged: () => void;
}) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [status, setStatus] = useState<RecipientStatus | ''>('');
  const [rows, setRows] = useState<CampaignRecipient[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [said, setSaid] = useState('');
  const table = useRef<HTMLDivElement>(null);
  const filter = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setRows(undefined);
    setProblem(undefined);
    listRecipients(api, campaign.id, { status: status || undefined }, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setRows(page.data);
        setNext(page.next);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setProblem(problemText(failure, i18n));
      },
    );
    return () => controller.abort();
  }, [api, campaign.id, status, version]);

  async function more() {
    if (!next) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const page = await listRecipients(api, campaign.id, {
        status: status || undefined,
        after: next,
      });
      setRows([...(rows ?? []), ...page.data]);
      setNext(page.next);
    } catch (failure) {
      setProblem(problemText(failure, i18n));
    }
    setBusy(false);
  }

  const fmt = (at: string | null) => (at ? i18n.dateTime(Date.parse(at)) : '');
  return (
    <div class="campaign-recipients" ref={table}>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-status`}>{t('recipientStatusFilter')}</label>
          <select
            id={`${id}-status`}
            ref={filter}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as RecipientStatus | '')}
          >
            <option value="">{t('allRecipients')}</option>
            {RECIPIENT_STATUSES.map((name) => (
              <option key={name} value={name}>
                {t(STATUS_WORDS[name])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!rows && !problem && <p class="muted small">{t('loading')}</p>}
      {rows?.length === 0 && <p class="small">{t('noCampaignRecipients')}</p>}
      {rows && rows.length > 0 && (
        <TableScroll label={fillText(t('recipientsOf'), { name: campaign.name })}>
          <table class="recipients-table">
            <thead>
              <tr>
                <th scope="col">{t('email')}</th>
                <th scope="col">userId</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('reminder')}</th>
                <th scope="col">{t('sentAt')}</th>
                <th scope="col">{t('answeredAt')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('deleteRecipient')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((recipient) => (
                <RecipientRow
                  key={recipient.id}
                  campaign={campaign}
                  recipient={recipient}
                  sentAt={fmt(recipient.sentAt)}
                  answeredAt={fmt(recipient.answeredAt)}
                  onDeleted={() => {
                    const left = rows.filter((r) => r.id !== recipient.id);
                    setRows(left);
                    setSaid(fillText(t('recipientDeleted'), { email: recipient.email }));
                    // The removed row's button goes: focus stays with the list (or its filter).
                    if (left.length > 0)
                      table.current?.querySelector<HTMLElement>('.table-scroll')?.focus();
                    else filter.current?.focus();
                    onChanged();
                  }}
                  onProblem={setProblem}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {next && rows && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void more()}>
          {t('moreRecipients')}
        </button>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}

function RecipientRow({
  campaign,
  recipient,
  sentAt,
  answeredAt,
  onDeleted,
  onProblem,
}: {
  campaign: Campaign;
  recipient: CampaignRecipient;
  sentAt: string;
  answeredAt: string;
  onDeleted: () => void;
  onProblem: (message: string) => void;
}) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await deleteRecipient(api, campaign.id, recipient.id);
      onDeleted();
    } catch (failure) {
      onProblem(problemText(failure, i18n));
      setConfirming(false);
      setBusy(false);
    }
  }

  return (
    <tr>
      <td>{recipient.email}</td>
      <td>{recipient.userId ?? ''}</td>
      <td>
        <span class={`badge status-${recipient.status}`}>{t(STATUS_WORDS[recipient.status])}</span>
      </td>
      <td>{t(REMINDER_WORDS[recipient.reminder])}</td>
      <td>{sentAt}</td>
      <td>{answeredAt}</td>
      <td>
        {confirming ? (
          <ConfirmInline
            question={fillText(t('deleteRecipientConfirm'), {
              email: recipient.email,
              name: campaign.name,
            })}
            confirmLabel={t('deleteRecipient')}
            busy={busy}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" class="link" onClick={() => setConfirming(true)}>
            {t('deleteRecipient')}
            <span class="visually-hidden"> {recipient.email}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
