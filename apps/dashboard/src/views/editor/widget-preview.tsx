// The live preview beside the editor: a sandboxed frame running the real
// widget (see preview/preview-frame.ts), sent the draft a moment after each
// change. The frame is sandboxed without allow-same-origin, so its origin is
// opaque and the message goes to "*"; it carries only the draft survey.
import { toWidgetSurvey } from '@koe/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import type { PreviewMessage } from '../../preview/preview-message';
import type { Draft } from './draft';

const DEBOUNCE_MS = 200;

export function WidgetPreview({
  draft,
  surveyId,
  locales,
}: {
  draft: Draft;
  surveyId: string;
  locales: string[];
}) {
  const { t } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [locale, setLocale] = useState(draft.defaultLocale);
  const [round, setRound] = useState(0);
  const shownLocale = locales.includes(locale) ? locale : draft.defaultLocale;

  // `round` is in the inputs so the ↻ button re-sends the same draft.
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      const message: PreviewMessage = {
        kind: 'koe-preview',
        survey: toWidgetSurvey(surveyId, draft),
        locale: shownLocale,
      };
      frame.current?.contentWindow?.postMessage(message, '*');
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [loaded, draft, surveyId, shownLocale, round]);

  return (
    <section class="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title" class="card-title">
        {t('preview')}
      </h2>
      <p class="muted small">{t('previewHelp')}</p>
      <div class="field-row">
        <label class="field">
          <span>{t('previewLocale')}</span>
          <select value={shownLocale} onChange={(event) => setLocale(event.currentTarget.value)}>
            {locales.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" onClick={() => setRound((n) => n + 1)}>
          ↻ {t('preview')}
        </button>
      </div>
      <iframe
        ref={frame}
        class="preview-frame"
        title={t('preview')}
        src="/app/preview.html"
        // allow-forms: the widget's follow-up is a <form> (its submit is handled in script;
        // the frame's CSP has form-action 'none', so nothing is ever posted).
        sandbox="allow-scripts allow-forms"
        onLoad={() => setLoaded(true)}
      />
    </section>
  );
}
