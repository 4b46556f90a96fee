// localStorage, safely: private modes, full quotas and blocked storage must
// never break the page. Only three keys exist: per-survey timestamps (seen),
// the retry queue (queue) and the opt-out flag (out).
const PREFIX = 'koe:';

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
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the widget keeps working without memory.
  }
}
