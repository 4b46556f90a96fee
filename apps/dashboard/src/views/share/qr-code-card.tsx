// The QR code of the survey's link. The API wants the session (cookie and
// Koe-Site header), which an <img src> at it would not send, and the
// dashboard's policy allows images from itself and data: URLs only: the SVG
// is fetched and shown as a data: URL in an <img>, where SVG never runs
// script. Both downloads are fetched the same way and saved as files.
import { useId, useState } from 'preact/hooks';
import { getQrPng, getQrSvg } from '../../api/links';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { saveBlob } from '../overview/export-buttons';
import { problemText } from '../problem-text';

export const svgDataUrl = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function QrCodeCard({ survey }: { survey: Survey }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const svg = useAsync((signal) => getQrSvg(api, survey.id, signal), [api, survey.id]);
  const [busy, setBusy] = useState<'svg' | 'png' | null>(null);
  const [error, setError] = useState<string>();

  async function download(format: 'svg' | 'png') {
    setBusy(format);
    setError(undefined);
    try {
      const blob =
        format === 'svg'
          ? new Blob([svg.data ?? (await getQrSvg(api, survey.id))], { type: 'image/svg+xml' })
          : await getQrPng(api, survey.id);
      saveBlob(blob, `${survey.id}-qr.${format}`);
    } catch (failure) {
      setError(problemText(failure, i18n));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="card qr-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        {t('qrCode')}
      </h2>
      <p class="muted small">{t('qrHelp')}</p>
      {svg.error && <LoadError error={svg.error} onRetry={svg.reload} />}
      {!svg.data && !svg.error && <Loading />}
      {svg.data && (
        <img class="qr" src={svgDataUrl(svg.data)} alt={t('qrAlt')} width={200} height={200} />
      )}
      <div class="button-row">
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format
              ? t('downloading')
              : t(format === 'svg' ? 'downloadSvg' : 'downloadPng')}
          </button>
        ))}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
