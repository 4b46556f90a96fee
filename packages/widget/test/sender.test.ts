// Delivery: stored once, retried with backoff on failures that may pass,
// Retry-After honoured, no retry for other 4xx, bounded queue, resend on load.
// The network is a function in front of the real koe server (in-process, on a
// real SQLite file) that can fail some requests on purpose.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestApp, responseBody, type TestApp } from '../../../apps/server/test/fixtures';
import { backoffMs, createSender, retryAfterMs } from '../src/sender';

let t: TestApp;
let calls: number;
let failNext: Array<number | 'network'>;

const network: typeof fetch = async (input, init) => {
  calls++;
  const failure = failNext.shift();
  if (failure === 'network') throw new TypeError('Failed to fetch');
  if (failure) return new Response(null, { status: failure, headers: { 'retry-after': '30' } });
  return t.app.request(String(input), init as RequestInit);
};

beforeEach(async () => {
  t = await makeTestApp();
  calls = 0;
  failNext = [];
  localStorage.clear();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.cleanup();
});

const body = (extra: Record<string, unknown> = {}) => {
  const b = responseBody(t.a, extra);
  return { id: b.id, json: JSON.stringify(b) };
};

describe('Sender', () => {
  it('posts text/plain JSON and stores the answer once', async () => {
    const sender = createSender('http://koe.test/v1/responses', network);
    const { id, json } = body();
    await sender.send(id, json);
    expect(await t.store.getResponse(t.a.site.id, id)).toBeDefined();
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toEqual([]);
  });

  it("keeps a readable queue on a page whose arrays serialise to strings (Prototype.js's toJSON)", async () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
    };
    try {
      failNext = [503];
      const sender = createSender('http://koe.test/v1/responses', network);
      const { id, json } = body();
      await sender.send(id, json);
      expect(JSON.parse(localStorage.getItem('koe:queue') ?? '')).toMatchObject([{ id, n: 1 }]);
    } finally {
      delete proto.toJSON;
    }
  });

  it('keeps a failed post (network, 503, 429, 408) and resends it after backoff', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    for (const failure of ['network', 503, 429, 408] as const) {
      failNext = [failure];
      const sender = createSender('http://koe.test/v1/responses', network);
      const { id, json } = body();
      await sender.send(id, json);
      expect(await t.store.getResponse(t.a.site.id, id)).toBeUndefined();
      const [queued] = JSON.parse(localStorage.getItem('koe:queue') ?? '[]');
      expect(queued).toMatchObject({ id, n: 1 });
      await vi.advanceTimersByTimeAsync(31_000);
      expect(await t.store.getResponse(t.a.site.id, id)).toBeDefined();
      expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toEqual([]);
    }
  });

  it('honours Retry-After: nothing is resent before it', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    failNext = [503];
    const sender = createSender('http://koe.test/v1/responses', network);
    const { id, json } = body();
    await sender.send(id, json);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(2);
    expect(await t.store.getResponse(t.a.site.id, id)).toBeDefined();
  });

  it('back online, sends at once what waits out a backoff grown during the outage', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    failNext = ['network', 'network', 'network', 'network'];
    const sender = createSender('http://koe.test/v1/responses', network);
    const { id, json } = body();
    await sender.send(id, json);
    // Tries at 0, ≤1, ≤3 and ≤7 s; the fifth would come 4–8 s after the fourth.
    await vi.advanceTimersByTimeAsync(7_000);
    expect(calls).toBe(4);
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toMatchObject([{ id, n: 4 }]);
    const sent = sender.flush(true);
    await vi.advanceTimersByTimeAsync(100);
    await sent;
    expect(calls).toBe(5);
    expect(await t.store.getResponse(t.a.site.id, id)).toBeDefined();
  });

  it('drops posts the server refuses for good (400, 403, 404, 409)', async () => {
    const sender = createSender('http://koe.test/v1/responses', network);
    const { id, json } = body({ score: 99 });
    await sender.send(id, json);
    expect(calls).toBe(1);
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toEqual([]);
  });

  it('a newer post for the same id replaces the queued one; resent on the next page load', async () => {
    failNext = ['network', 'network'];
    const first = createSender('http://koe.test/v1/responses', network);
    const partial = body({ score: 2, finished: false });
    await first.send(partial.id, partial.json);
    const final = JSON.stringify({
      ...JSON.parse(partial.json),
      reasons: ['price'],
      finished: true,
    });
    await first.send(partial.id, final);
    const queue = JSON.parse(localStorage.getItem('koe:queue') ?? '[]');
    expect(queue).toHaveLength(1);
    expect(queue[0].body).toBe(final);

    // The next page load: a new Sender flushes what is due.
    localStorage.setItem('koe:queue', JSON.stringify([{ ...queue[0], at: 0 }]));
    await createSender('http://koe.test/v1/responses', network).flush();
    expect(await t.store.getResponse(t.a.site.id, partial.id)).toMatchObject({
      finished: true,
      reasons: ['price'],
    });
    expect(await t.store.countResponses(t.a.surveyId)).toBe(1);
  });

  it('does not queue a failed post again when a newer one for its id waits', async () => {
    let release = () => {};
    const held: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        throw new TypeError('Failed to fetch');
      }
      return t.app.request(String(input), init as RequestInit);
    };
    const sender = createSender('http://koe.test/v1/responses', held);
    const partial = body({ score: 2, finished: false });
    const sending = sender.send(partial.id, partial.json);
    await vi.waitFor(() => expect(calls).toBe(1));
    // The visitor finishes while the partial post is still in flight.
    const final = JSON.stringify({ ...JSON.parse(partial.json), finished: true });
    await sender.send(partial.id, final);
    release();
    await sending;
    const queue = JSON.parse(localStorage.getItem('koe:queue') ?? '[]');
    expect(queue.map((q: { body: string }) => q.body)).toEqual([final]);
  });

  it('keeps at most 100 posts and 50 KB', async () => {
    failNext = new Array(150).fill('network');
    const sender = createSender('http://koe.test/v1/responses', network);
    for (let i = 0; i < 120; i++) {
      const { id, json } = body({ comment: 'x'.repeat(300) });
      await sender.send(id, json);
    }
    const raw = localStorage.getItem('koe:queue') ?? '[]';
    expect(JSON.parse(raw).length).toBeLessThanOrEqual(100);
    expect(raw.length).toBeLessThanOrEqual(50_000);
  });

  it('backoff doubles with jitter and caps at an hour; Retry-After takes seconds or a date', () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(1000);
    expect(backoffMs(3, () => 1)).toBe(8000);
    expect(backoffMs(30, () => 1)).toBe(3_600_000);
    const now = Date.UTC(2026, 0, 1);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(retryAfterMs(null, now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBe(0);
  });
});
