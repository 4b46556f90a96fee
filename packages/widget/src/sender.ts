// Delivery of answers. Every post first goes into a queue in localStorage —
// at most 100 items and 50 KB, a newer post for the same submission id
// replacing the older — and is then sent: a CORS simple request (text/plain
// JSON, no preflight) with keepalive so it survives page unload. Stored (2xx)
// or refused for good (4xx other than 408/429): it leaves the queue.
// Otherwise (network, 408, 429, 5xx) it waits, with exponential backoff and
// jitter and at least Retry-After, and is resent then or on the next page
// load. The server is idempotent on the id, so a resend never duplicates.
import { load, save, toJson } from './storage';

export interface QueuedPost {
  id: string;
  body: string;
  /** Failed attempts so far. */
  n: number;
  /** Earliest time (ms) to send. */
  at: number;
}

const MAX_ITEMS = 100;
const MAX_BYTES = 50_000;

/** Wait before attempt n+1: 2 s doubling up to an hour, jittered to 50–100 %. */
export function backoffMs(n: number, random = Math.random): number {
  const ceiling = Math.min(3_600_000, 1000 * 2 ** n);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Retry-After in ms: delta seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number {
  const seconds = Number(header);
  if (!header || Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return date > now ? date - now : 0;
}

const queued = () => load<QueuedPost[]>('queue', []);

function store(queue: QueuedPost[]): void {
  let kept = queue.slice(-MAX_ITEMS);
  while (kept.length && toJson(kept).length > MAX_BYTES) kept = kept.slice(1);
  save('queue', kept);
}

export class Sender {
  private timer?: ReturnType<typeof setTimeout>;
  private busy = false;

  constructor(
    private readonly endpoint: string,
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
    private readonly now: () => number = Date.now,
  ) {}

  /** Queues a post for this submission id and sends what is due. */
  send(id: string, body: string): Promise<void> {
    store([...queued().filter((q) => q.id !== id), { id, body, n: 0, at: 0 }]);
    return this.flush();
  }

  /**
   * Sends every due post, one at a time, in queue order. `all` sends the
   * waiting ones too: the browser is back online, and the backoff grown
   * during an outage would otherwise hold answers for minutes.
   */
  async flush(all = false): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const item of queued()) {
        if (!all && item.at > this.now()) continue;
        let wait = -1;
        try {
          const response = await this.fetchFn(this.endpoint, {
            method: 'POST',
            body: item.body,
            keepalive: true,
            credentials: 'omit',
            headers: { 'content-type': 'text/plain;charset=UTF-8' },
          });
          const status = response.status;
          if (status === 408 || status === 429 || status >= 500) {
            wait = retryAfterMs(response.headers.get('retry-after'), this.now());
          }
        } catch {
          wait = 0;
        }
        // Re-read: the page may have queued a newer post for this id meanwhile;
        // then that one goes, and this older one is not kept for a retry.
        const rest = queued().filter((q) => q.id !== item.id || q.body !== item.body);
        if (wait >= 0 && !rest.some((q) => q.id === item.id))
          rest.push({ ...item, n: item.n + 1, at: this.now() + Math.max(wait, backoffMs(item.n)) });
        store(rest);
      }
    } finally {
      this.busy = false;
      this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const queue = queued();
    if (queue.length) {
      const next = Math.min(...queue.map((q) => q.at));
      this.timer = setTimeout(() => void this.flush(), Math.max(0, next - this.now()));
    }
  }
}
