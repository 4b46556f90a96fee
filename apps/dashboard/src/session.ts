// The secret key lives in sessionStorage only: it survives a reload of this
// tab, is gone when the tab closes, and is never written to a URL, a cookie
// or localStorage (which other tabs and later visits would read).
const KEY = 'koe-dashboard:secret-key';

export function savedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveKey(secretKey: string): void {
  try {
    sessionStorage.setItem(KEY, secretKey);
  } catch {
    // storage blocked: the key lives in memory until the page goes
  }
}

export function forgetKey(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing was stored
  }
}
