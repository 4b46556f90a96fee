// Where the analyst is, in the URL path under /app (the server answers every
// /app/* path with this page), with the view's choices — period, interval,
// time zone — in the query string, so a link to a survey shows what its
// sender saw, after a reload too. The URL never holds the key or anything
// else secret. preact-iso's LocationProvider turns clicks on these links
// into history navigation.

export const BASE = '/app';

export type Route =
  | { view: 'surveys' }
  | { view: 'overview'; surveyId: string }
  | { view: 'editor'; surveyId: string | null }
  | { view: 'share'; surveyId: string }
  | { view: 'alerts' }
  | { view: 'settings' };

/** Route patterns for preact-iso's Router. */
export const PATHS = {
  surveys: BASE,
  newSurvey: `${BASE}/surveys/new`,
  overview: `${BASE}/surveys/:surveyId`,
  editor: `${BASE}/surveys/:surveyId/edit`,
  share: `${BASE}/surveys/:surveyId/share`,
  alerts: `${BASE}/alerts`,
  settings: `${BASE}/settings`,
  /** The first-run link the server prints: /app/setup?token=… */
  setup: `${BASE}/setup`,
  /** An invitation link: /app/invite?token=… */
  invite: `${BASE}/invite`,
  /** A password reset link from an email: /app/reset?token=… */
  reset: `${BASE}/reset`,
} as const;

export function hrefOf(route: Route, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  const path = (() => {
    switch (route.view) {
      case 'surveys':
        return BASE;
      case 'overview':
        return `${BASE}/surveys/${encodeURIComponent(route.surveyId)}`;
      case 'editor':
        return route.surveyId === null
          ? PATHS.newSurvey
          : `${BASE}/surveys/${encodeURIComponent(route.surveyId)}/edit`;
      case 'share':
        return `${BASE}/surveys/${encodeURIComponent(route.surveyId)}/share`;
      case 'alerts':
        return PATHS.alerts;
      case 'settings':
        return PATHS.settings;
    }
  })();
  return search ? `${path}?${search}` : path;
}

/**
 * The path an old fragment link (#/surveys/…, from before the dashboard used
 * paths) stands for, so bookmarks keep working; null for any other fragment.
 */
export function pathOfLegacyFragment(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const parts = hash.slice(2).split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new') return hrefOf({ view: 'editor', surveyId: null });
  if (parts[0] === 'surveys' && parts[1]) {
    return hrefOf(
      parts[2] === 'edit'
        ? { view: 'editor', surveyId: parts[1] }
        : { view: 'overview', surveyId: parts[1] },
    );
  }
  return BASE;
}
