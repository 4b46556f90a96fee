// The score row in Chromium at the widths visitors have: from a 320 px phone
// to a desktop, the 0–10 row fits inside its card; on phones (≤ 480 px) every
// answer is at least 44 × 44 px and the end labels sit under 0 and under 10.
// Also: a white page without a color-scheme gets a light card even when the
// OS is dark, and the demo page fits a 390 px phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import {
  ask,
  fixturePage,
  koeReady,
  newVisitor,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

const enabled = browserAvailable();
let host: WidgetHost;
let surveyId: string;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('layout');
  surveyId = await host.createSurvey({
    name: 'NPS',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend us to a friend or colleague?' },
  });
  host.page('/', fixturePage(host.siteKey, host.koeUrl, { title: 'Shop' }));
});

afterAll(async () => {
  await host?.close();
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The card's, each answer's and each end label's box, once the card's
 * entrance animation has finished (while it runs, the boxes go through a
 * transform and come out a few millionths of a pixel off).
 */
function boxes(page: Page) {
  return page.evaluate(async () => {
    const shadow = document.querySelector('koe-survey')?.shadowRoot as ShadowRoot;
    await Promise.all(shadow.getAnimations().map((animation) => animation.finished));
    const box = (e: Element) => {
      const { left, right, top, bottom, width, height } = e.getBoundingClientRect();
      return { left, right, top, bottom, width, height };
    };
    return {
      card: box(shadow.querySelector('.card') as Element),
      radios: [...shadow.querySelectorAll('[role=radio]')].map(box),
      ends: [...shadow.querySelectorAll('.ends span')].map(box),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

describe.skipIf(!enabled)('the score row at every width', () => {
  it.each([320, 360, 390, 480, 768, 1280])('%i px wide', async (width) => {
    const { page } = await newVisitor(host.browser, { viewport: { width, height: 800 } });
    await page.goto(host.hostUrl);
    await koeReady(page);
    await ask(page, surveyId);
    const { card, radios, ends, overflow } = await boxes(page);
    expect(overflow).toBe(0);
    expect(radios).toHaveLength(11);
    for (const radio of radios) {
      expect(radio.left).toBeGreaterThanOrEqual(card.left);
      expect(radio.right).toBeLessThanOrEqual(card.right);
      if (width <= 480) {
        expect(radio.width).toBeGreaterThanOrEqual(44);
        expect(radio.height).toBeGreaterThanOrEqual(44);
      }
    }
    const [zero, ten] = [radios[0] as Box, radios[10] as Box];
    const [low, high] = [ends[0] as Box, ends[1] as Box];
    // Under the ends they describe: below every answer, starting at 0's left and ending at 10's right.
    expect(low.top).toBeGreaterThanOrEqual(Math.max(...radios.map((r) => r.bottom)));
    expect(Math.abs(low.left - zero.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(high.right - ten.right)).toBeLessThanOrEqual(1);
  });

  it('a white page without a color-scheme gets a light card when the OS is dark', async () => {
    const { page } = await newVisitor(host.browser, { colorScheme: 'dark' });
    await page.goto(host.hostUrl);
    await koeReady(page);
    await ask(page, surveyId);
    const background = await page.evaluate(() => {
      const card = document.querySelector('koe-survey')?.shadowRoot?.querySelector('.card');
      return getComputedStyle(card as Element).backgroundColor;
    });
    expect(background).toBe('rgb(255, 255, 255)');
  });

  it('the demo page fits a 390 px phone', async () => {
    const { page } = await newVisitor(host.browser, { viewport: { width: 390, height: 844 } });
    // The demo page as the server writes it, for this site: its layout is what is checked.
    await page.setContent(
      (await import('../apps/server/src/routes/widget-assets')).demoPage(host.siteKey),
    );
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
});
