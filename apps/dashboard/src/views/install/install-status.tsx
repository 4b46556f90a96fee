// The install check: which page origins koe.js fetched the site's surveys
// from (GET /v1/site/installs), in sentences — "Seen on https://shop.example
// 2 minutes ago" — and, for a refused origin, one click to allow it. Polled
// while shown, so a newcomer opening their page sees it appear.
import { useEffect, useRef, useState } from 'preact/hooks';
import { listInstalls } from '../../api/site-admin';
import type { Site, SiteInstall } from '../../api/types';
import { useCurrentSite } from '../../current-site';
import { useDashboard } from '../../dashboard-context';
import { fill, fillText } from '../../i18n/fill';
import { type I18n, useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { LoadError } from '../load-state';
import { saveOrigins } from '../settings/origin-save';

const POLL_MS = 10_000;

/**
 * A refused fetch drops out once the same origin has since been seen allowed:
 * it was fixed. Without an Origin header nothing can be allowed.
 */
export function installsWorthShowing(installs: SiteInstall[]): SiteInstall[] {
  const allowedAt = new Map(
    installs.filter((i) => i.allowed).map((i) => [i.origin, Date.parse(i.lastSeenAt)]),
  );
  return installs.filter(
    (i) => i.allowed || (allowedAt.get(i.origin) ?? 0) < Date.parse(i.lastSeenAt),
  );
}

export function InstallStatus() {
  const { api, now } = useDashboard();
  const { site } = useCurrentSite();
  const i18n = useI18n();
  const { t } = i18n;
  const installs = useAsync((signal) => listInstalls(api, signal), [api, site?.origins.join()]);
  const { reload } = installs;
  const latestReload = useRef(reload);
  latestReload.current = reload;
  useEffect(() => {
    const timer = setInterval(() => latestReload.current(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const shown = installs.data && installsWorthShowing(installs.data);
  // Allowing removes the focused button with its line: say what happened, keep focus in the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const [allowed, setAllowed] = useState<string>();
  const onAllowed = (origin: string) => {
    setAllowed(fillText(t('originAllowed'), { origin }));
    heading.current?.focus();
  };

  return (
    <section class="card settings-section" aria-labelledby="installs-title">
      <div class="heading-row">
        <h2 id="installs-title" class="card-title" tabIndex={-1} ref={heading}>
          {t('installs')}
        </h2>
        <button type="button" class="secondary" onClick={reload}>
          {t('refresh')}
        </button>
      </div>
      <p class="muted small">{t('installsHelp')}</p>
      {installs.error && <LoadError error={installs.error} onRetry={reload} />}
      {shown?.length === 0 && <p>{t('installsNone')}</p>}
      {shown && shown.length > 0 && site && (
        <ul class="plain-list installs">
          {shown.map((install) => (
            <InstallLine
              key={`${install.allowed}:${install.origin}`}
              install={install}
              site={site}
              now={now()}
              i18n={i18n}
              onAllowed={onAllowed}
            />
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {allowed ?? ''}
      </p>
    </section>
  );
}

interface LineProps {
  install: SiteInstall;
  site: Site;
  now: number;
  i18n: I18n;
  onAllowed: (origin: string) => void;
}

function InstallLine({ install, site, now, i18n, onAllowed }: LineProps) {
  const { t } = i18n;
  const ago = i18n.ago(Date.parse(install.lastSeenAt), now);
  const origin = <code class="origin">{install.origin}</code>;
  const count = (
    <span class="muted small"> · {fillText(t('installCount'), { count: install.count })}</span>
  );
  if (install.origin === null)
    return (
      <li class="list-row">
        <span>{fillText(t('installNoOrigin'), { ago })}</span>
        {count}
      </li>
    );
  if (install.allowed)
    return (
      <li class="list-row install allowed">
        <span>{fill(t('installSeen'), { origin, ago })}</span>
        {count}
      </li>
    );
  if (site.origins.includes(install.origin))
    return (
      <li class="list-row install">
        <span>{fill(t('installRefusedNowAllowed'), { origin, ago })}</span>
      </li>
    );
  return <RefusedLine origin={install.origin} site={site} i18n={i18n} onAllowed={onAllowed} />;
}

function RefusedLine({
  origin,
  site,
  i18n,
  onAllowed,
}: Omit<LineProps, 'install' | 'now'> & { origin: string }) {
  const { api } = useDashboard();
  const { changed } = useCurrentSite();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  async function allow() {
    setBusy(true);
    const result = await saveOrigins(api, [...site.origins, origin], i18n);
    setBusy(false);
    if (result.ok) {
      changed(result.site);
      onAllowed(origin);
    } else setProblems(result.messages);
  }
  const button = (
    <button type="button" class="secondary" disabled={busy} onClick={allow}>
      {t('allow')}
      <span class="visually-hidden"> {origin}</span>
    </button>
  );
  return (
    <li class="list-row install refused">
      <span>
        {fill(t('installRefused'), { origin: <code class="origin">{origin}</code>, allow: button })}
      </span>
      {problems.length > 0 && (
        <span class="error" role="alert">
          {problems.join(' ')}
        </span>
      )}
    </li>
  );
}
