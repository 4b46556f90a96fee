// One alert rule: its name, kind and survey, whether it fires now (since
// when, in which segment), when it was last evaluated and whether it is
// paused; pause or resume it, delete it (after asking in place), and its
// latest alerts and all clears on demand.
import { useState } from 'preact/hooks';
import { deleteAlert, listAlertEvents, setAlertStatus } from '../../api/alerts';
import type { AlertRule } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import { ConfirmInline } from '../settings/confirm-inline';
import { KIND_WORDS, segmentWords, whenWords } from './alert-words';

export function AlertItem({
  rule,
  surveyName,
  onChanged,
  onDeleted,
}: {
  rule: AlertRule;
  surveyName: string;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const { api, can } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const manage = can('manage-alerts');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [showEvents, setShowEvents] = useState(false);

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

  const setStatus = (status: 'active' | 'paused') =>
    act(async () => {
      await setAlertStatus(api, rule.id, status);
      onChanged();
    });
  const remove = () =>
    act(async () => {
      await deleteAlert(api, rule.id);
      onDeleted();
    });

  const firing = rule.firing.length > 0;
  const keywords = Array.isArray(rule.settings.keywords)
    ? (rule.settings.keywords as unknown[]).map(String)
    : [];
  const eventsId = `alert-events-${rule.id}`;
  const titleId = `alert-title-${rule.id}`;
  return (
    <li class="alert-rule" aria-labelledby={titleId}>
      <div class="list-row">
        <strong id={titleId} class="alert-name">
          {rule.name}
        </strong>
        <span class={firing ? 'badge status-firing' : 'badge status-quiet'}>
          {firing ? t('firing') : t('quiet')}
        </span>
        <span class={`badge status-${rule.status}`}>{t(rule.status)}</span>
      </div>
      <p class="muted small alert-facts">
        {t(KIND_WORDS[rule.kind].name)} · {surveyName} ·{' '}
        {rule.lastEvaluatedAt
          ? fillText(t('lastEvaluated'), { when: whenWords(rule.lastEvaluatedAt, i18n) })
          : t('notEvaluatedYet')}{' '}
        · {rule.timeZone}
      </p>
      {keywords.length > 0 && (
        <p class="small alert-facts">
          {fillText(t('keywordList'), { keywords: keywords.join(', ') })}
        </p>
      )}
      <p class="small alert-facts">
        {rule.emails.length > 0
          ? fillText(t('emailsTo'), { emails: rule.emails.join(', ') })
          : t('noEmails')}
      </p>
      {firing && (
        <ul class="firing-list small">
          {rule.firing.map((episode) => {
            const since = whenWords(episode.since, i18n);
            return (
              <li key={`${episode.segment?.dimension}:${episode.segment?.value}:${episode.since}`}>
                {episode.segment
                  ? fillText(t('firingSegmentSince'), {
                      segment: segmentWords(episode.segment, i18n),
                      since,
                    })
                  : fillText(t('firingSince'), { since })}
              </li>
            );
          })}
        </ul>
      )}
      <div class="actions">
        {manage &&
          (rule.status === 'active' ? (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => setStatus('paused')}
            >
              {t('pause')}
              <span class="visually-hidden"> {rule.name}</span>
            </button>
          ) : (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => setStatus('active')}
            >
              {t('resume')}
              <span class="visually-hidden"> {rule.name}</span>
            </button>
          ))}
        <button
          type="button"
          class="secondary"
          aria-expanded={showEvents}
          aria-controls={eventsId}
          onClick={() => setShowEvents(!showEvents)}
        >
          {showEvents ? t('hideAlertEvents') : t('showAlertEvents')}
          <span class="visually-hidden"> {rule.name}</span>
        </button>
        {manage && (
          <button type="button" class="link" onClick={() => setAsking(true)}>
            {t('deleteAlert')}
            <span class="visually-hidden"> {rule.name}</span>
          </button>
        )}
      </div>
      {asking && (
        <ConfirmInline
          question={fillText(t('deleteAlertConfirm'), { name: rule.name })}
          confirmLabel={t('deleteAlert')}
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
      <div id={eventsId}>{showEvents && <AlertEvents rule={rule} />}</div>
    </li>
  );
}

/** The rule's latest alerts and all clears, newest first, each as the line it was sent with. */
function AlertEvents({ rule }: { rule: AlertRule }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const events = useAsync((signal) => listAlertEvents(api, rule.id, signal), [api, rule.id]);
  if (events.error) return <LoadError error={events.error} onRetry={events.reload} />;
  if (!events.data) return <Loading />;
  if (events.data.length === 0) return <p class="muted small">{t('noAlertEvents')}</p>;
  return (
    <ol
      class="plain-list alert-events"
      aria-label={fillText(t('alertEventsOf'), { name: rule.name })}
    >
      {events.data.map((event) => (
        <li key={event.id} class="alert-event">
          <span class={`badge event-${event.type}`}>
            {event.type === 'triggered' ? t('alertTriggered') : t('alertResolved')}
          </span>{' '}
          <time class="muted small" dateTime={event.createdAt}>
            {i18n.dateTime(Date.parse(event.createdAt))}
          </time>{' '}
          <span class="event-summary">{event.summary}</span>
        </li>
      ))}
    </ol>
  );
}
