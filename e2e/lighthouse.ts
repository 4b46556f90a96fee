// Lighthouse (the npm package, run in this process) against a page, in
// Debian's Chromium started by chrome-launcher (Lighthouse's own launcher and
// its quiet default flags, plus ours): never a downloaded browser. Mobile
// form factor with Lighthouse's default simulated throttling (slow 4G, 4× CPU
// slowdown), as PageSpeed Insights scores a page. Gives the two category
// scores, the headline timings and every URL the page asked for.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser';

export interface LighthouseResult {
  /** 0–100, as the report shows them. */
  performance: number;
  accessibility: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Bytes the page transferred (compressed sizes, headers included). */
  transferBytes: number;
  /** Every URL requested while loading, in order. */
  requests: string[];
  /** "audit-id: title" for each failed accessibility audit. */
  accessibilityFailures: string[];
}

interface NetworkItem {
  url: string;
  transferSize?: number;
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    const network = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items;
    const accessibilityFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.id}: ${audit?.title}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      firstContentfulPaintMs: numeric('first-contentful-paint'),
      largestContentfulPaintMs: numeric('largest-contentful-paint'),
      totalBlockingTimeMs: numeric('total-blocking-time'),
      transferBytes: numeric('total-byte-weight'),
      requests: (network ?? []).map((item) => item.url),
      accessibilityFailures,
    };
  } finally {
    chrome.kill();
  }
}
