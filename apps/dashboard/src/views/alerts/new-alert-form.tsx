// Adds an alert rule: its kind, the survey it watches, the keywords (for a
// keyword rule), a segment dimension to watch one by one (for a score drop),
// who is emailed and the time zone whose days it counts (the browser's at
// first). The statistics' settings keep the API's defaults (docs/statistics.md).
// The API's issues show under their fields, and focus moves to the first.
import { useRef, useState } from 'preact/hooks';
import { createAlert } from '../../api/alerts';
import type { AlertRule, AlertRuleInput, Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { browserTimeZone, timeZones } from '../../range';
import { ALERT_KINDS, type AlertKind, GROUP_DIMENSIONS, KIND_WORDS } from './alert-words';
import {
  type FormField,
  type FormProblems,
  formProblems,
  noProblems,
  splitList,
  useFocusOnIssues,
} from './field-issues';
import { describedBy, LabelledField } from './labelled-field';

type GroupChoice = '' | (typeof GROUP_DIMENSIONS)[number] | 'attribute';

export function NewAlertForm({
  surveys,
  onCreated,
}: {
  surveys: Survey[];
  onCreated: (rule: AlertRule) => void;
}) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<AlertKind>('keyword');
  const [surveyId, setSurveyId] = useState(surveys[0]?.id ?? '');
  const [name, setName] = useState('');
  const [keywords, setKeywords] = useState('');
  const [emails, setEmails] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [group, setGroup] = useState<GroupChoice>('');
  const [attribute, setAttribute] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  useFocusOnIssues(form, problems);

  function inputOf(): { input: AlertRuleInput; fields: FormField[] } {
    const emailList = splitList(emails);
    const keywordList = splitList(keywords);
    const common = {
      surveyId,
      timeZone,
      emails: emailList,
      ...(name.trim() && { name: name.trim() }),
    };
    const groupBy = group === 'attribute' ? `attr.${attribute.trim()}` : group;
    const input: AlertRuleInput =
      kind === 'keyword'
        ? { kind, ...common, settings: { keywords: keywordList } }
        : kind === 'volume'
          ? { kind, ...common }
          : { kind, ...common, ...(groupBy && { groupBy }) };
    const fields: FormField[] = [
      { path: 'kind', label: t('alertKind') },
      { path: 'surveyId', label: t('survey') },
      { path: 'name', label: t('alertName') },
      { path: 'settings.keywords', label: t('keywords'), entries: keywordList },
      { path: 'groupBy', label: t('groupBy') },
      { path: 'emails', label: t('alertEmails'), entries: emailList },
      { path: 'timeZone', label: t('timeZone') },
    ];
    return { input, fields };
  }

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblems(noProblems);
    const { input, fields } = inputOf();
    try {
      onCreated(await createAlert(api, input));
      setName('');
      setKeywords('');
    } catch (failure) {
      setProblems(formProblems(failure, fields, i18n));
    }
    setBusy(false);
  }

  const issue = (path: string) => problems.byField[path];
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setProblems(noProblems);
    };
  return (
    <form
      ref={form}
      class="alert-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-alert-title"
    >
      <h3 id="new-alert-title" class="form-title">
        {t('newAlert')}
      </h3>
      <div class="field-row">
        <LabelledField id="alert-kind" label={t('alertKind')} help={t(KIND_WORDS[kind].help)}>
          <select
            {...describedBy('alert-kind', true, issue('kind'))}
            value={kind}
            onChange={(event) => change(setKind)(event.currentTarget.value as AlertKind)}
          >
            {ALERT_KINDS.map((name) => (
              <option key={name} value={name}>
                {t(KIND_WORDS[name].name)}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField id="alert-survey" label={t('survey')} issue={issue('surveyId')}>
          <select
            {...describedBy('alert-survey', false, issue('surveyId'))}
            value={surveyId}
            onChange={(event) => change(setSurveyId)(event.currentTarget.value)}
          >
            {surveys.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField
          id="alert-name"
          grow
          label={t('alertName')}
          help={t('alertNameHelp')}
          issue={issue('name')}
        >
          <input
            {...describedBy('alert-name', true, issue('name'))}
            value={name}
            maxLength={120}
            onInput={(event) => change(setName)(event.currentTarget.value)}
          />
        </LabelledField>
      </div>
      {kind === 'keyword' && (
        <LabelledField
          id="alert-keywords"
          label={t('keywords')}
          help={t('keywordsHelp')}
          issue={issue('settings.keywords')}
        >
          <textarea
            {...describedBy('alert-keywords', true, issue('settings.keywords'))}
            rows={3}
            required
            value={keywords}
            onInput={(event) => change(setKeywords)(event.currentTarget.value)}
          />
        </LabelledField>
      )}
      {kind === 'score-drop' && (
        <div class="field-row">
          <LabelledField id="alert-group" label={t('groupBy')} issue={issue('groupBy')}>
            <select
              {...describedBy('alert-group', false, issue('groupBy'))}
              value={group}
              onChange={(event) => change(setGroup)(event.currentTarget.value as GroupChoice)}
            >
              <option value="">{t('groupByNone')}</option>
              {GROUP_DIMENSIONS.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {t(dimension)}
                </option>
              ))}
              <option value="attribute">{t('groupByAttribute')}</option>
            </select>
          </LabelledField>
          {group === 'attribute' && (
            <LabelledField id="alert-attribute" label={t('attributeKey')}>
              <input
                id="alert-attribute"
                value={attribute}
                maxLength={64}
                placeholder="plan"
                aria-invalid={issue('groupBy') ? true : undefined}
                onInput={(event) => change(setAttribute)(event.currentTarget.value)}
              />
            </LabelledField>
          )}
        </div>
      )}
      <div class="field-row">
        <LabelledField
          id="alert-emails"
          grow
          label={t('alertEmails')}
          help={t('alertEmailsHelp')}
          issue={issue('emails')}
        >
          <textarea
            {...describedBy('alert-emails', true, issue('emails'))}
            rows={2}
            value={emails}
            placeholder="ana@example.com"
            onInput={(event) => change(setEmails)(event.currentTarget.value)}
          />
        </LabelledField>
        <LabelledField id="alert-zone" label={t('timeZone')} issue={issue('timeZone')}>
          <select
            {...describedBy('alert-zone', false, issue('timeZone'))}
            value={timeZone}
            onChange={(event) => change(setTimeZone)(event.currentTarget.value)}
          >
            {timeZones(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      <button type="submit" disabled={busy || !surveyId}>
        {t('addAlert')}
      </button>
      {problems.general && (
        <p class="error" role="alert">
          {problems.general}
        </p>
      )}
    </form>
  );
}
