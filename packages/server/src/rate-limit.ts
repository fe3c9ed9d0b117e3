/**
 * Sliding-window request counting per client, in memory: a client is over the limit when `max`
 * of its requests fall within the last `windowMs`, whenever they happened. (A fixed window reset
 * on the minute let a client spend its budget twice around each boundary — and made a test that
 * straddled one pass or fail by the clock.) Each client keeps only its last `max` times, in a
 * ring; clients idle for a whole window are forgotten. Each replica counts on its own, so a
 * cluster of N replicas admits up to N × the limit; put a shared limiter in the load balancer
 * when that matters.
 */
export class RateLimiter {
  private clients = new Map<string, { times: Float64Array; next: number; count: number; last: number }>();
  private lastSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before `client` may go on (0 = go on now). */
  blocked(client: string): number {
    const now = this.now();
    this.sweep(now);
    const entry = this.clients.get(client);
    if (!entry || entry.count < this.max) return 0;
    // The oldest of the last `max` requests: once it leaves the window, the client may go on.
    const oldest = entry.times[entry.next]!;
    return now - oldest < this.windowMs ? this.secondsUntil(oldest + this.windowMs, now) : 0;
  }

  /** Counts one request; returns seconds to wait when it is over the limit, else 0. */
  take(client: string): number {
    const now = this.now();
    const wait = this.blocked(client);
    let entry = this.clients.get(client);
    if (!entry) {
      entry = { times: new Float64Array(Math.max(1, this.max)), next: 0, count: 0, last: now };
      this.clients.set(client, entry);
    }
    entry.times[entry.next] = now;
    entry.next = (entry.next + 1) % entry.times.length;
    entry.count = Math.min(entry.count + 1, entry.times.length);
    entry.last = now;
    return wait > 0 ? wait : this.max === 0 ? this.secondsUntil(now + this.windowMs, now) : 0;
  }

  private secondsUntil(when: number, now: number): number {
    return Math.max(1, Math.ceil((when - now) / 1000));
  }

  /** Forgets clients with no request in the last window (at most once a window). */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, entry] of this.clients) if (now - entry.last >= this.windowMs) this.clients.delete(client);
  }
}
