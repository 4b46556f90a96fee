// bench/host-page: what koe costs the page it is pasted into, in Chromium. A
// shop page (shop-page.ts) on its own origin loads the real snippet from a
// real koe server process. Its one active survey shows on page view of
// /checkout: there the widget loads, fetches its surveys and renders its
// dialog; on /product (the same page) koe loads and shows nothing, which is
// what most page views are. The same page without the snippet is the
// baseline; the same page reading localStorage and fetching the survey list
// in an inline script is the floor any loader stands on (in a fresh context,
// Chromium counts opening storage and the first fetch as script time). All
// are loaded BENCH_PAGE_LOADS times
// (default 20, after a warm-up), interleaved so drift in the machine's load
// hits all alike, each in a fresh context (a first visit); medians are
// reported with the difference koe makes, and the bytes koe sent. With
// BENCH_COMPARE_WIDGET=<folder of another build> the survey page is also
// loaded with that build and with this one, both from the shop's origin.
// Where the no-survey page's script time goes is then read from V8's CPU
// profile of BENCH_PROFILED_LOADS more loads (default 10): the main thread's
// samples under koe.js, on the page as pasted and on one whose inline script
// has already read localStorage and fetched, so that the browser's first-use
// work for those two calls (in a fresh context, opening the origin's storage
// and the first script-initiated request: milliseconds, which ScriptDuration
// counts as script) is told apart from koe's own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAvailable } from '../../e2e/browser';
import { fixturePage, startWidgetHost } from '../../e2e/widget-host';
import { buildWorkspace } from '../build';
import { writeResults } from '../results';
import { median, printTable } from '../table';
import { type LoadMetrics, measureLoad, profileLoad, type ScriptProfile } from './measure-load';
import { shopPage } from './shop-page';

const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 20);
const WARM_UP = 3;
const PROFILED_LOADS = Number(process.env.BENCH_PROFILED_LOADS ?? 10);

if (!browserAvailable()) process.exit(0);
buildWorkspace(fileURLToPath(new URL('../../packages/widget', import.meta.url)));

/** The identical page with the two snippet lines taken out. */
function withoutSnippet(html: string): string {
  const snippet =
    /<script>window\.koe=[^\n]*\n<script async src="[^"]*\/koe\.js"[^>]*><\/script>\n/;
  if (!snippet.test(html)) throw new Error('the fixture page no longer has the snippet');
  return html.replace(snippet, '');
}

type Variant = 'without' | 'floor' | 'floorQuiet' | 'quiet' | 'survey';

/**
 * The page without koe but with what any loader must do on every page, in
 * an inline script: read localStorage once (eligibility, answers waiting)
 * and fetch the survey list. In a fresh browser context Chromium counts
 * opening the origin's storage and its first fetch as script time.
 */
function withFloor(html: string, koeUrl: string, siteKey: string, query = ''): string {
  return html.replace(
    '</head>',
    `<script>localStorage.getItem('koe:queue');fetch('${koeUrl}/v1/sites/${siteKey}/surveys${query}',{credentials:'omit'})</script></head>`,
  );
}

