// axe-core on the widget in Firefox and WebKit (Chromium: widget-axe.test.ts):
// the question, the follow-up and the thanks, and every way a score is shown,
// chosen or not, in light and dark and on a 360 × 740 phone: zero violations.
// Neither driver emulates the OS's colour scheme, so the dark run's page
// declares `color-scheme: dark`, which the widget's auto mode follows first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SURVEYS, axeViolationsIn, createAxeSurveys } from './axe';
import { type EngineBrowser, type EnginePage, firefoxEngine, webkitEngine } from './engines';
import { fixturePage, startWidgetHost, type WidgetHost } from './widget-host';

const MODES = [
  { mode: 'light mode', viewport: { width: 1280, height: 800 }, path: '/light' },
  { mode: 'dark mode', viewport: { width: 1280, height: 800 }, path: '/dark' },
  { mode: 'a 360 px phone', viewport: { width: 360, height: 740 }, path: '/light' },
] as const;

const engines = [firefoxEngine, webkitEngine].filter((engine) => engine.available());
let host: WidgetHost;
let ids = new Map<string, string>();

beforeAll(async () => {
  if (!engines.length) return;
  host = await startWidgetHost('engines-axe');
  ids = await createAxeSurveys(host);
  // The page's own text keeps its contrast whatever the engine's default dark colours.
  const pages = {
    light: '<meta name="color-scheme" content="light">',
    dark: '<meta name="color-scheme" content="dark"><style>html{background:#111;color:#eee}</style>',
  };
  for (const [scheme, head] of Object.entries(pages))
    host.page(
      `/${scheme}`,
      fixturePage(host.siteKey, host.koeUrl, { title: 'Accessible shop', head }),
    );
});

afterAll(async () => {
  await host?.close();
});

async function open(
  browser: EngineBrowser,
  mode: (typeof MODES)[number],
  survey: string,
): Promise<EnginePage> {
  const page = await browser.newPage(mode.viewport);
  await page.goto(`${host.hostUrl}${mode.path}`);
  await expect
    .poll(() => page.evaluate(() => typeof (window as { koe?: { ready?: unknown } }).koe?.ready))
    .toBe('object');
  await page.evaluate(async (id) => {
    const koe = (window as unknown as { koe: ((...a: unknown[]) => void) & { ready: unknown } })
      .koe;
    await koe.ready;
    koe('ask', id);
  }, ids.get(survey) as string);
  await page.waitInWidget('[role=dialog]');
  // axe judges colours as painted: wait for the card's entrance animation to end.
  await page.evaluate(() =>
    Promise.all(
      (document.querySelector('koe-survey')?.shadowRoot?.getAnimations() ?? []).map(
        (a) => a.finished,
      ),
    ).then(() => undefined),
  );
  return page;
}

describe.skipIf(!engines.length).each(engines)(
  'widget accessibility (axe-core) in $name',
  (engine) => {
    let browser: EngineBrowser;

    beforeAll(async () => {
      browser = await engine.launch();
    });

    afterAll(async () => {
      await browser?.close();
    });

    describe.each(MODES)('in $mode', (mode) => {
      it('has no violations on the question, the follow-up and the thanks', async () => {
        const page = await open(browser, mode, 'NPS');
        const background = await page.evaluate(
          () =>
            getComputedStyle(
              document.querySelector('koe-survey')?.shadowRoot?.querySelector('.card') as Element,
            ).backgroundColor,
        );
        expect(background).toBe(mode.path === '/dark' ? 'rgb(31, 41, 55)' : 'rgb(255, 255, 255)');
        expect(await axeViolationsIn(page)).toEqual([]);

        await page.clickInWidget('[role=radio]', '9');
        await page.clickInWidget('button', 'Speed');
        expect(await axeViolationsIn(page)).toEqual([]);

        await page.clickInWidget('button', 'Send');
        await page.waitInWidget('[role=status]');
        expect(await axeViolationsIn(page)).toEqual([]);
        expect(page.errors).toEqual([]);
        await page.close();
      });

      it.each(AXE_SURVEYS.slice(1))('has no violations on the $name scale, chosen or not', async ({
        name,
      }) => {
        const page = await open(browser, mode, name);
        expect(await axeViolationsIn(page)).toEqual([]);
        // A chosen option is drawn differently (filled, or a gold star): still legible.
        await page.evaluate(() =>
          (
            document.querySelector('koe-survey')?.shadowRoot?.querySelector('[role=radio]') as
              | HTMLElement
              | undefined
          )?.focus(),
        );
        await page.press('End');
        await expect
          .poll(() =>
            page.evaluate(
              () =>
                document
                  .querySelector('koe-survey')
                  ?.shadowRoot?.querySelector('[role=radio][aria-checked=true]') !== null,
            ),
          )
          .toBe(true);
        expect(await axeViolationsIn(page)).toEqual([]);
        await page.close();
      });
    });
  },
);
