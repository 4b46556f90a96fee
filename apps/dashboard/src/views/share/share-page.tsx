// A survey's "Share" page: the hosted page's link (copy, open), its QR code
// (SVG and PNG), the first question for an email with a preview, personal
// links for a list of recipients (editors and up) and the survey's email
// campaigns (their controls and recipients: editors). Every link comes
// from the server, which points them at KOE_PUBLIC_URL when it is set.
import { getSurvey } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { SurveyTabs } from '../survey-tabs';
import { CampaignsCard } from './campaigns-card';
import { EmailSnippetCard } from './email-snippet-card';
import { PersonalLinks } from './personal-links';
import { QrCodeCard } from './qr-code-card';
import { SurveyLinkCard } from './survey-link-card';

export function SharePage({ surveyId }: { surveyId: string }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const survey = useAsync((signal) => getSurvey(api, surveyId, signal), [api, surveyId]);
  if (survey.error) return <LoadError error={survey.error} onRetry={survey.reload} />;
  if (!survey.data) return <Loading />;
  const loaded = survey.data;
  return (
    <article class="share" aria-labelledby="share-title">
      <SurveyTabs surveyId={surveyId} name={loaded.name} current="share" />
      <h1 id="share-title">{fillText(t('shareTitle'), { name: loaded.name })}</h1>
      <p class="muted">{t('shareIntro')}</p>
      <div class="share-grid">
        <SurveyLinkCard survey={loaded} />
        <QrCodeCard survey={loaded} />
        <EmailSnippetCard survey={loaded} />
        {can('edit-surveys') && <PersonalLinks survey={loaded} />}
        <CampaignsCard survey={loaded} />
      </div>
    </article>
  );
}
