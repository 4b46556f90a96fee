// The dashboard shell: language, the member's session (GET /v1/me), the
// site being looked at, the header and the view the URL path names
// (preact-iso's router; the editor is a lazy chunk). Signed out, only the
// sign-in form exists (and the setup and invitation pages, which work either
// way); signed in, the header names the site (a choice when the member has
// several) and the member.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { getMe, signOut } from './api/accounts';
import { createApiClient } from './api/client';
import { CurrentSiteProvider } from './current-site';
import { type Dashboard, DashboardContext } from './dashboard-context';
import { I18nContext, i18nFor, initialLanguage, isLanguage, rememberLanguage } from './i18n/i18n';
import type { Language } from './i18n/messages';
import { BASE, hrefOf, PATHS, pathOfLegacyFragment } from './routing';
import { chooseSite, savedSiteId, saveSiteId } from './site-choice';
import { useAsync } from './use-async';
import { AcceptInvitation } from './views/account/accept-invitation';
import { FirstSite } from './views/account/first-site';
import { ResetPassword } from './views/account/reset-password';
import { Setup } from './views/account/setup';
import { SignIn } from './views/account/sign-in';
import { LoadError, Loading } from './views/load-state';
import { NotFound } from './views/not-found';
import { Overview } from './views/overview/overview';
import { SiteBadge } from './views/site-badge';
import { SurveyList } from './views/survey-list';

// The editor brings zod (the schema it validates with) and the preview, which
// the everyday pages — the list and the overview — do not need.
const SurveyEditor = lazy(() => import('./views/editor/survey-editor').then((m) => m.SurveyEditor));
// Settings are visited rarely: their code loads on the first visit.
const Settings = lazy(() => import('./views/settings/settings').then((m) => m.Settings));
// So are alerts and digests.
const Alerts = lazy(() => import('./views/alerts/alerts-page').then((m) => m.AlertsPage));
// And sharing a survey (its link, QR code, email snippet and personal links).
const Share = lazy(() => import('./views/share/share-page').then((m) => m.SharePage));

function NewSurvey() {
  return <SurveyEditor surveyId={null} />;
}

function EditSurvey({ surveyId }: { surveyId: string }) {
  return <SurveyEditor key={surveyId} surveyId={surveyId} />;
}

function ShareSurvey({ surveyId }: { surveyId: string }) {
  return <Share key={surveyId} surveyId={surveyId} />;
}

function SurveyOverview({ surveyId }: { surveyId: string }) {
  return <Overview key={surveyId} surveyId={surveyId} />;
}

/** Links from before the dashboard used paths (#/surveys/…) land where they pointed. */
function followLegacyFragment(): void {
  const path = pathOfLegacyFragment(location.hash);
  if (path) history.replaceState(null, '', path);
}

export interface AppProps {
  /** The fetch used for every API call (tests route it to an in-process server). */
  fetch?: typeof fetch;
  now?: () => number;
}

type AccountPage = 'setup' | 'invite' | 'reset' | null;

/** The pages that work signed out as well as in: the setup link and invitation links. */
function accountPageOf(pathname: string): AccountPage {
  if (pathname === PATHS.setup) return 'setup';
  if (pathname === PATHS.invite) return 'invite';
  if (pathname === PATHS.reset) return 'reset';
  return null;
}

