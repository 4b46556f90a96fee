// Delivery in a real browser: an answer given offline, through a server that
// fails a third of the posts, or on a page closed at once is stored exactly
// once. A small node:http proxy in front of the real koe server plays the
// unreliable network: it forwards everything, and for POST /v1/responses it
// can answer 503 before forwarding (nothing stored), 503 after forwarding
// (stored, but the acknowledgement is lost: the resend must not duplicate),
// or drop the connection.
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import { distributionOf } from '@koe/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import { random } from './dashboard-seed';
import {
  answer,
  ask,
  fixturePage,
  koeReady,
  listen,
  newVisitor,
  SOON,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

type Mode = 'pass' | 'flaky' | 'down';
type Outcome = 'forwarded' | '503 before' | '503 after' | 'dropped';

const enabled = browserAvailable();
let host: WidgetHost;
let proxy: Server;
let mode: Mode = 'pass';
/** Every POST /v1/responses the proxy saw: the submission id and what the proxy did with it. */
const posts: Array<{ id: string; outcome: Outcome }> = [];
let surveyId: string;
// Seeded, so a run's sequence of failures is reproducible; about a third fail.
const roll = random(20260415);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function startProxy(target: string): Server {
  return createServer(async (req, res) => {
    const body = await readBody(req);
    const isPost = req.method === 'POST' && req.url === '/v1/responses';
    const dice = isPost && mode === 'flaky' ? roll() : 1;
    const unavailable = () => {
      // CORS headers too, so the page sees a 503 and not a network error.
      res.writeHead(503, {
        'content-type': 'application/problem+json',
        'access-control-allow-origin': req.headers.origin ?? '*',
      });
      res.end('{"title":"Service Unavailable","status":503}');
    };
    const record = (outcome: Outcome) => {
      if (isPost) posts.push({ id: (JSON.parse(body.toString()) as { id: string }).id, outcome });
    };
    if (isPost && mode === 'down') {
      record('dropped');
      req.socket.destroy();
      return;
    }
    if (dice < 1 / 6) {
      record('503 before');
      unavailable();
      return;
    }
    const upstream = forward(`${target}${req.url}`, { method: req.method, headers: req.headers });
    upstream.on('response', (answer) => {
      if (dice < 1 / 3) {
        // The server committed the row; the visitor's browser never hears so.
        answer.resume();
        answer.on('end', () => {
          record('503 after');
          unavailable();
        });
        return;
      }
      record('forwarded');
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  });
}

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('delivery');
  proxy = startProxy(host.koeUrl);
  const proxyUrl = await listen(proxy);
  surveyId = await host.createSurvey({
    name: 'Delivery',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend us?' },
    followUp: {
      detractor: {
        question: { en: 'What went wrong?' },
        reasons: [{ id: 'delivery', label: { en: 'Delivery' } }],
      },
      passive: {
        question: { en: 'What would make it a 10?' },
        reasons: [{ id: 'delivery', label: { en: 'Delivery' } }],
      },
      promoter: {
        question: { en: 'What did you like?' },
        reasons: [{ id: 'delivery', label: { en: 'Delivery' } }],
      },
    },
  });
  // Both pages load koe.js (and so talk to the API) through the proxy.
  host.page('/checkout', fixturePage(host.siteKey, proxyUrl, { title: 'Checkout' }));
  host.page('/account', fixturePage(host.siteKey, proxyUrl, { title: 'Account' }));
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

const queueOf = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('koe:queue') ?? '[]') as Array<{
        id: string;
        n: number;
        at: number;
      }>,
  );

const finishedRow = (touchpoint: string, score: number, comment: string) => ({
  id: expect.any(String),
  survey_id: surveyId,
  score,
  finished: 1,
  reasons: '["delivery"]',
  comment,
  touchpoint,
});

describe.skipIf(!enabled)('answer delivery in Chromium', () => {
  it('an answer given offline is delivered once when the browser is back online', async () => {
    mode = 'pass';
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
    mode = 'flaky';
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
    const flaky = posts.filter((post) => stored.includes(post.id));
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
    mode = 'pass';
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
    mode = 'down';
    const { page } = await newVisitor(host.browser);
    const context = page.context();
    await askAt(page, 'resent');
    await answer(page, 'mouse', { radio: '8', reasons: ['Delivery'], comment: 'Closing now' });
    await expect.poll(() => posts.some((p) => p.outcome === 'dropped'), SOON).toBe(true);
    await page.close();
    expect(host.rows("touchpoint = 'resent'")).toEqual([]);

    mode = 'pass';
    const next = await context.newPage();
    await next.goto(`${host.hostUrl}/account`);
    await expect
      .poll(() => host.rows("touchpoint = 'resent'"), SOON)
      .toEqual([finishedRow('resent', 8, 'Closing now')]);
    await expect.poll(() => queueOf(next), SOON).toEqual([]);
  });
});
