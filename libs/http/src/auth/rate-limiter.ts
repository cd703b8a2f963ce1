/**
 * A token bucket per key (an API key, a client address): `perSecond` sustained, `burst` at once. In
 * memory, per API process.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  /** 0 when allowed, otherwise the seconds to wait. */
  take(key: string, now = Date.now()): number {
    if (this.perSecond <= 0) return 0;
    const b = this.refilled(key, now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return this.waitFor(b.tokens);
  }

  /** As `take`, without spending a token: for limits on failures, spent only once one happens. */
  peek(key: string, now = Date.now()): number {
    if (this.perSecond <= 0) return 0;
    const b = this.refilled(key, now);
    return b.tokens >= 1 ? 0 : this.waitFor(b.tokens);
  }

  private refilled(key: string, now: number): { tokens: number; at: number } {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 100_000) this.buckets.clear();
    return b;
  }

  private waitFor(tokens: number): number {
    return Math.max(1, Math.ceil((1 - tokens) / this.perSecond));
  }
}
