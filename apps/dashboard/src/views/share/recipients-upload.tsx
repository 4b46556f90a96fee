// Adding recipients to a campaign: a CSV file chosen or its text pasted
// (a header row with an email column; userId, locale and timeZone columns
// are read, any other is an attribute). The server takes all rows or none,
// and a refusal is shown line by line as the server names them.
import { useId, useState } from 'preact/hooks';
import { type Campaign, uploadRecipients } from '../../api/campaigns';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { uploadIssues } from './campaign-words';

/** More lines than this would bury the form: the rest are counted. */
const MAX_ISSUES_SHOWN = 20;

export function RecipientsUpload({
  campaign,
  onUploaded,
}: {
  campaign: Campaign;
  onUploaded: () => void;
}) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<string[]>([]);
  const [result, setResult] = useState('');

  async function readFile(file: File | undefined) {
    if (!file) return;
    setIssues([]);
    setResult('');
    try {
      setCsv(await file.text());
    } catch (failure) {
      setIssues([`${t('errorPrefix')} ${failure instanceof Error ? failure.message : ''}`]);
    }
  }

  async function upload(event: Event) {
    event.preventDefault();
    if (csv.trim() === '') {
      setIssues([t('noRecipients')]);
      return;
    }
    setBusy(true);
    setIssues([]);
    setResult('');
    try {
      const done = await uploadRecipients(api, campaign.id, csv);
      setResult(fillText(t('recipientsUploaded'), done));
      setCsv('');
      onUploaded();
    } catch (failure) {
      setIssues([...new Set(uploadIssues(failure, i18n))]);
    }
    setBusy(false);
  }

  const hidden = issues.length - MAX_ISSUES_SHOWN;
  return (
    <form
      class="recipients-upload"
      onSubmit={(event) => void upload(event)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} class="form-title">
        {t('addRecipients')}
        <span class="visually-hidden"> {campaign.name}</span>
      </h3>
      <p class="muted small" id={`${id}-help`}>
        {t('recipientsCsvHelp')}
      </p>
      <div class="field">
        <label for={`${id}-file`}>{t('recipientsFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
      </div>
      <div class="field">
        <label for={`${id}-csv`}>{t('recipientsCsv')}</label>
        <textarea
          id={`${id}-csv`}
          class="snippet"
          rows={4}
          value={csv}
          placeholder={'email,userId,locale,plan\nana@example.com,cus_1,en,pro'}
          aria-describedby={`${id}-help${issues.length > 0 ? ` ${id}-issues` : ''}`}
          aria-invalid={issues.length > 0 ? true : undefined}
          onInput={(event) => setCsv(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="secondary" disabled={busy}>
        {busy ? t('uploadingRecipients') : t('uploadRecipients')}
      </button>
      <div id={`${id}-issues`} role="alert">
        {issues.length > 0 && (
          <>
            <p class="error">{t('recipientsRefused')}</p>
            <ul class="error small upload-issues">
              {issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
              {hidden > 0 && <li>{fillText(t('moreIssues'), { count: hidden })}</li>}
            </ul>
          </>
        )}
      </div>
      <p role="status" class="small">
        {result}
      </p>
    </form>
  );
}
