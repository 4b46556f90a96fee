// Survey widgets a site could load instead of koe, and which of their
// published files a page actually downloads to show a survey. The bytes come
// from the registry at bench time (npm-tarball.ts), so they are always the
// latest versions, measured exactly like koe.js.
import { fetchPublishedPackage } from './npm-tarball';

interface Competitor {
  name: string;
  /** Which files, and why those. */
  what: string;
  /** Picks the loaded files by their path inside the package. */
  loads: (path: string) => boolean;
}

const COMPETITORS: Competitor[] = [
  {
    // The snippet loads array.js (the SDK); surveys.js is loaded lazily by it
    // once a survey is active. Both are needed before a survey shows.
    name: 'posthog-js',
    what: 'dist/array.js + dist/surveys.js',
    loads: (path) => path === 'dist/array.js' || path === 'dist/surveys.js',
  },
  {
    // The UMD bundle is the browser build ("require" export) that Formbricks'
    // JS SDK loads to render a survey; question-date is loaded only for date questions.
    name: '@formbricks/surveys',
    what: 'dist/index.umd.js',
    loads: (path) => path === 'dist/index.umd.js',
  },
  {
    // A Stencil build: the "unpkg" loader, the core chunk it imports, the
    // feedback-button component's entry chunk and the stylesheet its docs link.
    name: 'pushfeedback',
    what: 'dist/pushfeedback/ loader, core, component, CSS',
    loads: (path) =>
      /^dist\/pushfeedback\/(pushfeedback\.esm\.js|p-[\w-]+(\.entry)?\.js|pushfeedback\.css)$/.test(
        path,
      ),
  },
];

export type CompetitorBundle =
  | { name: string; version: string; what: string; files: Buffer[] }
  | { name: string; error: string };

/**
 * Every competitor's loaded files, or why the registry could not give them
 * (offline, or a release that moved its files): that row is skipped, not the bench.
 */
export function fetchCompetitorBundles(): Promise<CompetitorBundle[]> {
  return Promise.all(
    COMPETITORS.map(async ({ name, what, loads }) => {
      try {
        const published = await fetchPublishedPackage(name);
        const files = [...published.files].filter(([path]) => loads(path));
        if (files.length === 0) throw new Error(`${name}@${published.version} has no ${what}`);
        return { name, version: published.version, what, files: files.map(([, code]) => code) };
      } catch (error) {
        return { name, error: (error as Error).message };
      }
    }),
  );
}
