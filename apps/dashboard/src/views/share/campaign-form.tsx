// A new campaign of the survey: what the team calls it, how often it goes
// (once, every 3 or every 12 months), its first day (as soon as it is
// started, or a date), the local hour and the zone of recipients who have
// none (the browser's by default), one reminder or none, and at most how
// many emails a minute; a subject and an intro if the survey's question
// should not speak alone. A koe that sends no email refuses, in words.
import { useRef, useState } from 'preact/hooks';
import { type Campaign, type CampaignInput, createCampaign } from '../../api/campaigns';
import { ApiError } from '../../api/client';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { browserTimeZone, timeZones } from '../../range';
import {
  type FormField,
  type FormProblems,
  formProblems,
  noProblems,
  useFocusOnIssues,
} from '../alerts/field-issues';
import { describedBy, LabelledField } from '../alerts/labelled-field';
import { hourText, REPEAT_WORDS } from './campaign-words';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** A reminder goes before the links expire (30 days). */
const REMINDER_DAYS = Array.from({ length: 29 }, (_, day) => day + 1);
const REPEATS = ['once', 'quarterly', 'yearly'] as const satisfies readonly Campaign['repeat'][];

export function CampaignForm({
  surveyId,
  onCreated,
}: {
  surveyId: string;
  onCreated: (campaign: Campaign) => void;
}) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [repeat, setRepeat] = useState<Campaign['repeat']>('once');
  const [startsOnDate, setStartsOnDate] = useState(false);
  const [startDate, setStartDate] = useState('');
  const [hour, setHour] = useState(10);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [reminder, setReminder] = useState('3');
  const [perMinute, setPerMinute] = useState('60');
  const [subject, setSubject] = useState('');
  const [intro, setIntro] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  useFocusOnIssues(form, problems);

  const fields: FormField[] = [
    { path: 'name', label: t('campaignName') },
    { path: 'repeat', label: t('campaignRepeat') },
    { path: 'startDate', label: t('startDate') },
    { path: 'hour', label: t('campaignHour') },
    { path: 'timeZone', label: t('timeZone') },
    { path: 'reminderAfterDays', label: t('campaignReminder') },
    { path: 'perMinute', label: t('perMinute') },
    { path: 'subject', label: t('campaignSubject') },
    { path: 'intro', label: t('campaignIntro') },
  ];

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblems(noProblems);
    const input: CampaignInput = {
      surveyId,
      name: name.trim(),
      repeat,
      startDate: startsOnDate ? startDate : null,
      hour,
      timeZone,
      reminderAfterDays: reminder === '' ? null : Number(reminder),
      perMinute: Number(perMinute),
      subject: subject.trim() === '' ? null : subject.trim(),
      intro: intro.trim() === '' ? null : intro.trim(),
    };
    try {
      onCreated(await createCampaign(api, input));
      setName('');
      setSubject('');
      setIntro('');
    } catch (failure) {
      setProblems(
        failure instanceof ApiError && failure.code === 'email-not-configured'
          ? { byField: {}, general: t('campaignEmailNotConfigured') }
          : formProblems(failure, fields, i18n),
      );
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
      class="campaign-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`new-campaign-${surveyId}`}
    >
      <h3 id={`new-campaign-${surveyId}`} class="form-title">
        {t('newCampaign')}
      </h3>
      <div class="field-row">
        <LabelledField
          id="campaign-name"
          grow
          label={t('campaignName')}
          help={t('campaignNameHelp')}
          issue={issue('name')}
        >
          <input
            {...describedBy('campaign-name', true, issue('name'))}
            value={name}
            maxLength={120}
            required
            onInput={(event) => change(setName)(event.currentTarget.value)}
          />
        </LabelledField>
        <LabelledField id="campaign-repeat" label={t('campaignRepeat')} issue={issue('repeat')}>
          <select
            {...describedBy('campaign-repeat', false, issue('repeat'))}
            value={repeat}
            onChange={(event) => change(setRepeat)(event.currentTarget.value as Campaign['repeat'])}
          >
            {REPEATS.map((value) => (
              <option key={value} value={value}>
                {t(REPEAT_WORDS[value])}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      <fieldset class="checks">
        <legend>{t('campaignStart')}</legend>
        <label class="check">
          <input
            type="radio"
            name="campaign-start"
            checked={!startsOnDate}
            onChange={() => change(setStartsOnDate)(false)}
          />
          {t('startAtOnce')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="campaign-start"
            checked={startsOnDate}
            onChange={() => change(setStartsOnDate)(true)}
          />
          {t('startOnDate')}
        </label>
      </fieldset>
      <div class="field-row">
        {startsOnDate && (
          <LabelledField id="campaign-date" label={t('startDate')} issue={issue('startDate')}>
            <input
              {...describedBy('campaign-date', false, issue('startDate'))}
              type="date"
              required
              value={startDate}
              onInput={(event) => change(setStartDate)(event.currentTarget.value)}
            />
          </LabelledField>
        )}
        <LabelledField id="campaign-hour" label={t('campaignHour')} issue={issue('hour')}>
          <select
            {...describedBy('campaign-hour', false, issue('hour'))}
            value={String(hour)}
            onChange={(event) => change(setHour)(Number(event.currentTarget.value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {hourText(h)}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField
          id="campaign-zone"
          label={t('timeZone')}
          help={t('campaignZoneHelp')}
          issue={issue('timeZone')}
        >
          <select
            {...describedBy('campaign-zone', true, issue('timeZone'))}
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
      <div class="field-row">
        <LabelledField
          id="campaign-reminder"
          label={t('campaignReminder')}
          issue={issue('reminderAfterDays')}
        >
          <select
            {...describedBy('campaign-reminder', false, issue('reminderAfterDays'))}
            value={reminder}
            onChange={(event) => change(setReminder)(event.currentTarget.value)}
          >
            <option value="">{t('noReminder')}</option>
            {REMINDER_DAYS.map((days) => (
              <option key={days} value={String(days)}>
                {fillText(t('reminderAfter'), { days })}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField
          id="campaign-rate"
          label={t('perMinute')}
          help={t('perMinuteHelp')}
          issue={issue('perMinute')}
        >
          <input
            {...describedBy('campaign-rate', true, issue('perMinute'))}
            type="number"
            min={1}
            max={600}
            step={1}
            value={perMinute}
            onInput={(event) => change(setPerMinute)(event.currentTarget.value)}
          />
        </LabelledField>
      </div>
      <LabelledField
        id="campaign-subject"
        label={t('campaignSubject')}
        help={t('campaignSubjectHelp')}
        issue={issue('subject')}
      >
        <input
          {...describedBy('campaign-subject', true, issue('subject'))}
          value={subject}
          maxLength={200}
          onInput={(event) => change(setSubject)(event.currentTarget.value)}
        />
      </LabelledField>
      <LabelledField
        id="campaign-intro"
        label={t('campaignIntro')}
        help={t('campaignIntroHelp')}
        issue={issue('intro')}
      >
        <textarea
          {...describedBy('campaign-intro', true, issue('intro'))}
          rows={3}
          maxLength={2000}
          value={intro}
          onInput={(event) => change(setIntro)(event.currentTarget.value)}
        />
      </LabelledField>
      <button type="submit" disabled={busy || name.trim() === ''}>
        {t('addCampaign')}
      </button>
      {problems.general && (
        <p class="error" role="alert">
          {problems.general}
        </p>
      )}
    </form>
  );
}
