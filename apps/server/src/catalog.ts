// Read-through cache of sites and surveys for the public endpoints, which
// look them up on every request. Entries live CATALOG_TTL_MS, so a change made
// by another process (or the CLI) is seen within that time, and a flood of
// requests with made-up keys costs one lookup per key per TTL (misses are
// cached too). This process's own changes clear the cache at once.
//
// Why a TTL and not a change feed (LISTEN/NOTIFY) for origins: the widget's
// answer is cached by browsers for a minute anyway, a refusal is never cached
// (no-store), and an origin check keeps other sites from embedding a site's
// surveys — it does not guard secrets (keys do, and they are not cached).
import type { Clock } from './clock';
import type { Site, Store, StoredSurvey } from './store/types';

interface Entry<T> {
  value: T;
  expires: number;
}

const MAX_ENTRIES = 10_000;
/** How long another process's change to a site or survey may take to be seen here. */
export const CATALOG_TTL_MS = 5_000;

class TtlCache<T> {
  private entries = new Map<string, Entry<T>>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

export class Catalog {
  private readonly sites: TtlCache<Site | undefined>;
  private readonly surveys: TtlCache<StoredSurvey | undefined>;
  private readonly siteLists: TtlCache<StoredSurvey[]>;

  constructor(
    private readonly store: Store,
    clock: Clock,
    ttlMs = CATALOG_TTL_MS,
  ) {
    this.sites = new TtlCache(clock, ttlMs);
    this.surveys = new TtlCache(clock, ttlMs);
    this.siteLists = new TtlCache(clock, ttlMs);
  }

  siteByPublishableKey(key: string): Promise<Site | undefined> {
    return this.sites.get(key, () => this.store.getSiteByPublishableKey(key));
  }

  survey(siteId: string, id: string): Promise<StoredSurvey | undefined> {
    return this.surveys.get(`${siteId}/${id}`, () => this.store.getSurvey(siteId, id));
  }

  /** Every survey of the site, whatever its status (the widget config splits them). */
  siteSurveys(siteId: string): Promise<StoredSurvey[]> {
    return this.siteLists.get(siteId, () => this.store.listSurveys(siteId));
  }

  /** Called after this process changes a site (name, origins), so it sees its own writes at once. */
  sitesChanged(): void {
    this.sites.clear();
  }

  /** Called after this process changes a survey, so it sees its own writes at once. */
  surveysChanged(): void {
    this.surveys.clear();
    this.siteLists.clear();
  }
}
