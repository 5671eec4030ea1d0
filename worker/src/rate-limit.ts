/**
 * A fixed-window request counter per key (a token's hash). It lives in the isolate's memory: each Workers
 * isolate counts on its own, so the real ceiling is the limit times the isolates serving the token. That
 * is enough to stop one runaway client; it is not a billing-grade quota (documented in the README).
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one request; returns the seconds to wait when `key` is over `limit` in this window, else 0. */
  hit(key: string, limit: number, now = Date.now()): number {
    const start = now - (now % this.windowMs);
    const window = this.windows.get(key);
    if (window === undefined || window.start !== start) {
      if (this.windows.size > 10_000) this.evictBefore(start);
      this.windows.set(key, { start, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > limit ? Math.ceil((start + this.windowMs - now) / 1000) : 0;
  }

  private evictBefore(start: number) {
    for (const [key, w] of this.windows) if (w.start < start) this.windows.delete(key);
  }
}
