// The digest email's HTML (apps/server/src/digests/digest-mail.ts) in
// Chromium, as a mail client's web view shows it: at 600 px (desktop
// clients) and 390 px (phones), nothing wider than the window down to 320
// px, and each screenshot compared with its committed reference (visual.ts:
// tolerance, diff images, KOE_UPDATE_SCREENSHOTS=1 to update). Two digests:
// an NPS week with a significant drop, negative bars, a bucket with too few
// answers, a long unbroken comment and a script in a comment; a CSAT month
// with too few answers and reasons ranked by count.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestData } from '../apps/server/src/digests/digest-data';
import { digestMail } from '../apps/server/src/digests/digest-mail';
import { browserAvailable, launchChromium } from './browser';
import { compareWithReference } from './visual';

const WEEK_MS = 7 * 86_400_000;
// Monday 23 November 2026, 00:00 in Berlin.
const MONDAY = Date.UTC(2026, 10, 22, 23);

const weeks = (values: Array<[number | null, number]>) =>
  values.map(([value, n], i) => ({
    from: MONDAY - (values.length - 1 - i) * WEEK_MS,
    to: MONDAY - (values.length - 2 - i) * WEEK_MS,
    value,
    n,
  }));

/** Months in New York: each from its first instant to the next one's (1 December last). */
const months = (values: Array<[from: number, value: number | null, n: number]>) =>
  values.map(([from, value, n], i) => ({
    from,
    to: values[i + 1]?.[0] ?? Date.UTC(2026, 11, 1, 5),
    value,
    n,
  }));

const NPS_WEEK: DigestData = {
  site: { id: 'site_acme', name: 'Acme Outdoor <Shop>' },
  survey: { id: 'srv_checkout', name: 'Checkout experience', type: 'nps' },
  interval: 'week',
  timeZone: 'Europe/Berlin',
  generatedAt: Date.UTC(2026, 11, 1, 7),
  period: { from: MONDAY, to: MONDAY + WEEK_MS },
  previousPeriod: { from: MONDAY - WEEK_MS, to: MONDAY },
  score: { value: -8.3, low: -21.9, high: 5.6, n: 132, lowN: false },
  previous: { value: 14.2, low: 1.8, high: 26.1, n: 141, lowN: false },
  comparison: { delta: -22.5, low: -40.8, high: -4.2, p: 0.016, significant: true },
  reasonsRankedBy: 'impact',
  reasons: [
    {
      id: 'delivery',
      label: 'Delivery took too long',
      count: 31,
      percent: 23.5,
      impact: 12.4,
      impactLow: 6.1,
      impactHigh: 18.7,
    },
    {
      id: 'price',
      label: 'Price & shipping costs',
      count: 24,
      percent: 18.2,
      impact: 7.9,
      impactLow: 2.2,
      impactHigh: 13.6,
    },
    {
      id: 'payment',
      label: 'Payment options',
      count: 9,
      percent: 6.8,
      impact: 2.1,
      impactLow: -1.4,
      impactHigh: 5.6,
    },
  ],
  comments: [
    {
      id: 'r1',
      text: '<script>alert("digest")</script> The parcel arrived a week late and nobody answered my emails.',
    },
    {
      id: 'r2',
      text: 'Tracking link: https://tracking.example/parcels/ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnop',
    },
    { id: 'r3', text: 'Great tent, easy checkout.\nWould buy again.' },
  ],
  trend: weeks([
    [21.4, 118],
    [18.9, 127],
    [null, 12],
    [24.0, 150],
    [19.3, 139],
    [16.8, 133],
    [14.2, 141],
    [-8.3, 132],
  ]),
};

