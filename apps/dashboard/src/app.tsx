// The dashboard shell: language, the signed-in session, the header and the
// view the URL path names (preact-iso's router; the editor is a lazy chunk).
// Signed out, only the sign-in form exists; signed in, the header names the
// site (with a link to its Settings).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { createApiClient } from './api/client';
import { CurrentSiteProvider } from './current-site';
import { DashboardContext } from './dashboard-context';
import { I18nContext, i18nFor, initialLanguage, isLanguage, rememberLanguage } from './i18n/i18n';
import type { Language } from './i18n/messages';
import { BASE, hrefOf, PATHS, pathOfLegacyFragment } from './routing';
import { forgetKey, savedKey, saveKey } from './session';
import { NotFound } from './views/not-found';
import { Overview } from './views/overview/overview';
import { SignIn } from './views/sign-in';
import { SiteBadge } from './views/site-badge';
import { SurveyList } from './views/survey-list';

// The editor brings zod (the schema it validates with) and the preview, which
// the everyday pages — the list and the overview — do not need.
const SurveyEditor = lazy(() => import('./views/editor/survey-editor').then((m) => m.SurveyEditor));
// Settings are visited rarely: their code loads on the first visit.
const Settings = lazy(() => import('./views/settings/settings').then((m) => m.Settings));

function NewSurvey() {
  return <SurveyEditor surveyId={null} />;
}

function EditSurvey({ surveyId }: { surveyId: string }) {
  return <SurveyEditor key={surveyId} surveyId={surveyId} />;
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

export function App({ fetch: fetchFn, now = Date.now }: AppProps) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const [secretKey, setSecretKey] = useState(savedKey);
  useState(followLegacyFragment);
  const dashboard = useMemo(() => {
    if (!secretKey) return null;
    const signOut = () => {
      forgetKey();
      setSecretKey(null);
    };
    // A key revoked while signed in ends the session instead of failing every view.
    return { api: createApiClient(secretKey, fetchFn, signOut), now, signOut };
  }, [secretKey, fetchFn, now]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('appName');
  }, [lang, i18n]);

  const { t } = i18n;
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
        {dashboard && <SiteBadge />}
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
          {dashboard && (
            <button type="button" class="secondary" onClick={dashboard.signOut}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {dashboard ? (
          <ErrorBoundary>
            <Router>
              <Route path={PATHS.surveys} component={SurveyList} />
              <Route path={PATHS.newSurvey} component={NewSurvey} />
              <Route path={PATHS.overview} component={SurveyOverview} />
              <Route path={PATHS.editor} component={EditSurvey} />
              <Route path={PATHS.settings} component={Settings} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        ) : (
          <SignIn
            fetch={fetchFn}
            onSignedIn={(key) => {
              saveKey(key);
              setSecretKey(key);
            }}
          />
        )}
      </main>
    </>
  );
  return (
    <LocationProvider scope={BASE}>
      <I18nContext.Provider value={i18n}>
        {dashboard ? (
          // The site is loaded once for the header and every view.
          <DashboardContext.Provider value={dashboard}>
            <CurrentSiteProvider>{page}</CurrentSiteProvider>
          </DashboardContext.Provider>
        ) : (
          page
        )}
      </I18nContext.Provider>
    </LocationProvider>
  );
}
