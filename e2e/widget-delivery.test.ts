// Delivery in a real browser: an answer given offline, through a server that
// fails a third of the posts, or on a page closed at once is stored exactly
// once. The proxy of delivery-fixture.ts in front of the real koe server plays
// the unreliable network. Firefox and WebKit: engines-delivery.test.ts.
import { distributionOf } from '@koe/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import {
  type FlakyProxy,
  readQueue,
  finishedRow as rowOf,
  setUpDeliveryPages,
  startFlakyProxy,
} from './delivery-fixture';
import {
  answer,
  ask,
  koeReady,
  newVisitor,
  SOON,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

const enabled = browserAvailable();
let host: WidgetHost;
let proxy: FlakyProxy;
let surveyId: string;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('delivery');
  proxy = await startFlakyProxy(host.koeUrl);
  surveyId = await setUpDeliveryPages(host, proxy);
});

afterAll(async () => {
  proxy?.close();
  await host?.close();
});

/** Opens the checkout page and asks the survey on the spot, tagged with the visitor's touchpoint. */
async function askAt(page: Page, touchpoint: string): Promise<void> {
  await page.goto(`${host.hostUrl}/checkout`);
  await koeReady(page);
  await ask(page, surveyId, touchpoint);
}

const queueOf = (page: Page) => page.evaluate(readQueue);

const finishedRow = (touchpoint: string, score: number, comment: string) =>
  rowOf(surveyId, touchpoint, score, comment);

describe.skipIf(!enabled)('answer delivery in Chromium', () => {
  it('an answer given offline is delivered once when the browser is back online', async () => {
    proxy.mode = 'pass';
    const { page, errors } = await newVisitor(host.browser);
    await askAt(page, 'offline');
    await page.context().setOffline(true);
    await answer(page, 'mouse', { radio: '3', reasons: ['Delivery'], comment: 'Late again' });
    // Tried and failed three times while offline (the next try is 2–4 s away), nothing stored.
    await expect.poll(async () => (await queueOf(page))[0]?.n ?? 0, SOON).toBeGreaterThanOrEqual(3);
    expect(host.rows("touchpoint = 'offline'")).toEqual([]);

    const [waiting] = await queueOf(page);
    await page.context().setOffline(false);
    await expect
      .poll(() => host.rows("touchpoint = 'offline'"), SOON)
      .toEqual([finishedRow('offline', 3, 'Late again')]);
    // Sent on the 'online' event, not when the backoff grown offline (2–4 s) ran out.
    expect(await page.evaluate(() => Date.now())).toBeLessThan(waiting?.at ?? 0);
    await expect.poll(() => queueOf(page), SOON).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('every answer of several visitors is stored exactly once while a third of posts get 503', async () => {
    proxy.mode = 'flaky';
    const visitors = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
      touchpoint: `visitor-${i}`,
      score: i + 3,
      comment: `Visitor ${i}`,
    }));
    const pages = await Promise.all(
      visitors.map(async (visitor) => {
        const { page, errors } = await newVisitor(host.browser);
        await askAt(page, visitor.touchpoint);
        await answer(page, 'mouse', {
          radio: visitor.score === 10 ? '10 Very likely' : String(visitor.score),
          reasons: ['Delivery'],
          comment: visitor.comment,
        });
        return { page, errors };
      }),
    );
    await expect
      .poll(
        () =>
          host
            .rows("touchpoint LIKE 'visitor-%'")
            .sort((a, b) => String(a.touchpoint).localeCompare(String(b.touchpoint))),
        SOON,
      )
      .toEqual(visitors.map((v) => finishedRow(v.touchpoint, v.score, v.comment)));
    for (const { page } of pages) await expect.poll(() => queueOf(page), SOON).toEqual([]);

    // One submission id per visitor, whatever the retries: the stored ids are exactly the posted ones.
    const stored = host.rows("touchpoint LIKE 'visitor-%'").map((row) => row.id);
    const flaky = proxy.posts.filter((post) => stored.includes(post.id));
    expect([...new Set(flaky.map((post) => post.id))].sort()).toEqual(stored.sort());
    // The failures really happened, both kinds.
    const outcomes = new Set(flaky.map((post) => post.outcome));
    expect(outcomes).toContain('503 before');
    expect(outcomes).toContain('503 after');
    // The metrics count each of them once too.
    const all = host.rows();
    const metrics = await host.metrics(surveyId);
    expect(metrics.n).toBe(all.length);
    expect(metrics.distribution).toEqual(
      distributionOf(
        'nps',
        all.map((row) => row.score),
      ),
    );
    for (const { errors } of pages) expect(errors).toEqual([]);
  });

  it('a page closed right after answering: the row is stored once, by keepalive or on the next page', async () => {
    proxy.mode = 'pass';
    const { page } = await newVisitor(host.browser);
    const context: BrowserContext = page.context();
    await askAt(page, 'closed');
    await page.getByRole('radio', { name: '9', exact: true }).click();
    await page.getByRole('button', { name: 'Delivery', exact: true }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.close();

    const next = await context.newPage();
    await next.goto(`${host.hostUrl}/account`);
    await koeReady(next);
    await expect
      .poll(() => host.rows("touchpoint = 'closed'"), SOON)
      .toEqual([{ ...finishedRow('closed', 9, ''), comment: null }]);
    await expect.poll(() => queueOf(next), SOON).toEqual([]);
  });

  it('an answer whose post never got through is resent and stored on the next page of the origin', async () => {
    proxy.mode = 'down';
    const { page } = await newVisitor(host.browser);
    const context = page.context();
    await askAt(page, 'resent');
    await answer(page, 'mouse', { radio: '8', reasons: ['Delivery'], comment: 'Closing now' });
    await expect.poll(() => proxy.posts.some((p) => p.outcome === 'dropped'), SOON).toBe(true);
    await page.close();
    expect(host.rows("touchpoint = 'resent'")).toEqual([]);

    proxy.mode = 'pass';
    const next = await context.newPage();
    await next.goto(`${host.hostUrl}/account`);
    await expect
      .poll(() => host.rows("touchpoint = 'resent'"), SOON)
      .toEqual([finishedRow('resent', 8, 'Closing now')]);
    await expect.poll(() => queueOf(next), SOON).toEqual([]);
  });
});
