// The install check's memory: which page origins fetched each site's widget
// config, allowed or refused, counted in memory and written every few
// seconds (one upsert per origin per flush, never a write per request).
// Several processes on one PostgreSQL each flush their own counts, which add
// up in the table.
//
// Bounded, because Origin is a header anyone can set for a known site key: a
// site keeps at most `perSite` origins per verdict, evicting the one seen
// longest ago (the table is pruned to the same number), and the whole
// recorder holds at most `maxPending` entries between flushes; past that,
// new origins are dropped until the next flush and the drop is logged.
// Only origin, time and count are kept: nothing about visitors.
import type { Clock } from './clock';
import type { Logger } from './log';
import type { SiteInstall, Store } from './store/types';

export interface InstallRecorderOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /** How often counts are written (ms). */
  flushMs?: number;
  /** Origins kept per site and verdict, in memory and in the table. */
  perSite?: number;
  /** Entries held between flushes, all sites together. */
  maxPending?: number;
}

export class InstallRecorder {
  readonly perSite: number;
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly flushMs: number;
  private readonly maxPending: number;
  /** site and verdict → origin ('' for none) → counts; each inner map in least-recently-seen order. */
  private pending = new Map<string, Map<string, SiteInstall>>();
  private size = 0;
  private dropped = 0;
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor({
    store,
    clock,
    log,
    flushMs = 5_000,
    perSite = 100,
    maxPending = 20_000,
  }: InstallRecorderOptions) {
    this.store = store;
    this.clock = clock;
    this.log = log;
    this.flushMs = flushMs;
    this.perSite = perSite;
    this.maxPending = maxPending;
  }

  /** One widget config fetch for the site, from this origin (null: no Origin header). */
  record(siteId: string, origin: string | null, allowed: boolean): void {
    const now = this.clock.now();
    this.add({ siteId, origin, allowed, firstSeenAt: now, lastSeenAt: now, count: 1 });
  }

  private add(seen: SiteInstall): void {
    const group = `${seen.allowed ? '+' : '-'}${seen.siteId}`;
    const key = seen.origin ?? '';
    let origins = this.pending.get(group);
    const known = origins?.get(key);
    if (origins && known) {
      known.count += seen.count;
      known.firstSeenAt = Math.min(known.firstSeenAt, seen.firstSeenAt);
      known.lastSeenAt = Math.max(known.lastSeenAt, seen.lastSeenAt);
      origins.delete(key); // re-inserted below: now the most recently seen
      origins.set(key, known);
      return;
    }
    if (this.size >= this.maxPending) {
      this.dropped++;
      return;
    }
    if (!origins) {
      origins = new Map();
      this.pending.set(group, origins);
    }
    origins.set(key, { ...seen });
    this.size++;
    if (origins.size > this.perSite) {
      origins.delete(origins.keys().next().value as string);
      this.size--;
    }
  }

  /** What this process has seen for the site and not written yet. */
  pendingFor(siteId: string): SiteInstall[] {
    return [
      ...(this.pending.get(`+${siteId}`)?.values() ?? []),
      ...(this.pending.get(`-${siteId}`)?.values() ?? []),
    ].map((seen) => ({ ...seen }));
  }

  /** Writes what was counted since the last flush; on failure keeps it for the next one. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    const batch = [...this.pending.values()].flatMap((origins) => [...origins.values()]);
    const dropped = this.dropped;
    this.pending = new Map();
    this.size = 0;
    this.dropped = 0;
    if (dropped)
      this.log.warn(
        { dropped },
        'install check: too many distinct origins at once; some not counted',
      );
    if (!batch.length) return;
    try {
      await this.store.recordInstalls(batch, this.perSite);
    } catch (error) {
      this.log.warn(
        { err: error, entries: batch.length },
        'install check: could not write; retrying',
      );
      for (const seen of batch) this.add(seen);
    }
  }

  /** Flushes every flushMs until stop(). The timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is left (shutdown). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
