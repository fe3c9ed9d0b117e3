/**
 * Fixed-window request counting per client, in memory. Each replica counts on its own, so a
 * cluster of N replicas admits up to N × the limit; put a shared limiter in the load balancer
 * when that matters.
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now - (now % this.windowMs);
      this.counts = new Map();
    }
  }

  /** Seconds to wait before `client` may go on (0 = go on now). */
  blocked(client: string): number {
    this.roll();
    return (this.counts.get(client) ?? 0) >= this.max ? this.retryAfter() : 0;
  }

  /** Counts one request; returns seconds to wait when it is over the limit, else 0. */
  take(client: string): number {
    this.roll();
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    return count > this.max ? this.retryAfter() : 0;
  }

  private retryAfter(): number {
    return Math.max(1, Math.ceil((this.windowStart + this.windowMs - this.now()) / 1000));
  }
}