export function App({ fetch: fetchFn, now = Date.now }: AppProps) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  useState(followLegacyFragment);
  const [accountPage, setAccountPage] = useState(() => accountPageOf(location.pathname));
  // The member's session is an HttpOnly cookie: GET /v1/me says whether one is open.
  const memberApi = useMemo(() => createApiClient({ fetch: fetchFn }), [fetchFn]);
  const [attempt, setAttempt] = useState(0);
  const account = useAsync((signal) => getMe(memberApi, signal), [memberApi, attempt]);
  const reloadMe = () => {
    setAccountPage(accountPageOf(location.pathname));
    setAttempt((n) => n + 1);
  };
  const me = account.error ? undefined : account.data;
  const [wantedSite, setWantedSite] = useState(savedSiteId);
  const choice = me ? chooseSite(me, wantedSite) : null;

  const dashboard = useMemo((): Dashboard | null => {
    if (!me || !choice?.siteId) return null;
    const signOutNow = () => {
      void signOut(createApiClient({ fetch: fetchFn, csrfToken: me.csrfToken }))
        .catch(() => undefined)
        .then(reloadMe);
    };
    const permissions = new Set(choice.organization.permissions);
    return {
      // A session ended while signed in (elsewhere, by time) shows the sign-in form again.
      api: createApiClient({
        fetch: fetchFn,
        siteId: choice.siteId,
        csrfToken: me.csrfToken,
        onUnauthorized: reloadMe,
      }),
      memberApi: createApiClient({
        fetch: fetchFn,
        csrfToken: me.csrfToken,
        onUnauthorized: reloadMe,
      }),
      now,
      signOut: signOutNow,
      me,
      organization: choice.organization,
      siteId: choice.siteId,
      can: (permission) => permissions.has(permission),
      chooseSite: (siteId) => {
        saveSiteId(siteId);
        setWantedSite(siteId);
      },
      reloadMe,
    };
  }, [me, choice?.siteId, choice?.organization, fetchFn, now]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('appName');
  }, [lang, i18n]);

  const { t } = i18n;
  const signedInApi = me ? createApiClient({ fetch: fetchFn, csrfToken: me.csrfToken }) : memberApi;
  const body = (() => {
    if (account.error) return <LoadError error={account.error} onRetry={reloadMe} />;
    if (account.data === undefined) return <Loading />;
    if (accountPage === 'setup') return <Setup api={memberApi} onDone={reloadMe} />;
    if (accountPage === 'reset') return <ResetPassword api={memberApi} onDone={reloadMe} />;
    if (accountPage === 'invite')
      return <AcceptInvitation api={signedInApi} me={me ?? null} onJoined={reloadMe} />;
    if (!me) return <SignIn api={memberApi} onSignedIn={reloadMe} />;
    if (!choice) return <p class="panel">{t('noOrganization')}</p>;
    if (!dashboard)
      return (
        <FirstSite
          api={signedInApi}
          organization={choice.organization}
          onCreated={(siteId) => {
            saveSiteId(siteId);
            setWantedSite(siteId);
            reloadMe();
          }}
        />
      );
    return (
      <ErrorBoundary>
        <Router>
          <Route path={PATHS.surveys} component={SurveyList} />
          <Route path={PATHS.newSurvey} component={NewSurvey} />
          <Route path={PATHS.overview} component={SurveyOverview} />
          <Route path={PATHS.editor} component={EditSurvey} />
          <Route path={PATHS.share} component={ShareSurvey} />
          <Route path={PATHS.alerts} component={Alerts} />
          <Route path={PATHS.settings} component={Settings} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    );
  })();

  const page = (
    <>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href={hrefOf({ view: 'surveys' })}>
          {t('appName')}
          <span aria-hidden="true"> 声</span>
        </a>
        {dashboard && !accountPage && <SiteBadge />}
        <div class="top-actions">
          <label class="inline-field">
            <span>{t('language')}</span>
            <select
              value={lang}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isLanguage(value)) {
                  rememberLanguage(value);
                  setLang(value);
                }
              }}
            >
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </select>
          </label>
          {me && (
            <span class="muted small member-email" title={me.user.name}>
              {me.user.email}
            </span>
          )}
          {me && (
            <button
              type="button"
              class="secondary"
              onClick={() =>
                void signOut(signedInApi)
                  .catch(() => undefined)
                  .then(reloadMe)
              }
            >
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
  return (
    <LocationProvider scope={BASE}>
      <I18nContext.Provider value={i18n}>
        {dashboard && !accountPage ? (
          // The site is loaded once for the header and every view.
          <DashboardContext.Provider value={dashboard}>
            <CurrentSiteProvider key={dashboard.siteId}>{page}</CurrentSiteProvider>
          </DashboardContext.Provider>
        ) : (
          page
        )}
      </I18nContext.Provider>
    </LocationProvider>
  );
}
