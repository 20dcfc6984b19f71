// Request limits: body size, a token bucket per token (or per address for public routes), page sizes, long-poll.

/**
 * Limits of a node; every member has a documented default in `defaultLimits`.
 * @example
 * const limits: Partial<Limits> = { ratePerSecond: 100, burst: 200 };
 */
export interface Limits {
  /** Largest request body in bytes; larger bodies get 413 (default: 1 MiB). */
  readonly bodyBytes: number;
  /** Sustained requests per second per token (default: 20). */
  readonly ratePerSecond: number;
  /** Requests a token may make at once before the rate applies (default: 40). */
  readonly burst: number;
  /** Largest `limit` of a page; a larger one is a 400 (default: 200). */
  readonly pageMax: number;
  /** Page size when `limit` is not given (default: 50). */
  readonly pageDefault: number;
  /** Longest long-poll wait of `GET /events`, in seconds (default: 30). */
  readonly longPollMaxSeconds: number;
}

/**
 * The default limits of the API contract.
 * @example
 * createNode({ dbPath, limits: { ...defaultLimits, ratePerSecond: 100 } });
 */
export const defaultLimits: Limits = {
  bodyBytes: 1024 * 1024,
  ratePerSecond: 20,
  burst: 40,
  pageMax: 200,
  pageDefault: 50,
  longPollMaxSeconds: 30,
};

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per key; `take` answers undefined when allowed, else the seconds to wait. */
export function rateLimiter(limits: Pick<Limits, "ratePerSecond" | "burst">, clock: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const refill = (b: Bucket, now: number): void => {
    b.tokens = Math.min(limits.burst, b.tokens + ((now - b.at) / 1000) * limits.ratePerSecond);
    b.at = now;
  };
  return {
    take(key: string): number | undefined {
      const now = clock();
      let bucket = buckets.get(key);
      if (!bucket) {
        // Forget full buckets now and then, so that many addresses cannot grow the map without bound.
        if (buckets.size >= 10_000) {
          for (const [k, b] of buckets) {
            refill(b, now);
            if (b.tokens >= limits.burst) buckets.delete(k);
          }
        }
        bucket = { tokens: limits.burst, at: now };
        buckets.set(key, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return undefined;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / limits.ratePerSecond));
    },
  };
}
