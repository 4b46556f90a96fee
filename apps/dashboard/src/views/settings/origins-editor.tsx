// The site's allowed origins: each with Remove, and a field to add one. Every
// change is saved at once (PATCH /v1/site with the whole list); the server
// normalises entries and refuses mistakes with what to write instead.
import { useState } from 'preact/hooks';
import type { Site } from '../../api/types';
import { useCurrentSite } from '../../current-site';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { saveOrigins } from './origin-save';

export function OriginsEditor({ site }: { site: Site }) {
  const { api } = useDashboard();
  const { changed } = useCurrentSite();
  const i18n = useI18n();
  const { t } = i18n;
  const [entry, setEntry] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function save(origins: string[]): Promise<boolean> {
    setBusy(true);
    setSaved(false);
    const result = await saveOrigins(api, origins, i18n);
    setBusy(false);
    if (!result.ok) {
      setProblems(result.messages);
      return false;
    }
    setProblems([]);
    setSaved(true);
    changed(result.site);
    return true;
  }

  async function add(event: Event) {
    event.preventDefault();
    if (!entry.trim()) return;
    if (await save([...site.origins, entry])) setEntry('');
  }

  return (
    <section class="card settings-section" aria-labelledby="origins-title">
      <h2 id="origins-title" class="card-title">
        {t('origins')}
      </h2>
      <p class="muted small" id="origins-help">
        {t('originsHelp')}
      </p>
      <ul class="plain-list">
        {site.origins.map((origin) => (
          <li key={origin} class="list-row">
            <code class="origin">{origin}</code>
            <button
              type="button"
              class="link"
              disabled={busy}
              onClick={() => save(site.origins.filter((o) => o !== origin))}
            >
              {t('removeOrigin')}
              <span class="visually-hidden"> {origin}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="field-row" onSubmit={add} noValidate>
        <label class="field grow">
          <span>{t('newOrigin')}</span>
          <input
            value={entry}
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="https://shop.example"
            aria-describedby="origins-help origins-hint"
            aria-invalid={problems.length ? true : undefined}
            onInput={(event) => {
              setEntry(event.currentTarget.value);
              setSaved(false);
            }}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('addOrigin')}
        </button>
      </form>
      <p class="hint small" id="origins-hint">
        {t('originsLocalHint')}
      </p>
      {problems.length > 0 && (
        <ul class="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {saved ? t('originsSaved') : ''}
      </p>
    </section>
  );
}
