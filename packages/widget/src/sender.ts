// Delivery of answers. Every post first goes into a queue in localStorage —
// at most 100 items and 50 KB, a newer post for the same submission id
// replacing the older — and is then sent: a CORS simple request (text/plain
// JSON, no preflight) with keepalive so it survives page unload. Stored (2xx)
// or refused for good (4xx other than 408/429): it leaves the queue, and a
// refusal is written to the console with the server's problem code and what
// to do (a draft survey, a wrong key or origin can never succeed, so retrying
// would only hide it). Otherwise (network, 408, 429, 5xx) it waits, with
// exponential backoff and jitter and at least Retry-After, and is resent then
// or on the next page load; after FAILING_AFTER failures in a row the console
// says delivery is failing. The server is idempotent on the id, so a resend
// never duplicates.
import { note as addNote, explain as explainNotes, type Note } from './notes';
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
/** Failed tries in a row before the console says delivery is failing: half a minute of backoff or more. */
export const FAILING_AFTER = 6;

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

export interface Sender {
  /** Queues a post for this submission id and sends what is due. */
  send(id: string, body: string): Promise<void>;
  /**
   * Sends every due post, one at a time, in queue order. `all` sends the
   * waiting ones too: the browser is back online, and the backoff grown
   * during an outage would otherwise hold answers for minutes.
   */
  flush(all?: boolean): Promise<void>;
}

/**
 * `note` and `explain` are the loader's (notes.ts): koe-ui.js has its own
 * copy of that module, and the notes of posts belong with the others.
 */
export function createSender(
  endpoint: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
  now: () => number = Date.now,
  note: (...n: Note) => void = addNote,
  explain: () => void = explainNotes,
): Sender {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;

  const schedule = () => {
    clearTimeout(timer);
    const queue = queued();
    if (queue.length) {
      const next = Math.min(...queue.map((q) => q.at));
      timer = setTimeout(() => void flush(), Math.max(0, next - now()));
    }
  };

  async function flush(all = false): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      for (const item of queued()) {
        if (!all && item.at > now()) continue;
        let wait = -1;
        let response: Response | undefined;
        try {
          response = await fetchFn(endpoint, {
            method: 'POST',
            body: item.body,
            keepalive: true,
            credentials: 'omit',
            headers: { 'content-type': 'text/plain;charset=UTF-8' },
          });
          const status = response.status;
          if (status === 408 || status === 429 || status >= 500) {
            wait = retryAfterMs(response.headers.get('retry-after'), now());
          }
        } catch {
          wait = 0;
        }
        note('post', item, response);
        // Refused for good (the survey is a draft, the origin not allowed…), or
        // failing again and again while online: the console says what to do.
        if (
          wait < 0
            ? (response?.status as number) > 399
            : item.n >= FAILING_AFTER - 1 && navigator.onLine
        )
          explain();
        // Re-read: the page may have queued a newer post for this id meanwhile;
        // then that one goes, and this older one is not kept for a retry.
        const rest = queued().filter((q) => q.id !== item.id || q.body !== item.body);
        if (wait >= 0 && !rest.some((q) => q.id === item.id))
          rest.push({ ...item, n: item.n + 1, at: now() + Math.max(wait, backoffMs(item.n)) });
        store(rest);
      }
    } finally {
      busy = false;
      schedule();
    }
  }

  return {
    send(id, body) {
      store([...queued().filter((q) => q.id !== id), { id, body, n: 0, at: 0 }]);
      return flush();
    },
    flush,
  };
}
