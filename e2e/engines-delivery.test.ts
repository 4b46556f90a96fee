// Delivery in Firefox and WebKit (Chromium: widget-delivery.test.ts): an answer
// whose posts failed is delivered once when the browser is back online, and an
// answer whose post never got through is resent on the next page of the origin.
// Neither Firefox over WebDriver BiDi nor WebKitWebDriver can switch the
// browser offline, so the proxy drops the connections of the posts (to the
// page, the same network error as offline) and the test then fires the
// `online` event the browser fires when the network returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FlakyProxy,
  finishedRow,
  readQueue,
  setUpDeliveryPages,
  startFlakyProxy,
} from './delivery-fixture';
import { type EngineBrowser, type EnginePage, firefoxEngine, webkitEngine } from './engines';
import { SOON, startWidgetHost, type WidgetHost } from './widget-host';

const engines = [firefoxEngine, webkitEngine].filter((engine) => engine.available());
let host: WidgetHost;
let proxy: FlakyProxy;
let surveyId: string;

beforeAll(async () => {
  if (!engines.length) return;
  host = await startWidgetHost('engines-delivery');
  proxy = await startFlakyProxy(host.koeUrl);
  surveyId = await setUpDeliveryPages(host, proxy);
});

afterAll(async () => {
  proxy?.close();
  await host?.close();
});

/** Waits until koe.js has replaced the stub and loaded the site's surveys. */
async function koeReady(page: EnginePage): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => typeof (window as { koe?: { ready?: unknown } }).koe?.ready))
    .toBe('object');
  await page.evaluate(() => (window as unknown as { koe: { ready: Promise<void> } }).koe.ready);
}

/** Opens the checkout page, asks the survey with the touchpoint, and answers it with the mouse. */
async function answerAt(page: EnginePage, touchpoint: string, score: number, comment: string) {
  await page.goto(`${host.hostUrl}/checkout`);
  await koeReady(page);
  await page.evaluate(
    (id, tp) =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('ask', id, { touchpoint: tp }),
    surveyId,
    touchpoint,
  );
  await page.clickInWidget('[role=radio]', String(score));
  await page.clickInWidget('button', 'Delivery');
  await page.clickInWidget('textarea');
  await page.type(comment);
  await page.clickInWidget('button', 'Send');
  await page.waitInWidget('[role=status]');
}

describe.skipIf(!engines.length).each(engines)('answer delivery in $name', (engine) => {
  let browser: EngineBrowser;

  beforeAll(async () => {
    browser = await engine.launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an answer whose posts failed is delivered once when the browser is back online', async () => {
    const touchpoint = `${engine.name}-offline`;
    proxy.mode = 'down';
    const page = await browser.newPage();
    await answerAt(page, touchpoint, 3, 'Late again');
    // Tried and failed twice (the next try is 2–4 s away), nothing stored.
    await expect
      .poll(async () => (await page.evaluate(readQueue))[0]?.n ?? 0, SOON)
      .toBeGreaterThanOrEqual(2);
    expect(host.rows('touchpoint = ?', touchpoint)).toEqual([]);

    const [waiting] = await page.evaluate(readQueue);
    proxy.mode = 'pass';
    await page.evaluate(() => void dispatchEvent(new Event('online')));
    await expect
      .poll(() => host.rows('touchpoint = ?', touchpoint), SOON)
      .toEqual([finishedRow(surveyId, touchpoint, 3, 'Late again')]);
    // Sent on the 'online' event, not when the backoff ran out.
    expect(await page.evaluate(() => Date.now())).toBeLessThan(waiting?.at ?? 0);
    await expect.poll(() => page.evaluate(readQueue), SOON).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('an answer whose post never got through is resent and stored on the next page of the origin', async () => {
    const touchpoint = `${engine.name}-resent`;
    proxy.mode = 'down';
    const page = await browser.newPage();
    const dropped = proxy.posts.length;
    await answerAt(page, touchpoint, 8, 'Closing now');
    await expect
      .poll(() => proxy.posts.slice(dropped).some((p) => p.outcome === 'dropped'), SOON)
      .toBe(true);
    expect(host.rows('touchpoint = ?', touchpoint)).toEqual([]);

    proxy.mode = 'pass';
    await page.goto(`${host.hostUrl}/account`);
    await expect
      .poll(() => host.rows('touchpoint = ?', touchpoint), SOON)
      .toEqual([finishedRow(surveyId, touchpoint, 8, 'Closing now')]);
    await expect.poll(() => page.evaluate(readQueue), SOON).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
