// The dashboard shell: language, the signed-in session, the header and the
// view the URL fragment names. Signed out, only the sign-in form exists.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApiClient } from './api/client';
import { DashboardContext } from './dashboard-context';
import { I18nContext, i18nFor, initialLanguage, isLanguage, rememberLanguage } from './i18n/i18n';
import type { Language } from './i18n/messages';
import { hrefOf, useRoute } from './routing';
import { forgetKey, savedKey, saveKey } from './session';
import { LazySurveyEditor } from './views/editor/lazy-editor';
import { Overview } from './views/overview/overview';
import { SignIn } from './views/sign-in';
import { SurveyList } from './views/survey-list';

export interface AppProps {
  /** The fetch used for every API call (tests route it to an in-process server). */
  fetch?: typeof fetch;
  now?: () => number;
}

export function App({ fetch: fetchFn, now = Date.now }: AppProps) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const [secretKey, setSecretKey] = useState(savedKey);
  const route = useRoute();
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
  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href={hrefOf({ view: 'surveys' })}>
          {t('appName')}
          <span aria-hidden="true"> 声</span>
        </a>
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
          <DashboardContext.Provider value={dashboard}>
            {route.view === 'surveys' && <SurveyList />}
            {route.view === 'overview' && (
              <Overview key={route.surveyId} surveyId={route.surveyId} />
            )}
            {route.view === 'editor' && (
              <LazySurveyEditor key={route.surveyId ?? 'new'} surveyId={route.surveyId} />
            )}
          </DashboardContext.Provider>
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
    </I18nContext.Provider>
  );
}
