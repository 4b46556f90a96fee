// Read-through cache of sites and surveys for the public endpoints, which
// look them up on every request. Entries live a few seconds, so a change made
// by another process (or the CLI) is seen quickly, and a flood of requests
// with made-up keys costs one lookup per key per TTL (misses are cached too).
import type { Clock } from './clock';
import type { Site, Store, StoredSurvey } from './store/types';

interface Entry<T> {
  value: T;
  expires: number;
}

const MAX_ENTRIES = 10_000;

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
    ttlMs = 5_000,
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

  /** Called after this process changes a survey, so it sees its own writes at once. */
  surveysChanged(): void {
    this.surveys.clear();
    this.siteLists.clear();
  }
}
