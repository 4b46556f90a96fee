// The survey's email campaigns on its Share page: every member sees each
// campaign's schedule, next round and how many were emailed and answered;
// a role that may manage campaigns also starts, pauses and deletes them,
// uploads their recipients, reads the list and makes new ones.
import { useId, useRef, useState } from 'preact/hooks';
import { listCampaigns } from '../../api/campaigns';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { CampaignForm } from './campaign-form';
import { CampaignItem } from './campaign-item';

export function CampaignsCard({ survey }: { survey: Survey }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const id = useId();
  const manage = can('manage-campaigns');
  const campaigns = useAsync((signal) => listCampaigns(api, survey.id, signal), [api, survey.id]);
  // A deleted campaign's item (and its focused button) goes: focus returns to the heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');

  return (
    <section class="card wide campaigns" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title" tabIndex={-1} ref={heading}>
        {t('emailCampaigns')}
      </h2>
      <p class="muted small">{t('emailCampaignsHelp')}</p>
      {campaigns.error && <LoadError error={campaigns.error} onRetry={campaigns.reload} />}
      {!campaigns.data && !campaigns.error && <Loading />}
      {campaigns.data?.length === 0 && <p>{t('noCampaigns')}</p>}
      {campaigns.data && campaigns.data.length > 0 && (
        <ul class="plain-list campaign-list">
          {campaigns.data.map((campaign) => (
            <CampaignItem
              key={campaign.id}
              campaign={campaign}
              onChanged={campaigns.reload}
              onSaid={setSaid}
              onDeleted={() => {
                setSaid(fillText(t('campaignDeleted'), { name: campaign.name }));
                campaigns.reload();
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      {campaigns.data && campaigns.data.length > 0 && (
        <p class="muted small">{t('responseRateHelp')}</p>
      )}
      {manage && (
        <CampaignForm
          surveyId={survey.id}
          onCreated={(campaign) => {
            setSaid(fillText(t('campaignAdded'), { name: campaign.name }));
            campaigns.reload();
          }}
        />
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
