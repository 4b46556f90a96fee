// The overview's drill-down filters, in the URL beside the period: the same
// parameters as the API (touchpoint, device, country, locale, page, channel, bucket,
// reason, attr.<key>, q), a repeated parameter meaning OR. A shared link
// shows the same narrowed overview; every card reads the same filters.
import { useLocation } from 'preact-iso';

export const FILTER_KEYS = [
  'touchpoint',
  'device',
  'country',
  'locale',
  'page',
  'channel',
  'bucket',
  'reason',
  'q',
] as const;

export interface Filter {
  /** One of FILTER_KEYS or attr.<key>. */
  key: string;
  value: string;
}

const ATTRIBUTE = /^attr\.[^\s]{1,64}$/;

export const isFilterKey = (key: string) =>
  (FILTER_KEYS as readonly string[]).includes(key) || ATTRIBUTE.test(key);

/** The filters a query string holds, in order, each pair once. */
export function filtersFromSearch(search: string): Filter[] {
  const filters: Filter[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (!isFilterKey(key) || !value.trim()) continue;
    if (!filters.some((f) => f.key === key && f.value === value)) filters.push({ key, value });
  }
  return filters;
}

/** The filters as API query parameters: each key with all its values. */
export function filterParams(filters: readonly Filter[]): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const { key, value } of filters) params[key] = [...(params[key] ?? []), value];
  return params;
}

/** A query string with `filters` in place of the ones it had, other parameters kept. */
export function searchWithFilters(search: string, filters: readonly Filter[]): string {
  const params = new URLSearchParams(search);
  for (const key of [...new Set([...params.keys()])]) if (isFilterKey(key)) params.delete(key);
  for (const { key, value } of filters) params.append(key, value);
  return params.toString();
}

/** Adds a filter (the comment search replaces any earlier one); a pair already there stays once. */
export function withFilter(filters: readonly Filter[], added: Filter): Filter[] {
  const kept = added.key === 'q' ? filters.filter((f) => f.key !== 'q') : [...filters];
  if (kept.some((f) => f.key === added.key && f.value === added.value)) return kept;
  return [...kept, added];
}

export interface FilterState {
  filters: Filter[];
  add(filter: Filter): void;
  remove(filter: Filter): void;
  clear(): void;
}

/** The URL's filters and setters that rewrite the URL (a history step: Back undoes a click). */
export function useFilters(): FilterState {
  const { path, url, route } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const filters = filtersFromSearch(search);
  const go = (next: Filter[]) => {
    const query = searchWithFilters(search, next);
    route(query ? `${path}?${query}` : path);
  };
  return {
    filters,
    add: (filter) => go(withFilter(filters, filter)),
    remove: (filter) =>
      go(filters.filter((f) => !(f.key === filter.key && f.value === filter.value))),
    clear: () => go([]),
  };
}
