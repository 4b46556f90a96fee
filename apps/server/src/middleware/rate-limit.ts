// Fixed-window rate limiting in memory, per process. Windows are aligned to
// the clock, so when a window ends every counter of the old one is dropped at
// once: memory is bounded by the keys seen in one window (and capped).
// Answers carry the IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers):
//   RateLimit-Policy: "client";q=60;w=60   RateLimit: "client";r=0;t=17
import type { Clock } from '../clock';

export interface RateLimitPolicy {
  /** Name shown in the RateLimit headers, e.g. "client" or "site". */
  name: string;
  /** Requests allowed per window; 0 turns the policy off. */
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  policy: RateLimitPolicy;
  remaining: number;
  resetSeconds: number;
}

/** Beyond this many keys in one window, new keys are not tracked (fail open). */
const MAX_KEYS = 200_000;

export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    readonly policy: RateLimitPolicy,
    private readonly clock: Clock,
  ) {}

  /** Counts one request for the key and says whether it may go ahead. */
  take(key: string): RateDecision {
    return this.decide(key, true);
  }

  /** Whether the key may still go ahead, without counting a request. */
  peek(key: string): RateDecision {
    return this.decide(key, false);
  }

  private decide(key: string, count: boolean): RateDecision {
    const { limit, windowSeconds } = this.policy;
    const now = this.clock.now();
    const windowMs = windowSeconds * 1000;
    const start = now - (now % windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts = new Map();
    }
    const resetSeconds = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
    if (limit === 0)
      return {
        allowed: true,
        policy: this.policy,
        remaining: Number.POSITIVE_INFINITY,
        resetSeconds,
      };
    const used = this.counts.get(key) ?? 0;
    if (used >= limit) return { allowed: false, policy: this.policy, remaining: 0, resetSeconds };
    if (!count)
      return { allowed: true, policy: this.policy, remaining: limit - used, resetSeconds };
    if (used > 0 || this.counts.size < MAX_KEYS) this.counts.set(key, used + 1);
    return { allowed: true, policy: this.policy, remaining: limit - used - 1, resetSeconds };
  }
}

/** Headers for a refused request: which policy refused it and when to come back. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const { name, limit, windowSeconds } = decision.policy;
  return {
    'retry-after': String(decision.resetSeconds),
    'ratelimit-policy': `"${name}";q=${limit};w=${windowSeconds}`,
    ratelimit: `"${name}";r=${decision.remaining};t=${decision.resetSeconds}`,
  };
}
