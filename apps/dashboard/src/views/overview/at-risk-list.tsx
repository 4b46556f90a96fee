// "At risk": identified respondents by the API's two stated rules (shown
// above the list), newest first, with "Load more" and a CSV of everyone
// listed in the period and filters. Respondent ids, comments and attributes
// are the site's data and stay text; the CSV neutralises formulas.
import { csvLine } from '@koe/core/csv';
import { useEffect, useState } from 'preact/hooks';
import { getAtRisk } from '../../api/endpoints';
import type { AtRiskPage, AtRiskRespondent } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { LoadError, Loading } from '../load-state';
import { TableScroll } from '../table-scroll';
import { saveBlob } from './export-buttons';

const PAGE = 25;
const CSV_PAGE = 1000;

export interface AtRiskListProps {
  surveyId: string;
  from: string;
  to: string;
  tz: string;
  filters: readonly Filter[];
}

const CSV_HEADER = [
  'user_id',
  'rules',
  'response_id',
  'received_at',
  'score',
  'bucket',
  'previous_score',
  'previous_received_at',
  'reasons',
  'comment',
  'attributes',
];

function csvRow(r: AtRiskRespondent): string {
  return csvLine([
    r.userId,
    r.rules.join(' '),
    r.response.id,
    r.response.receivedAt,
    r.response.score,
    r.response.bucket,
    r.previous?.score ?? null,
    r.previous?.receivedAt ?? null,
    r.response.reasons.join(' '),
    r.response.comment,
    JSON.stringify(r.response.attributes),
  ]);
}

export function AtRiskList({ surveyId, from, to, tz, filters }: AtRiskListProps) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [rows, setRows] = useState<AtRiskRespondent[]>([]);
  const [page, setPage] = useState<AtRiskPage>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [exporting, setExporting] = useState(false);
  const params = filterParams(filters);
  const key = JSON.stringify(params);

  async function load(cursor: string | undefined, append: boolean, signal?: AbortSignal) {
    setLoading(true);
    try {
      const next = await getAtRisk(
        api,
        surveyId,
        { from, to, limit: PAGE, ...(cursor && { cursor }), ...params },
        signal,
      );
      if (signal?.aborted) return;
      setRows((shown) => (append ? [...shown, ...next.data] : next.data));
      setPage(next);
      setError(undefined);
    } catch (failure) {
      if (!signal?.aborted) setError(failure as Error);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, false, controller.signal);
    return () => controller.abort();
  }, [api, surveyId, from, to, key, attempt]);

  async function downloadCsv() {
    setExporting(true);
    try {
      const lines = [csvLine(CSV_HEADER)];
      let cursor: string | undefined;
      do {
        const next = await getAtRisk(api, surveyId, {
          from,
          to,
          limit: CSV_PAGE,
          ...(cursor && { cursor }),
          ...params,
        });
        lines.push(...next.data.map(csvRow));
        cursor = next.nextCursor ?? undefined;
      } while (cursor);
      // A byte-order mark, so spreadsheet programs read Japanese right.
      saveBlob(
        new Blob(['\ufeff', ...lines], { type: 'text/csv;charset=utf-8' }),
        `koe-at-risk-${surveyId}.csv`,
      );
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setExporting(false);
    }
  }

  const when = new Intl.DateTimeFormat(i18n.lang, { timeZone: tz, dateStyle: 'medium' });
  return (
    <section class="card" aria-labelledby="at-risk-title">
      <div class="heading-row">
        <h2 id="at-risk-title" class="card-title">
          {t('atRisk')}
        </h2>
        {rows.length > 0 && (
          <button type="button" class="secondary small" disabled={exporting} onClick={downloadCsv}>
            {exporting ? t('exporting') : t('exportCsv')}
          </button>
        )}
      </div>
      {page && (
        <details class="small muted">
          <summary>{t('atRiskHelp')}</summary>
          <ul>
            {Object.entries(page.rules).map(([rule, text]) => (
              <li key={rule}>
                <strong>{t(rule as MessageKey)}</strong>: {text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {loading && rows.length === 0 && !error && <Loading />}
      {!loading && !error && rows.length === 0 && <p class="muted">{t('atRiskNone')}</p>}
      {rows.length > 0 && (
        <TableScroll label={t('atRisk')}>
          <table class="at-risk">
            <thead>
              <tr>
                <th scope="col">{t('respondent')}</th>
                <th scope="col" class="num">
                  {t('score')}
                </th>
                <th scope="col" class="num">
                  {t('previousScore')}
                </th>
                <th scope="col">{t('rules')}</th>
                <th scope="col">{t('comments')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.response.id}>
                  <th scope="row" class="segment-key">
                    {row.userId}
                    <div class="muted small">
                      {when.format(Date.parse(row.response.receivedAt))}
                    </div>
                  </th>
                  <td class="num">{row.response.score}</td>
                  <td class="num">{row.previous?.score ?? '—'}</td>
                  <td>{row.rules.map((rule) => t(rule as MessageKey)).join(', ')}</td>
                  <td class="comment-text">{row.response.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {page?.nextCursor && !loading && (
        <button
          type="button"
          class="secondary"
          onClick={() => void load(page.nextCursor ?? undefined, true)}
        >
          {t('loadOlder')}
        </button>
      )}
    </section>
  );
}
