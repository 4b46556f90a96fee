// bench/host-page: what koe costs the page it is pasted into, in Chromium. A
// shop page (shop-page.ts) on its own origin loads the real snippet from a
// real koe server process, with an active survey shown on page view, so the
// widget loads, fetches its surveys and renders its dialog. The same page
// without the snippet is the baseline. Both are loaded BENCH_PAGE_LOADS times
// (default 20, after a warm-up), interleaved so drift in the machine's load
// hits both alike, each in a fresh context (a first visit); medians are
// reported with the difference koe makes.
import { fileURLToPath } from 'node:url';
import { browserAvailable } from '../../e2e/browser';
import { fixturePage, startWidgetHost } from '../../e2e/widget-host';
import { buildWorkspace } from '../build';
import { writeResults } from '../results';
import { median, printTable } from '../table';
import { type LoadMetrics, measureLoad } from './measure-load';
import { shopPage } from './shop-page';

const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 20);
const WARM_UP = 3;

if (!browserAvailable()) process.exit(0);
buildWorkspace(fileURLToPath(new URL('../../packages/widget', import.meta.url)));

/** The identical page with the two snippet lines taken out. */
function withoutSnippet(html: string): string {
  const snippet =
    /<script>window\.koe=[^\n]*\n<script async src="[^"]*\/koe\.js"[^>]*><\/script>\n/;
  if (!snippet.test(html)) throw new Error('the fixture page no longer has the snippet');
  return html.replace(snippet, '');
}

const host = await startWidgetHost('bench-host-page');
try {
  await host.createSurvey({
    name: 'Shop NPS',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend Example Ceramics to a friend?' },
    trigger: { on: 'pageview', urls: [], delaySeconds: 0 },
  });
  const withKoe = fixturePage(host.siteKey, host.koeUrl, shopPage());
  host.page('/with-koe', withKoe);
  host.page('/without-koe', withoutSnippet(withKoe));

  const runs: Record<'with' | 'without', LoadMetrics[]> = { with: [], without: [] };
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    const without = await measureLoad(host.browser, `${host.hostUrl}/without-koe`, false);
    const withWidget = await measureLoad(host.browser, `${host.hostUrl}/with-koe`, true);
    if (i < WARM_UP) continue;
    runs.without.push(without);
    runs.with.push(withWidget);
  }

  const medianOf = (variant: 'with' | 'without', pick: (m: LoadMetrics) => number) =>
    median(runs[variant].map(pick));
  const measures: Array<{ what: string; pick: (m: LoadMetrics) => number; digits: number }> = [
    { what: 'script execution ms (CDP ScriptDuration)', pick: (m) => m.scriptMs, digits: 1 },
    { what: 'style recalc + layout ms', pick: (m) => m.styleLayoutMs, digits: 1 },
    { what: 'long tasks (> 50 ms) per load', pick: (m) => m.longTasks, digits: 0 },
    { what: 'long tasks total ms', pick: (m) => m.longTaskMs, digits: 0 },
  ];
  const rows = measures.map(({ what, pick, digits }) => {
    const koe = medianOf('with', pick);
    const baseline = medianOf('without', pick);
    const difference = koe - baseline;
    return {
      what,
      koe: koe.toFixed(digits),
      baseline: baseline.toFixed(digits),
      difference: `${difference >= 0 ? '+' : '−'}${Math.abs(difference).toFixed(digits)}`,
    };
  });
  const dialogMs = medianOf('with', (m) => m.dialogMs ?? Number.NaN).toFixed(0);

  console.log(`median of ${LOADS} loads each (after ${WARM_UP} warm-up), fresh context per load\n`);
  printTable(
    ['per page load', 'without koe', 'with koe', 'koe adds'],
    [
      ...rows.map((r) => [r.what, r.baseline, r.koe, r.difference]),
      ['survey dialog shown, ms after navigation start', '', dialogMs, ''],
    ],
  );

  const section = `host page in Chromium: median of ${LOADS} loads, with koe vs without`;
  writeResults({
    name: 'host-page',
    rows: [
      ...rows.map((r) => ({
        section,
        what: r.what,
        koe: r.koe,
        baseline: r.baseline,
        ratio: r.difference,
      })),
      {
        section,
        what: 'survey dialog shown, ms after navigation start',
        koe: dialogMs,
        baseline: '',
        ratio: 'ms',
      },
    ],
    notes: [
      `Host page: a shop page (48 product cards, its own CSS and script) served from 127.0.0.1, with the snippet loading koe.js and an active page-view survey from a koe server on another port; each load is a first visit in a fresh browser context, measured until 500 ms after the dialog (or load).`,
    ],
  });
} finally {
  await host.close();
}
