/**
 * Fixed-window request counters per key (a token's hash, a client address). They live in the isolate's
 * memory: each Workers isolate counts on its own, so the real ceiling is the limit times the isolates
 * serving the key. That is enough to stop one runaway client or one guesser; it is not a billing-grade
 * quota (documented in the README). Memory is bounded: at most `maxKeys` keys are kept, and when a new key
 * finds the table full the least recently counted one is forgotten.
 */
export class FixedWindowLimiter {
  // Map order is recency order: a counted key is moved to the end, so the first key is the stalest.
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one request; returns the seconds to wait when `key` is over `limit` in this window, else 0. */
  hit(key: string, limit: number, now = Date.now()): number {
    const start = now - (now % this.windowMs);
    const window = this.windows.get(key);
    this.windows.delete(key);
    if (window === undefined || window.start !== start) {
      this.makeRoom();
      this.windows.set(key, { start, count: 1 });
      return 1 > limit ? this.wait(start, now) : 0;
    }
    window.count += 1;
    this.windows.set(key, window);
    return window.count > limit ? this.wait(start, now) : 0;
  }

  /**
   * Takes back one hit of `key` counted in this window (an attempt counted before it was known to fail, that
   * then succeeded). A window that has passed meanwhile is left alone.
   */
  undo(key: string, now = Date.now()): void {
    const window = this.windows.get(key);
    if (window !== undefined && window.start === now - (now % this.windowMs) && window.count > 0)
      window.count -= 1;
  }

  /** The seconds to wait when `key` has already reached `limit` in this window, else 0 (counts nothing). */
  reached(key: string, limit: number, now = Date.now()): number {
    const start = now - (now % this.windowMs);
    const window = this.windows.get(key);
    return window !== undefined && window.start === start && window.count >= limit
      ? this.wait(start, now)
      : 0;
  }

  /** How many keys are kept (never more than `maxKeys`). */
  get size(): number {
    return this.windows.size;
  }

  private wait(start: number, now: number): number {
    return Math.max(1, Math.ceil((start + this.windowMs - now) / 1000));
  }

  // Keys from past windows were counted before every key of this one, so they go first, then the stalest.
  private makeRoom() {
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}

/**
 * The key a client address is counted under: IPv4 as is, IPv6 by its /64 (one subscriber usually holds a
 * whole /64, so counting single IPv6 addresses would let one guesser rotate through billions).
 */
export function addressKey(address: string | undefined): string {
  const ip = address?.trim().toLowerCase() ?? "";
  if (ip === "") return "unknown";
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.split("::", 2);
  const first = head === "" ? [] : head.split(":");
  const last = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups =
    tail === undefined
      ? first
      : [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill("0"), ...last];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
