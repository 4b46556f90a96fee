// The hostile page of hostile-page.test.ts in WebKit (MiniBrowser through
// WebKitWebDriver): the widget renders on top despite the page's CSS, works
// through the page's tampered built-ins (the answer is stored), leaves the
// page's own boxes where they were and adds one global. WebKit has no Layout
// Instability API, so the boxes are the layout check here, as in Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineBrowser, webkitEngine } from './engines';
import { laidOut, pageBoxes, setUpHostilePage } from './hostile-fixture';
import { SOON, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = webkitEngine.available();
let host: WidgetHost;
let surveyId: string;
let webkit: EngineBrowser;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('webkit-hostile');
  surveyId = await setUpHostilePage(host);
  webkit = await webkitEngine.launch();
}, 60_000);

afterAll(async () => {
  await webkit?.close();
  await host?.close();
});

describe.skipIf(!enabled)('hostile host page in WebKit', () => {
  it('renders on top and stores the answer, moving no box and adding only `koe`', async () => {
    const page = await webkit.newPage({ width: 1280, height: 800 });
    await page.goto(host.hostUrl);
    await expect
      .poll(() => page.evaluate(() => typeof (window as { koe?: { ready?: unknown } }).koe?.ready))
      .toBe('object');
    await page.evaluate(() => (window as unknown as { koe: { ready: Promise<void> } }).koe.ready);
    await page.evaluate(laidOut);
    const before = await page.evaluate(pageBoxes);
    await page.evaluate(() =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('track', 'checkout'),
    );

    // On top of the z-indexed promo: what is at the card's centre is the widget.
    await page.waitInWidget('[role=dialog]');
    const onTop = await page.evaluate(() => {
      const element = document.querySelector('koe-survey') as Element;
      const box = element.getBoundingClientRect();
      return {
        opacity: getComputedStyle(element).opacity,
        top: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.tagName,
      };
    });
    expect(onTop).toEqual({ opacity: '1', top: 'KOE-SURVEY' });

    await page.clickInWidget('[role=radio]', '10 Very likely');
    await page.clickInWidget('button', 'Speed');
    await page.clickInWidget('textarea');
    await page.type('Works');
    await page.clickInWidget('button', 'Send');
    await page.waitInWidget('[role=status]');
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
  });
});
