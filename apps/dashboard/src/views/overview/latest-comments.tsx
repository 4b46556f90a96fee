// What people said: the latest answers with a comment or reasons, with their
// score, bucket, reasons and touchpoint, under the overview's filters; "Load
// older" reaches further back. The search box searches every comment on the
// server (q=, Japanese without spaces too) and becomes a filter chip; the
// searched text is highlighted. Comments are visitor text: they are
// rendered as text nodes, never as HTML.
import {
  type Bucket,
  bucketsOf,
  NPS_BUCKETS,
  SATISFACTION_BUCKETS,
  type SurveyType,
} from '@koe/core/scales';
import { useEffect, useState } from 'preact/hooks';
import type { StoredResponse, Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import { loadLatest } from '../../latest-responses';
import { LoadError } from '../load-state';

// A screenful; "Load older" brings the next.
const BATCH = 10;
const BUCKETS: readonly string[] = [...NPS_BUCKETS, ...SATISFACTION_BUCKETS];
const isBucket = (name: string): name is Bucket => BUCKETS.includes(name);

export interface LatestCommentsProps {
  survey: Survey;
  from: string;
  to: string;
  tz: string;
  filters: readonly Filter[];
  /** The search box and the bucket choice add filters to the overview. */
  onFilter: (filter: Filter) => void;
}

/** The text with every case-insensitive occurrence of `term` in <mark> (text nodes only). */
function Highlighted({ text, term }: { text: string; term: string | undefined }) {
  const needle = term?.trim().toLocaleLowerCase();
  if (!needle) return <>{text}</>;
  const lower = text.toLocaleLowerCase();
  const parts: Array<string | { mark: string }> = [];
  let at = 0;
  // Lower-casing keeps lengths for the scripts comments are written in; if it
  // does not (rare), show the text unmarked rather than mark the wrong span.
  if (lower.length !== text.length) return <>{text}</>;
  for (let found = lower.indexOf(needle); found !== -1; found = lower.indexOf(needle, at)) {
    parts.push(text.slice(at, found), { mark: text.slice(found, found + needle.length) });
    at = found + needle.length;
  }
  parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? part : <mark key={`${i}-${part.mark}`}>{part.mark}</mark>,
      )}
    </>
  );
}

/** The reason chip's label in the UI language (or the survey's default), else its id. */
export function reasonLabeller(survey: Survey, lang: string) {
  const labels = new Map<string, string>();
  for (const followUp of Object.values(survey.followUp)) {
    for (const reason of followUp.reasons) {
      labels.set(
        reason.id,
        reason.label[lang] ??
          reason.label[survey.defaultLocale] ??
          Object.values(reason.label)[0] ??
          reason.id,
      );
    }
  }
  return (id: string) => labels.get(id) ?? id;
}

export function LatestComments({ survey, from, to, tz, filters, onFilter }: LatestCommentsProps) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const type: SurveyType = survey.type;
  const [search, setSearch] = useState('');
  const params = filterParams(filters);
  const searched = params.q?.[0];
  const [responses, setResponses] = useState<StoredResponse[]>([]);
  const [older, setOlder] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);

  async function load(cursor: string | undefined, append: boolean, signal?: AbortSignal) {
    setLoading(true);
    try {
      const batch = await loadLatest(
        api,
        { surveyId: survey.id, from, to, filters: params, cursor },
        BATCH,
        signal,
      );
      if (signal?.aborted) return;
      setResponses((shown) => (append ? [...shown, ...batch.responses] : batch.responses));
      setOlder(batch.older);
      setError(undefined);
    } catch (failure) {
      if (!signal?.aborted) setError(failure as Error);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }

  // Reload when the period, the filters or the retry count changes.
  const filterKey = JSON.stringify(params);
  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, false, controller.signal);
    return () => controller.abort();
  }, [api, survey.id, from, to, filterKey, attempt]);

  const label = reasonLabeller(survey, i18n.lang);
  const shown = responses;
  const when = new Intl.DateTimeFormat(i18n.lang, {
    timeZone: tz,
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <section class="card comments-card" aria-labelledby="comments-title">
      <h2 id="comments-title" class="card-title">
        {t('comments')}
      </h2>
      <form
        class="controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (search.trim()) onFilter({ key: 'q', value: search.trim() });
          setSearch('');
        }}
      >
        <label class="field">
          <span>{t('bucket')}</span>
          <select
            value=""
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value) onFilter({ key: 'bucket', value });
            }}
          >
            <option value="">{t('allBuckets')}</option>
            {bucketsOf(type).map((name) => (
              <option key={name} value={name}>
                {t(name)}
              </option>
            ))}
          </select>
        </label>
        <label class="field grow">
          <span>{t('search')}</span>
          <input
            type="search"
            value={search}
            maxLength={200}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="secondary">
          {t('searchAll')}
        </button>
      </form>
      {error && <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      <p class="visually-hidden" role="status">
        {loading ? t('loading') : `${shown.length}`}
      </p>
      {!loading && shown.length === 0 && !error && <p class="muted">{t('noComments')}</p>}
      <ul class="comments">
        {shown.map((response) => (
          <li key={response.id} class={`comment bucket-${response.bucket}`}>
            <div class="comment-meta">
              <span class="score-badge">{response.score}</span>
              <span class="bucket-name">
                {isBucket(response.bucket) ? t(response.bucket) : response.bucket}
              </span>
              {response.touchpoint && <span class="tag">{response.touchpoint}</span>}
              <time dateTime={response.receivedAt}>
                {when.format(Date.parse(response.receivedAt))}
              </time>
            </div>
            {response.reasons.length > 0 && (
              <ul class="reasons" aria-label={t('reasons')}>
                {response.reasons.map((reason) => (
                  <li key={reason} class="chip">
                    {label(reason)}
                  </li>
                ))}
              </ul>
            )}
            {response.comment && (
              <p class="comment-text">
                <Highlighted text={response.comment} term={searched} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {older && !loading && (
        <button type="button" class="secondary" onClick={() => void load(older, true)}>
          {t('loadOlder')}
        </button>
      )}
    </section>
  );
}
