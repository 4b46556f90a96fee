// Where the analyst is, kept in the URL fragment so the server only ever
// serves one page (/app) and a link to a survey works after a reload. The
// fragment never holds the key or anything else secret.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'surveys' }
  | { view: 'overview'; surveyId: string }
  | { view: 'editor'; surveyId: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new') return { view: 'editor', surveyId: null };
  if (parts[0] === 'surveys' && parts[1]) {
    return parts[2] === 'edit'
      ? { view: 'editor', surveyId: parts[1] }
      : { view: 'overview', surveyId: parts[1] };
  }
  return { view: 'surveys' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'surveys':
      return '#/';
    case 'overview':
      return `#/surveys/${encodeURIComponent(route.surveyId)}`;
    case 'editor':
      return route.surveyId === null
        ? '#/new'
        : `#/surveys/${encodeURIComponent(route.surveyId)}/edit`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
