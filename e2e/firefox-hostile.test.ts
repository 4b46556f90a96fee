// The hostile page of hostile-page.test.ts in Firefox (firefox-esr over
// WebDriver BiDi): the widget renders on top despite the page's CSS, works
// through the page's tampered built-ins (the answer is stored), leaves the
// page's own boxes where they were and adds one global. Firefox has no Layout
// Instability API, so the boxes are the layout check here.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxAvailable, launchFirefox } from './firefox';
import { laidOut, pageBoxes, setUpHostilePage } from './hostile-fixture';
import { SOON, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = firefoxAvailable();
let host: WidgetHost;
let surveyId: string;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('firefox-hostile');
  surveyId = await setUpHostilePage(host);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await host?.close();
});

/**
 * The first element in the widget's shadow root matching `selector` (and
 * `text`), once it exists. Polled with plain evaluations: puppeteer's own
 * injected helpers (waitForFunction) break on this page's tampered
 * Object.prototype, which is a fact about the test tool, not the widget.
 */
async function inWidget(page: Page, selector: string, text?: string): Promise<ElementHandle> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (s, t) =>
        [...(document.querySelector('koe-survey')?.shadowRoot?.querySelectorAll(s) ?? [])].find(
          (e) => t === '' || e.textContent === t || e.getAttribute('aria-label') === t,
        ) ?? null,
      selector,
      text ?? '',
    );
    const element = handle.asElement();
    if (element) return element as ElementHandle;
    if (Date.now() > deadline) throw new Error(`no ${selector} ${text ?? ''} in the widget`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!enabled)('hostile host page in Firefox', () => {
  it('renders on top and stores the answer, moving no box and adding only `koe`', async () => {
    const page = await (await firefox.createBrowserContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(host.hostUrl);
    for (let i = 0; i < 200; i++) {
      const ready = await page.evaluate(
        () => typeof (window as unknown as { koe?: { ready?: unknown } }).koe?.ready === 'object',
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.evaluate(() => (window as unknown as { koe: { ready: Promise<void> } }).koe.ready);
    await page.evaluate(laidOut);
    const before = await page.evaluate(pageBoxes);
    await page.evaluate(() =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('track', 'checkout'),
    );

    // On top of the z-indexed promo: what is at the card's centre is the widget.
    await inWidget(page, '[role=dialog]');
    const onTop = await page.evaluate(() => {
      const element = document.querySelector('koe-survey') as Element;
      const box = element.getBoundingClientRect();
      return {
        opacity: getComputedStyle(element).opacity,
        top: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.tagName,
      };
    });
    expect(onTop).toEqual({ opacity: '1', top: 'KOE-SURVEY' });

    await (await inWidget(page, '[role=radio]', '10 Very likely')).click();
    await (await inWidget(page, 'button', 'Speed')).click();
    await (await inWidget(page, 'textarea')).click();
    await page.keyboard.type('Works');
    await (await inWidget(page, 'button', 'Send')).click();
    await inWidget(page, '[role=status]');
    await expect
      .poll(() => host.rows('survey_id = ?', surveyId), SOON)
      .toEqual([
        expect.objectContaining({ score: 10, finished: 1, reasons: '["speed"]', comment: 'Works' }),
      ]);

    expect(await page.evaluate(pageBoxes)).toEqual(before);
    expect(
      await page.evaluate(() => {
        const known = new Set((window as unknown as { __before: string[] }).__before);
        return Object.getOwnPropertyNames(window).filter(
          (name) => !known.has(name) && !name.startsWith('__'),
        );
      }),
    ).toEqual(['koe']);
    expect(errors).toEqual([]);
  });
});
