// localStorage, safely: private modes, full quotas and blocked storage must
// never break the page. Only three keys exist: per-survey timestamps (seen),
// the retry queue (queue) and the opt-out flag (out).
const PREFIX = 'koe:';

/**
 * JSON.stringify that ignores the page's toJSON methods: Prototype.js (≤ 1.6)
 * gives arrays one that returns a string, which would store a queue that
 * cannot be read back and send reasons the server must refuse.
 */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key: string) {
    return this[key];
  });

export function load<T>(key: 'seen' | 'queue' | 'out', fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function save(key: 'seen' | 'queue' | 'out', value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, toJson(value));
  } catch {
    // Storage full or unavailable: the widget keeps working without memory.
  }
}
