// CSV and NDJSON exports of the chosen period. The export endpoints need the
// secret key in a header, so a plain link cannot download them (a key in a
// URL would leak into history and logs): fetch → Blob → object URL → click.
import { useState } from 'preact/hooks';
import { type ExportFormat, exportResponses } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { type Filter, filterParams } from '../../filters';
import { useI18n } from '../../i18n/i18n';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by now; let the browser read it first.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButtons({
  surveyId,
  from,
  to,
  filters,
}: {
  surveyId: string;
  from: string;
  to: string;
  /** The overview's filters: the export holds the answers shown. */
  filters: readonly Filter[];
}) {
  const { api } = useDashboard();
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string>();

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(undefined);
    try {
      const blob = await exportResponses(api, surveyId, format, {
        from,
        to,
        ...filterParams(filters),
      });
      saveBlob(blob, `${surveyId}-${from.slice(0, 10)}-${to.slice(0, 10)}.${format}`);
    } catch (failure) {
      setError(`${t('errorPrefix')} ${(failure as Error).message}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset class="export">
      <legend class="muted">{t('export')}</legend>
      {(['csv', 'ndjson'] as const).map((format) => (
        <button
          key={format}
          type="button"
          class="secondary"
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {busy === format ? t('exporting') : t(format === 'csv' ? 'exportCsv' : 'exportNdjson')}
        </button>
      ))}
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