const CSAT_MONTH: DigestData = {
  site: { id: 'site_acme', name: 'Acme Outdoor' },
  survey: { id: 'srv_returns', name: 'Returns desk satisfaction', type: 'csat' },
  interval: 'month',
  timeZone: 'America/New_York',
  generatedAt: Date.UTC(2026, 11, 1, 14),
  period: { from: Date.UTC(2026, 10, 1, 4), to: Date.UTC(2026, 11, 1, 5) },
  previousPeriod: { from: Date.UTC(2026, 9, 2, 4), to: Date.UTC(2026, 10, 1, 4) },
  score: { value: 72.7, low: 43.4, high: 90.3, n: 11, lowN: true },
  previous: { value: 64.3, low: 38.8, high: 83.7, n: 14, lowN: true },
  comparison: { delta: 8.4, low: -27.1, high: 43.9, p: 0.65, significant: false },
  reasonsRankedBy: 'count',
  reasons: [
    {
      id: 'wait',
      label: 'Waiting time',
      count: 4,
      percent: 36.4,
      impact: null,
      impactLow: null,
      impactHigh: null,
    },
    {
      id: 'label',
      label: 'Return label',
      count: 2,
      percent: 18.2,
      impact: null,
      impactLow: null,
      impactHigh: null,
    },
  ],
  comments: [],
  trend: months([
    [Date.UTC(2026, 5, 1, 4), 81.0, 42],
    [Date.UTC(2026, 6, 1, 4), 78.4, 37],
    [Date.UTC(2026, 7, 1, 4), 75.0, 24],
    [Date.UTC(2026, 8, 1, 4), null, 17],
    [Date.UTC(2026, 9, 1, 4), null, 14],
    [Date.UTC(2026, 10, 1, 4), null, 11],
  ]),
};

const mailOf = (data: DigestData) =>
  digestMail(data, {
    to: 'team@acme.example',
    surveyUrl: `https://koe.acme.example/app/surveys/${data.survey.id}`,
    unsubscribeUrl: 'https://koe.acme.example/digests/unsubscribe/dgs_0123456789',
  });

const CASES = [
  { name: 'digest-nps-week-600', data: NPS_WEEK, width: 600 },
  { name: 'digest-nps-week-390', data: NPS_WEEK, width: 390 },
  { name: 'digest-csat-month-390', data: CSAT_MONTH, width: 390 },
];

const available = browserAvailable();
let browser: Browser;

beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function show(html: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  // As a mail client's web view: no script runs, nothing is fetched.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

describe.skipIf(!available)('digest email in Chromium', () => {
  for (const { name, data, width } of CASES) {
    it(`${name}: fits and looks as its reference`, async () => {
      const { html } = mailOf(data);
      const page = await show(html, width);
      try {
        const { scrollWidth, clientWidth } = await overflow(page);
        expect(scrollWidth, `${name} is wider than ${width} px`).toBeLessThanOrEqual(clientWidth);
        // The script in a comment is text on the page, never an element.
        expect(await page.locator('script, svg, img').count()).toBe(0);
        if (data === NPS_WEEK)
          expect(await page.textContent('body')).toContain('<script>alert("digest")</script>');
        const png = PNG.sync.read(await page.screenshot({ fullPage: true }));
        const { failure } = compareWithReference('chromium', name, png);
        expect(failure).toBeNull();
      } finally {
        await page.close();
      }
    });
  }

  it('stays inside the window from 320 to 600 px', async () => {
    for (const data of [NPS_WEEK, CSAT_MONTH]) {
      for (const width of [320, 360, 414, 480, 600]) {
        const page = await show(mailOf(data).html, width);
        try {
          const { scrollWidth, clientWidth } = await overflow(page);
          expect(scrollWidth, `${data.survey.name} at ${width} px`).toBeLessThanOrEqual(
            clientWidth,
          );
          // The card is never wider than 600 px, whatever the window.
          const card = await page.evaluate(
            () => document.querySelector('table table')?.getBoundingClientRect().width ?? 0,
          );
          expect(card).toBeLessThanOrEqual(600);
        } finally {
          await page.close();
        }
      }
    }
  });
});
