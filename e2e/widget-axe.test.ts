// axe-core on the widget in Chromium, at every step a visitor sees (the
// question, the follow-up, the thanks) and for every way a score is shown
// (NPS numbers, CSAT smileys and stars, CES), in light mode, in dark mode
// and on a 360 × 740 phone: zero violations (Firefox and WebKit:
// engines-axe.test.ts). The host page is a minimal valid
// page that offers light and dark (so the widget's auto mode follows the OS),
// so any violation is the widget's (axe reaches into its open shadow root).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SURVEYS, axeViolations, createAxeSurveys } from './axe';
import { browserAvailable } from './browser';
import {
  ask,
  chooseScore,
  fixturePage,
  koeReady,
  newVisitor,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

const MODES = [
  { mode: 'light mode', viewport: { width: 1280, height: 800 }, dark: false },
  { mode: 'dark mode', viewport: { width: 1280, height: 800 }, dark: true },
  { mode: 'a 360 px phone', viewport: { width: 360, height: 740 }, dark: false },
] as const;

const SURVEYS = AXE_SURVEYS;

const enabled = browserAvailable();
let host: WidgetHost;
let ids = new Map<string, string>();

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('axe');
  ids = await createAxeSurveys(host);
  // A page that offers both schemes: the widget's auto mode follows the OS there.
  host.page(
    '/',
    fixturePage(host.siteKey, host.koeUrl, {
      title: 'Accessible shop',
      head: '<meta name="color-scheme" content="light dark">',
    }),
  );
});

afterAll(async () => {
  await host?.close();
});

async function open(mode: (typeof MODES)[number], survey: string): Promise<Page> {
  const { page } = await newVisitor(host.browser, { viewport: mode.viewport });
  await page.emulateMedia({ colorScheme: mode.dark ? 'dark' : 'light' });
  await page.goto(host.hostUrl);
  await koeReady(page);
  await ask(page, ids.get(survey) as string);
  // axe judges colours as painted: wait for the card's entrance animation to end.
  await page.evaluate(() =>
    Promise.all(
      (document.querySelector('koe-survey')?.shadowRoot?.getAnimations() ?? []).map(
        (a) => a.finished,
      ),
    ),
  );
  return page;
}

describe.skipIf(!enabled)('widget accessibility (axe-core)', () => {
  describe.each(MODES)('in $mode', (mode) => {
    it('has no violations on the question, the follow-up and the thanks', async () => {
      const page = await open(mode, 'NPS');
      // The widget's own colours and type apply, following the page's scheme.
      const look = await page.evaluate(() => {
        const shadow = document.querySelector('koe-survey')?.shadowRoot;
        const card = getComputedStyle(shadow?.querySelector('.card') as Element);
        const question = getComputedStyle(shadow?.querySelector('.q') as Element);
        return [card.backgroundColor, question.color, question.fontSize];
      });
      expect(look).toEqual(
        mode.dark
          ? ['rgb(31, 41, 55)', 'rgb(249, 250, 251)', '15px']
          : ['rgb(255, 255, 255)', 'rgb(31, 41, 55)', '15px'],
      );
      expect(await axeViolations(page)).toEqual([]);

      await chooseScore(page, 'mouse', '9');
      await page.getByRole('button', { name: 'Speed', exact: true }).click();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('status').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      if (mode.viewport.width === 360) {
        // A bottom sheet as wide as the phone, and nothing to scroll sideways.
        const fit = await page.evaluate(() => ({
          card: document.querySelector('koe-survey')?.getBoundingClientRect().width,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(fit).toEqual({ card: 360, overflow: 0 });
      }
    });

    it.each(SURVEYS.slice(1))('has no violations on the $name scale, chosen or not', async ({
      name,
    }) => {
      const page = await open(mode, name);
      expect(await axeViolations(page)).toEqual([]);
      // A chosen option is drawn differently (filled, or a gold star): still legible.
      await page.getByRole('radio').first().press('End');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
