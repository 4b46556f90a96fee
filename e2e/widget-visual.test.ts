// Visual regression of the widget in Chromium, Firefox and WebKit: the NPS
// question, its follow-up and the thanks, in light and in dark (the page's
// color-scheme, which auto mode follows), on a 390 px phone and in Arabic
// (right to left); the CSAT smileys and stars and the CES scale. Each is
// compared with the committed reference of its engine (visual.ts: tolerance,
// diff images, KOE_UPDATE_SCREENSHOTS=1 to update).
// The steps are reached with DOM clicks and nothing keeps focus, so no hover
// state or blinking caret varies between runs; every screenshot waits for
// fonts, the widget's animations and two rendered frames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type EngineBrowser, type EnginePage, type Viewport } from './engines';
import { compareWithReference, crop } from './visual';
import { fixturePage, startWidgetHost, type WidgetHost } from './widget-host';

const engines = ENGINES.filter((engine) => engine.available());
let host: WidgetHost;
const ids = { en: '', ar: '', smileys: '', stars: '', ces: '' };

const DESKTOP: Viewport = { width: 1280, height: 800 };
const PHONE: Viewport = { width: 390, height: 844 };

const CASES: Array<{
  name: string;
  path: string;
  survey: keyof typeof ids;
  viewport: Viewport;
  steps: Array<'question' | 'follow-up' | 'thanks'>;
}> = [
  {
    name: 'light',
    path: '/light',
    survey: 'en',
    viewport: DESKTOP,
    steps: ['question', 'follow-up', 'thanks'],
  },
  {
    name: 'dark',
    path: '/dark',
    survey: 'en',
    viewport: DESKTOP,
    steps: ['question', 'follow-up', 'thanks'],
  },
  {
    name: 'phone',
    path: '/light',
    survey: 'en',
    viewport: PHONE,
    steps: ['question', 'follow-up'],
  },
  {
    name: 'arabic',
    path: '/ar',
    survey: 'ar',
    viewport: DESKTOP,
    steps: ['question', 'follow-up'],
  },
  // The other scales' drawings (inline SVG faces and stars), light and dark.
  {
    name: 'csat-smileys',
    path: '/light',
    survey: 'smileys',
    viewport: DESKTOP,
    steps: ['question'],
  },
  {
    name: 'csat-smileys-dark',
    path: '/dark',
    survey: 'smileys',
    viewport: DESKTOP,
    steps: ['question'],
  },
  { name: 'csat-stars', path: '/light', survey: 'stars', viewport: DESKTOP, steps: ['question'] },
  { name: 'ces', path: '/light', survey: 'ces', viewport: DESKTOP, steps: ['question'] },
];

beforeAll(async () => {
  if (!engines.length) return;
  host = await startWidgetHost('visual');
  // The thanks card stays (thanksSeconds 0) so that it is photographed, not closing.
  ids.en = await host.createSurvey({
    name: 'Visual',
    type: 'nps',
    status: 'active',
    thanksSeconds: 0,
    question: { en: 'How likely are you to recommend us to a friend?' },
    followUp: {
      promoter: {
        question: { en: 'What did you like?' },
        reasons: [
          { id: 'speed', label: { en: 'Speed' } },
          { id: 'price', label: { en: 'Price' } },
          { id: 'support', label: { en: 'Support' } },
        ],
      },
    },
  });
  ids.ar = await host.createSurvey({
    name: 'Visual (Arabic)',
    type: 'nps',
    status: 'active',
    thanksSeconds: 0,
    defaultLocale: 'ar',
    question: { ar: 'ما مدى احتمال أن توصي بنا لصديق؟' },
    followUp: {
      promoter: {
        question: { ar: 'ما الذي أعجبك؟' },
        reasons: [
          { id: 'speed', label: { ar: 'السرعة' } },
          { id: 'price', label: { ar: 'السعر' } },
        ],
      },
    },
  });
  for (const [key, scale] of [
    ['smileys', { type: 'csat', csatDisplay: 'smiley' }],
    ['stars', { type: 'csat', csatDisplay: 'star' }],
    ['ces', { type: 'ces' }],
  ] as const)
    ids[key] = await host.createSurvey({
      name: `Visual (${key})`,
      status: 'active',
      thanksSeconds: 0,
      question: { en: 'How satisfied are you with your order?' },
      ...scale,
    });
  const page = (head: string) => fixturePage(host.siteKey, host.koeUrl, { title: 'Shop', head });
  host.page('/light', page('<meta name="color-scheme" content="light">'));
  host.page(
    '/dark',
    page(
      '<meta name="color-scheme" content="dark"><style>html{background:#111;color:#eee}</style>',
    ),
  );
  host.page(
    '/ar',
    page('<meta name="color-scheme" content="light">').replace('lang="en"', 'lang="ar" dir="rtl"'),
  );
});

afterAll(async () => {
  await host?.close();
});

/** Clicks the `index`th element matching `css` in the widget, as a script does (no pointer, no hover). */
async function domClick(page: EnginePage, css: string, index = 0): Promise<void> {
  await page.waitInWidget(css);
  await page.evaluate(
    (c, i) =>
      (
        document.querySelector('koe-survey')?.shadowRoot?.querySelectorAll(c)[i] as
          | HTMLElement
          | undefined
      )?.click(),
    css,
    index,
  );
}

/** Waits until the widget looks as it will stay: fonts, animations done, nothing focused, two frames. */
function settle(page: EnginePage): Promise<void> {
  return page.evaluate(async () => {
    const root = document.querySelector('koe-survey')?.shadowRoot;
    (root?.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The widget's box in the viewport. */
const widgetBox = () => {
  const box = (document.querySelector('koe-survey') as Element).getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
};

describe.skipIf(!engines.length).each(engines)(
  'the widget looks as its references in $name',
  (engine) => {
    let browser: EngineBrowser;

    beforeAll(async () => {
      browser = await engine.launch();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it.each(CASES)('$name', async ({ name, path, survey, viewport, steps }) => {
      const page = await browser.newPage(viewport);
      await page.goto(`${host.hostUrl}${path}`);
      await expect
        .poll(() =>
          page.evaluate(() => typeof (window as { koe?: { ready?: unknown } }).koe?.ready),
        )
        .toBe('object');
      await page.evaluate(async (id) => {
        const koe = (window as unknown as { koe: ((...a: unknown[]) => void) & { ready: unknown } })
          .koe;
        await koe.ready;
        koe('ask', id);
      }, ids[survey]);
      await page.waitInWidget('[role=dialog]');

      const failures: string[] = [];
      for (const step of steps) {
        if (step === 'follow-up') {
          await domClick(page, '[role=radio]', 9);
          await domClick(page, '.chips button');
        }
        if (step === 'thanks') {
          await domClick(page, 'button[type=submit]');
          await page.waitInWidget('[role=status]');
        }
        await settle(page);
        const image = crop(await page.screenshot(), await page.evaluate(widgetBox));
        const { failure } = compareWithReference(engine.name, `${name}-${step}`, image);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  },
);
