// The unreliable network of the delivery tests, shared by every engine's run:
// a small node:http proxy in front of the real koe server. It forwards
// everything, and for POST /v1/responses it can answer 503 before forwarding
// (nothing stored), 503 after forwarding (stored, but the acknowledgement is
// lost: the resend must not duplicate), or drop the connection (to the page,
// a network error, as when it is offline).
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import { expect } from 'vitest';
import { random } from './dashboard-seed';
import { fixturePage, listen, type WidgetHost } from './widget-host';

export type Mode = 'pass' | 'flaky' | 'down';
export type Outcome = 'forwarded' | '503 before' | '503 after' | 'dropped';

export interface FlakyProxy {
  url: string;
  /** What the proxy does with the next posts. */
  mode: Mode;
  /** Every POST /v1/responses the proxy saw: the submission id and what the proxy did with it. */
  posts: Array<{ id: string; outcome: Outcome }>;
  close(): void;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** A proxy to `target`; in 'flaky' mode a seeded third of the posts fail (reproducible runs). */
export async function startFlakyProxy(target: string, seed = 20260415): Promise<FlakyProxy> {
  const roll = random(seed);
  const proxy: FlakyProxy = { url: '', mode: 'pass', posts: [], close: () => server.close() };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const isPost = req.method === 'POST' && req.url === '/v1/responses';
    const dice = isPost && proxy.mode === 'flaky' ? roll() : 1;
    const unavailable = () => {
      // CORS headers too, so the page sees a 503 and not a network error.
      res.writeHead(503, {
        'content-type': 'application/problem+json',
        'access-control-allow-origin': req.headers.origin ?? '*',
      });
      res.end('{"title":"Service Unavailable","status":503}');
    };
    const record = (outcome: Outcome) => {
      if (isPost)
        proxy.posts.push({ id: (JSON.parse(body.toString()) as { id: string }).id, outcome });
    };
    if (isPost && proxy.mode === 'down') {
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
  proxy.url = await listen(server);
  return proxy;
}

/**
 * The delivery survey (NPS, a "Delivery" reason for every bucket) and the
 * host's /checkout and /account pages, which load koe.js (and so talk to the
 * API) through the proxy. Returns the survey's id.
 */
export async function setUpDeliveryPages(host: WidgetHost, proxy: FlakyProxy): Promise<string> {
  const reasons = [{ id: 'delivery', label: { en: 'Delivery' } }];
  const surveyId = await host.createSurvey({
    name: 'Delivery',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend us?' },
    followUp: {
      detractor: { question: { en: 'What went wrong?' }, reasons },
      passive: { question: { en: 'What would make it a 10?' }, reasons },
      promoter: { question: { en: 'What did you like?' }, reasons },
    },
  });
  host.page('/checkout', fixturePage(host.siteKey, proxy.url, { title: 'Checkout' }));
  host.page('/account', fixturePage(host.siteKey, proxy.url, { title: 'Account' }));
  return surveyId;
}

/** The queue of answers waiting to be sent, as the widget keeps it in localStorage. */
export const readQueue = () =>
  JSON.parse(localStorage.getItem('koe:queue') ?? '[]') as Array<{
    id: string;
    n: number;
    at: number;
  }>;

/** The row a finished answer with the "Delivery" reason is stored as. */
export const finishedRow = (
  surveyId: string,
  touchpoint: string,
  score: number,
  comment: string | null,
) => ({
  id: expect.any(String),
  survey_id: surveyId,
  score,
  finished: 1,
  reasons: '["delivery"]',
  comment,
  touchpoint,
});
