// Scheduled digests: who gets which survey's summary, weekly or monthly, at
// which local hour in which zone, whether they unsubscribed, and when the
// next is due; delete one (after asking in place) and add one. A koe that
// sends no email refuses new digests, and the form says so in words.
import { useRef, useState } from 'preact/hooks';
import { createDigest, deleteDigest, listDigests } from '../../api/alerts';
import { ApiError } from '../../api/client';
import type { Digest, Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { browserTimeZone, timeZones } from '../../range';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import { ConfirmInline } from '../settings/confirm-inline';
import { TableScroll } from '../table-scroll';
import { type FormProblems, formProblems, noProblems, useFocusOnIssues } from './field-issues';
import { describedBy, LabelledField } from './labelled-field';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function Digests({ surveys }: { surveys: Survey[] }) {
  const { api, can } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const digests = useAsync((signal) => listDigests(api, signal), [api]);
  const manage = can('manage-alerts');
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string>();
  const surveyName = (id: string) => surveys.find((s) => s.id === id)?.name ?? t('surveyGone');

  return (
    <section class="card settings-section" aria-labelledby="digests-title">
      <h2 id="digests-title" class="card-title" tabIndex={-1} ref={heading}>
        {t('digests')}
      </h2>
      <p class="muted small">{t('digestsHelp')}</p>
      {digests.error && <LoadError error={digests.error} onRetry={digests.reload} />}
      {!digests.data && !digests.error && <Loading />}
      {digests.data?.length === 0 && <p>{t('noDigests')}</p>}
      {digests.data && digests.data.length > 0 && (
        <TableScroll label={t('digestsTable')}>
          <table class="digests">
            <thead>
              <tr>
                <th scope="col">{t('digestEmail')}</th>
                <th scope="col">{t('survey')}</th>
                <th scope="col">{t('digestInterval')}</th>
                <th scope="col">{t('digestHour')}</th>
                <th scope="col">{t('timeZone')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('nextSend')}</th>
                {manage && (
                  <th scope="col">
                    <span class="visually-hidden">{t('deleteDigest')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {digests.data.map((digest) => (
                <DigestRow
                  key={digest.id}
                  digest={digest}
                  survey={surveyName(digest.surveyId)}
                  manage={manage}
                  onDeleted={() => {
                    setProblem(undefined);
                    setSaid(fillText(t('digestDeleted'), { email: digest.email }));
                    digests.reload();
                    heading.current?.focus();
                  }}
                  onProblem={setProblem}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {manage && surveys.length > 0 && (
        <NewDigestForm
          surveys={surveys}
          onCreated={(digest) => {
            setSaid(fillText(t('digestAdded'), { email: digest.email }));
            digests.reload();
          }}
        />
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}

function DigestRow({
  digest,
  survey,
  manage,
  onDeleted,
  onProblem,
}: {
  digest: Digest;
  survey: string;
  manage: boolean;
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
      await deleteDigest(api, digest.id);
      onDeleted();
    } catch (failure) {
      onProblem(problemText(failure, i18n));
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <tr>
      <th scope="row">{digest.email}</th>
      <td>{survey}</td>
      <td>{digest.interval === 'week' ? t('weekly') : t('monthly')}</td>
      <td class="num">{hourText(digest.hour)}</td>
      <td>{digest.timeZone}</td>
      <td>
        <span class={`badge status-${digest.status}`}>
          {digest.status === 'active' ? t('active') : t('unsubscribed')}
        </span>
      </td>
      <td>{digest.nextSendAt ? i18n.dateTime(Date.parse(digest.nextSendAt)) : '–'}</td>
      {manage && (
        <td>
          {confirming ? (
            <ConfirmInline
              question={fillText(t('deleteDigestConfirm'), { email: digest.email, survey })}
              confirmLabel={t('deleteDigest')}
              busy={busy}
              onConfirm={remove}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button type="button" class="link" onClick={() => setConfirming(true)}>
              {t('deleteDigest')}
              <span class="visually-hidden"> {digest.email}</span>
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

function NewDigestForm({
  surveys,
  onCreated,
}: {
  surveys: Survey[];
  onCreated: (digest: Digest) => void;
}) {
  const { api, me } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const form = useRef<HTMLFormElement>(null);
  const [surveyId, setSurveyId] = useState(surveys[0]?.id ?? '');
  const [email, setEmail] = useState(me.user.email);
  const [interval, setInterval] = useState<Digest['interval']>('week');
  const [hour, setHour] = useState(8);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  useFocusOnIssues(form, problems);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblems(noProblems);
    try {
      onCreated(
        await createDigest(api, { surveyId, email: email.trim(), interval, hour, timeZone }),
      );
    } catch (failure) {
      setProblems(
        failure instanceof ApiError && failure.code === 'email-not-configured'
          ? { byField: {}, general: t('emailNotConfigured') }
          : formProblems(
              failure,
              [
                { path: 'surveyId', label: t('survey') },
                { path: 'email', label: t('digestEmail') },
                { path: 'interval', label: t('digestInterval') },
                { path: 'hour', label: t('digestHour') },
                { path: 'timeZone', label: t('timeZone') },
              ],
              i18n,
            ),
      );
    }
    setBusy(false);
  }

  const issue = (path: string) => problems.byField[path];
  const changed = () => setProblems(noProblems);
  return (
    <form
      ref={form}
      class="digest-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-digest-title"
    >
      <h3 id="new-digest-title" class="form-title">
        {t('newDigest')}
      </h3>
      <div class="field-row">
        <LabelledField id="digest-email" grow label={t('digestEmail')} issue={issue('email')}>
          <input
            {...describedBy('digest-email', false, issue('email'))}
            type="email"
            required
            value={email}
            onInput={(event) => {
              setEmail(event.currentTarget.value);
              changed();
            }}
          />
        </LabelledField>
        <LabelledField id="digest-survey" label={t('survey')} issue={issue('surveyId')}>
          <select
            {...describedBy('digest-survey', false, issue('surveyId'))}
            value={surveyId}
            onChange={(event) => {
              setSurveyId(event.currentTarget.value);
              changed();
            }}
          >
            {surveys.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      <div class="field-row">
        <LabelledField id="digest-interval" label={t('digestInterval')} issue={issue('interval')}>
          <select
            {...describedBy('digest-interval', false, issue('interval'))}
            value={interval}
            onChange={(event) => {
              setInterval(event.currentTarget.value as Digest['interval']);
              changed();
            }}
          >
            <option value="week">{t('weekly')}</option>
            <option value="month">{t('monthly')}</option>
          </select>
        </LabelledField>
        <LabelledField id="digest-hour" label={t('digestHour')} issue={issue('hour')}>
          <select
            {...describedBy('digest-hour', false, issue('hour'))}
            value={String(hour)}
            onChange={(event) => {
              setHour(Number(event.currentTarget.value));
              changed();
            }}
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {hourText(h)}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField id="digest-zone" label={t('timeZone')} issue={issue('timeZone')}>
          <select
            {...describedBy('digest-zone', false, issue('timeZone'))}
            value={timeZone}
            onChange={(event) => {
              setTimeZone(event.currentTarget.value);
              changed();
            }}
          >
            {timeZones(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      <button type="submit" disabled={busy || !surveyId || !email.trim()}>
        {t('addDigest')}
      </button>
      {problems.general && (
        <p class="error" role="alert">
          {problems.general}
        </p>
      )}
    </form>
  );
}
