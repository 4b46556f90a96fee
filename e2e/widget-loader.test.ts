// koe.js is a loader; the UI (koe-ui.js) comes only when a survey may show.
// In Chromium, on a customer's origin: a page where no survey can show
// fetches koe.js and the survey list and nothing more, even once the page is
// idle; an SPA route change that makes a survey show fetches the UI then; a
// page whose survey shows on page view fetches it at once; a survey waiting
// for an event has the UI prefetched while the page is idle, before the event.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import { fixturePage, koeReady, newVisitor, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = browserAvailable();
let host: WidgetHost;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('loader');
  await host.createSurvey({
    name: 'Checkout',
    type: 'nps',
    status: 'active',
    question: { en: 'How was checking out?' },
    trigger: { on: 'pageview', urls: [{ match: 'startsWith', value: '/checkout' }] },
  });
  for (const path of ['/product', '/checkout'])
    host.page(path, fixturePage(host.siteKey, host.koeUrl, { title: path }));
});

afterAll(async () => {
  await host?.close();
});

/** A fresh visitor on `path`, with the paths it fetched from the koe server in order. */
async function visit(path: string): Promise<{ page: Page; fetched: string[]; errors: string[] }> {
  const { page, errors } = await newVisitor(host.browser);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(host.koeUrl))
      fetched.push(new URL(request.url()).pathname.replace(/pk_\w+/, 'KEY'));
  });
  await page.goto(`${host.hostUrl}${path}`);
  await koeReady(page);
  return { page, fetched, errors };
}

/** Resolves when the page has been idle once more and painted twice: what the loader waits for has run. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(
          () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
          { timeout: 5000 },
        ),
      ),
  );

describe.skipIf(!enabled)('the loader and the lazy UI', () => {
  it('a page where no survey can show fetches koe.js and the survey list only', async () => {
    const { page, fetched, errors } = await visit('/product');
    await settled(page);
    expect(fetched).toEqual(['/koe.js', '/v1/sites/KEY/surveys']);
    expect(await page.locator('koe-survey').count()).toBe(0);

    // The SPA moves on to checkout: now the survey shows, and the UI comes for it.
    await page.evaluate(() => history.pushState({}, '', '/checkout/pay'));
    await page.getByRole('dialog').waitFor();
    expect(fetched).toEqual(['/koe.js', '/v1/sites/KEY/surveys', '/koe-ui.js']);
    expect(errors).toEqual([]);
  });

  it('a page view that shows a survey fetches the UI at once', async () => {
    const { page, fetched, errors } = await visit('/checkout');
    await page.getByRole('dialog').waitFor();
    expect(fetched).toEqual(['/koe.js', '/v1/sites/KEY/surveys', '/koe-ui.js']);
    expect(errors).toEqual([]);
  });

  it('a survey waiting for an event has the UI prefetched while the page is idle', async () => {
    await host.createSurvey({
      name: 'Sign-up',
      type: 'csat',
      status: 'active',
      question: { en: 'How easy was signing up?' },
      trigger: { on: 'event', event: 'signed-up' },
    });
    const { page, fetched, errors } = await visit('/product');
    await expect.poll(() => fetched.includes('/koe-ui.js')).toBe(true);
    expect(await page.locator('koe-survey').count()).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('track', 'signed-up'),
    );
    await page.getByRole('dialog', { name: 'How easy was signing up?' }).waitFor();
    expect(fetched.filter((path) => path === '/koe-ui.js')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