const host = await startWidgetHost('bench-host-page');
try {
  // Shown on the checkout page only: the product page loads koe and shows nothing.
  await host.createSurvey({
    name: 'Shop NPS',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend Example Ceramics to a friend?' },
    trigger: {
      on: 'pageview',
      urls: [{ match: 'startsWith', value: '/checkout' }],
      delaySeconds: 0,
    },
  });
  const withKoe = fixturePage(host.siteKey, host.koeUrl, shopPage());
  const pages: Record<Variant, string> = {
    without: '/without-koe',
    floor: '/storage-and-fetch-only',
    floorQuiet: '/storage-and-fetch-then-koe',
    quiet: '/product',
    survey: '/checkout',
  };
  host.page(pages.survey, withKoe);
  host.page(pages.quiet, withKoe);
  host.page(pages.without, withoutSnippet(withKoe));
  host.page(pages.floor, withFloor(withoutSnippet(withKoe), host.koeUrl, host.siteKey));
  // The quiet page whose inline script has paid the platform's first-use
  // costs (opening storage, the first fetch) before koe.js runs: what remains
  // is koe's own script. Another query, so koe's request is not a cache hit.
  host.page(pages.floorQuiet, withFloor(withKoe, host.koeUrl, host.siteKey, '?floor'));

  // BENCH_COMPARE_WIDGET names a folder holding another build's koe.js (and
  // koe-ui.js, if it has one), e.g. the previous release: both builds are then
  // also served from the shop's own origin, as from a CDN, and compared.
  const compareDir = process.env.BENCH_COMPARE_WIDGET;
  const builds = compareDir
    ? {
        before: compareDir,
        after: fileURLToPath(new URL('../../packages/widget/dist', import.meta.url)),
      }
    : undefined;
  for (const [name, dir] of Object.entries(builds ?? {})) {
    for (const file of ['koe.js', 'koe-ui.js'])
      if (existsSync(join(dir, file)))
        host.page(`/cdn-${name}/${file}`, readFileSync(join(dir, file)), 'text/javascript');
    host.page(
      `/checkout/${name}`,
      withKoe.replace(
        /<script async src="[^"]*\/koe\.js"/,
        `<script async src="${host.hostUrl}/cdn-${name}/koe.js" data-host="${host.koeUrl}"`,
      ),
    );
  }
  const compared: Record<string, LoadMetrics[]> = { before: [], after: [] };

  const runs: Record<Exclude<Variant, 'floorQuiet'>, LoadMetrics[]> = {
    without: [],
    floor: [],
    quiet: [],
    survey: [],
  };
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    for (const variant of ['without', 'floor', 'quiet', 'survey'] as const) {
      const metrics = await measureLoad(
        host.browser,
        `${host.hostUrl}${pages[variant]}`,
        variant === 'survey',
        host.koeUrl,
      );
      if (i >= WARM_UP) runs[variant].push(metrics);
    }
    for (const name of builds ? (['before', 'after'] as const) : []) {
      const metrics = await measureLoad(
        host.browser,
        `${host.hostUrl}/checkout/${name}`,
        true,
        host.hostUrl,
      );
      if (i >= WARM_UP) compared[name]?.push(metrics);
    }
  }

  const medianOf = (variant: keyof typeof runs, pick: (m: LoadMetrics) => number) =>
    median(runs[variant].map(pick));
  const measures: Array<{ what: string; pick: (m: LoadMetrics) => number; digits: number }> = [
    { what: 'script execution ms (CDP ScriptDuration)', pick: (m) => m.scriptMs, digits: 1 },
    { what: 'style recalc + layout ms', pick: (m) => m.styleLayoutMs, digits: 1 },
    { what: 'long tasks (> 50 ms) per load', pick: (m) => m.longTasks, digits: 0 },
    { what: 'long tasks total ms', pick: (m) => m.longTaskMs, digits: 0 },
    { what: "koe's scripts, bytes on the wire", pick: (m) => m.scriptBytes, digits: 0 },
    { what: 'all bytes from koe (scripts, survey list)', pick: (m) => m.koeBytes, digits: 0 },
  ];
  const signed = (difference: number, digits: number) =>
    `${difference >= 0 ? '+' : '−'}${Math.abs(difference).toFixed(digits)}`;
  const rows = measures.map(({ what, pick, digits }) => {
    const baseline = medianOf('without', pick);
    const floor = medianOf('floor', pick);
    const quiet = medianOf('quiet', pick);
    const survey = medianOf('survey', pick);
    return {
      what,
      baseline: baseline.toFixed(digits),
      floor: floor.toFixed(digits),
      quiet: quiet.toFixed(digits),
      quietAdds: signed(quiet - baseline, digits),
      survey: survey.toFixed(digits),
      surveyAdds: signed(survey - baseline, digits),
    };
  });
  const dialogMs = medianOf('survey', (m) => m.dialogMs ?? Number.NaN).toFixed(0);
  // Where the no-survey page's script time goes: V8's CPU profile of further
  // loads, the samples under koe.js, with and without the platform's first
  // storage read and fetch paid by an inline script before koe.js runs.
  const profiles: Record<'quiet' | 'floorQuiet', ScriptProfile[]> = { quiet: [], floorQuiet: [] };
  for (let i = 0; i < PROFILED_LOADS; i++)
    for (const variant of ['quiet', 'floorQuiet'] as const)
      profiles[variant].push(
        await profileLoad(host.browser, `${host.hostUrl}${pages[variant]}`, '/koe.js'),
      );
  const profiled = (variant: 'quiet' | 'floorQuiet', pick: (p: ScriptProfile) => number) =>
    median(profiles[variant].map(pick)).toFixed(1);

  console.log(`median of ${LOADS} loads each (after ${WARM_UP} warm-up), fresh context per load\n`);
  printTable(
    [
      'per page load',
      'without koe',
      'storage + fetch only',
      'koe, no survey',
      'adds',
      'koe, survey shown',
      'adds',
    ],
    [
      ...rows.map((r) => [
        r.what,
        r.baseline,
        r.floor,
        r.quiet,
        r.quietAdds,
        r.survey,
        r.surveyAdds,
      ]),
      ['survey dialog shown, ms after navigation start', '', '', '', '', dialogMs, ''],
    ],
  );
  if (builds) {
    const of = (name: string, pick: (m: LoadMetrics) => number) =>
      median((compared[name] ?? []).map(pick));
    console.log(
      `\nsurvey shown, both builds served from the shop's origin (before: ${builds.before})\n`,
    );
    printTable(
      ['per page load', 'before', 'after'],
      [
        ['survey dialog shown, ms after navigation start', 'dialogMs', 0],
        ['script execution ms (CDP ScriptDuration)', 'scriptMs', 1],
        ["koe's scripts, bytes on the wire", 'scriptBytes', 0],
      ].map(([what, key, digits]) => [
        what as string,
        ...['before', 'after'].map((name) =>
          of(name, (m) => (m[key as keyof LoadMetrics] as number) ?? Number.NaN).toFixed(
            digits as number,
          ),
        ),
      ]),
    );
  }
  console.log(
    '\nstorage + fetch only: the page without koe, reading localStorage once and fetching the survey list in an inline script — what any loader must do on every page; in a fresh context Chromium counts opening storage and the first fetch as script time.',
  );
  console.log(
    `\nno survey shown: main-thread time under koe.js (V8 CPU profile, 50 µs samples, median of ${PROFILED_LOADS} more loads)\n`,
  );
  printTable(
    ['koe.js on the no-survey page', 'as pasted', 'after the page read storage and fetched'],
    [
      ['all samples under koe.js, ms', (p: ScriptProfile) => p.totalMs] as const,
      ["in koe.js's own functions, ms", (p: ScriptProfile) => p.ownMs] as const,
    ].map(([what, pick]) => [what, profiled('quiet', pick), profiled('floorQuiet', pick)]),
  );
  console.log(
    "\nThe difference between the columns is the browser's first-use work that koe's first localStorage read and first fetch wait for in a fresh context (opening the origin's storage; the first script-initiated request): the same calls cost next to nothing once the page has made them. Its own functions include the Blink work that has no frame of its own (opening storage shows as time in koe's storage read).",
  );
  for (const variant of ['quiet', 'survey'] as const)
    console.log(`\n${pages[variant]} fetched from koe: ${runs[variant][0]?.fetched.join(', ')}`);

  const section = `host page in Chromium: median of ${LOADS} loads, with koe vs without`;
  writeResults({
    name: 'host-page',
    rows: [
      ...rows.flatMap((r) => [
        {
          section,
          what: `${r.what}, no koe: localStorage read + survey list fetch only`,
          koe: r.floor,
          baseline: r.baseline,
          ratio: signed(Number(r.floor) - Number(r.baseline), 1),
        },
        {
          section,
          what: `${r.what}, no survey shown`,
          koe: r.quiet,
          baseline: r.baseline,
          ratio: r.quietAdds,
        },
        {
          section,
          what: `${r.what}, survey shown`,
          koe: r.survey,
          baseline: r.baseline,
          ratio: r.surveyAdds,
        },
      ]),
      {
        section,
        what: 'ms under koe.js, no survey shown (CPU profile)',
        koe: profiled('quiet', (p) => p.totalMs),
        baseline: '',
        ratio: 'ms',
      },
      {
        section,
        what: "ms under koe.js, no survey shown, the page's first storage read and fetch already made",
        koe: profiled('floorQuiet', (p) => p.totalMs),
        baseline: '',
        ratio: 'ms',
      },
      {
        section,
        what: 'survey dialog shown, ms after navigation start',
        koe: dialogMs,
        baseline: '',
        ratio: 'ms',
      },
    ],
    notes: [
      `Host page: a shop page (48 product cards, its own CSS and script) served from 127.0.0.1, with the snippet loading koe.js from a koe server on another port, whose one active survey shows on page view of /checkout only: /product loads koe and shows nothing, /checkout shows the survey; each load is a first visit in a fresh browser context, measured until 500 ms after the dialog (or load). Bytes are encoded bodies as Chromium received them.`,
    ],
  });
} finally {
  await host.close();
}
