// One campaign: its name and status, its schedule in words, its next round,
// its recipients counted by the state of their latest email and the
// response rate with the number it is out of. For a role that may manage
// campaigns: start, pause or resume it, delete it (after asking in place),
// upload recipients and open the list of recipients.
import { useState } from 'preact/hooks';
import { type Campaign, deleteCampaign, setCampaignStatus } from '../../api/campaigns';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../problem-text';
import { ConfirmInline } from '../settings/confirm-inline';
import { CampaignRecipients } from './campaign-recipients';
import {
  CAMPAIGN_STATUS_WORDS,
  RECIPIENT_STATUSES,
  responseRate,
  STATUS_WORDS,
  scheduleWords,
} from './campaign-words';
import { RecipientsUpload } from './recipients-upload';

export function CampaignItem({
  campaign,
  onChanged,
  onSaid,
  onDeleted,
}: {
  campaign: Campaign;
  onChanged: () => void;
  onSaid: (words: string) => void;
  onDeleted: () => void;
}) {
  const { api, can } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const manage = can('manage-campaigns');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [showRecipients, setShowRecipients] = useState(false);
  // Bumped by an upload, so an open list of recipients loads again.
  const [listVersion, setListVersion] = useState(0);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (failure) {
      setProblem(problemText(failure, i18n));
      setAsking(false);
    }
    setBusy(false);
  }

  const setStatus = (status: 'active' | 'paused', said: 'campaignStarted' | 'campaignPausedSaid') =>
    act(async () => {
      await setCampaignStatus(api, campaign.id, status);
      onSaid(fillText(t(said), { name: campaign.name }));
      onChanged();
    });
  const remove = () =>
    act(async () => {
      await deleteCampaign(api, campaign.id);
      onDeleted();
    });

  const rate = responseRate(campaign.counts);
  const titleId = `campaign-title-${campaign.id}`;
  const recipientsId = `campaign-recipients-${campaign.id}`;
  const named = () => <span class="visually-hidden"> {campaign.name}</span>;
  return (
    <li class="campaign" aria-labelledby={titleId}>
      <div class="list-row">
        <strong id={titleId}>{campaign.name}</strong>
        <span class={`badge status-${campaign.status}`}>
          {t(CAMPAIGN_STATUS_WORDS[campaign.status])}
        </span>
      </div>
      <p class="small campaign-facts">{scheduleWords(campaign, i18n)}</p>
      <p class="muted small campaign-facts">
        {campaign.nextRoundAt
          ? fillText(t('nextRound'), { when: i18n.dateTime(Date.parse(campaign.nextRoundAt)) })
          : campaign.status === 'draft'
            ? t('notStartedYet')
            : t('noRoundToCome')}
        {' · '}
        {campaign.reminderAfterDays === null
          ? t('noReminder')
          : fillText(t('reminderAfter'), { days: campaign.reminderAfterDays })}
        {' · '}
        {fillText(t('perMinuteWords'), { count: campaign.perMinute })}
      </p>
      <dl class="campaign-counts small">
        <div>
          <dt>{t('campaignRecipients')}</dt>
          <dd>{campaign.recipients}</dd>
        </div>
        {RECIPIENT_STATUSES.map((status) => (
          <div key={status}>
            <dt>{t(STATUS_WORDS[status])}</dt>
            <dd>{campaign.counts[status]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('responseRate')}</dt>
          <dd>
            {rate.rate === undefined
              ? t('noEmailsYet')
              : fillText(t('responseRateOf'), {
                  rate: i18n.number(rate.rate * 100, 0),
                  answered: rate.answered,
                  emailed: rate.emailed,
                })}
          </dd>
        </div>
      </dl>
      {manage && (
        <div class="actions">
          {campaign.status === 'active' ? (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => setStatus('paused', 'campaignPausedSaid')}
            >
              {t('pause')}
              {named()}
            </button>
          ) : (
            <button
              type="button"
              disabled={busy}
              onClick={() => setStatus('active', 'campaignStarted')}
            >
              {campaign.status === 'draft' ? t('startCampaign') : t('resume')}
              {named()}
            </button>
          )}
          <button
            type="button"
            class="secondary"
            aria-expanded={showRecipients}
            aria-controls={recipientsId}
            onClick={() => setShowRecipients(!showRecipients)}
          >
            {showRecipients ? t('hideRecipients') : t('showRecipients')}
            {named()}
          </button>
          <button type="button" class="link" onClick={() => setAsking(true)}>
            {t('deleteCampaign')}
            {named()}
          </button>
        </div>
      )}
      {asking && (
        <ConfirmInline
          question={fillText(t('deleteCampaignConfirm'), { name: campaign.name })}
          confirmLabel={t('deleteCampaign')}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setAsking(false)}
        />
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {manage && (
        <RecipientsUpload
          campaign={campaign}
          onUploaded={() => {
            setListVersion((n) => n + 1);
            onChanged();
          }}
        />
      )}
      {manage && (
        <div id={recipientsId}>
          {showRecipients && (
            <CampaignRecipients campaign={campaign} version={listVersion} onChanged={onChanged} />
          )}
        </div>
      )}
    </li>
  );
}
