import { describe, expect, it } from "vitest";
import { FixedWindowLimiter, addressKey } from "./rate-limit.ts";

const minute = (n: number) => Math.floor(1_700_000_000_000 / 60_000) * 60_000 + n * 60_000;

describe("FixedWindowLimiter", () => {
  it("allows `limit` hits per window per key and tells how long to wait", () => {
    const limiter = new FixedWindowLimiter(60_000);
    const t0 = minute(0) + 40_000; // 40 s into a minute
    for (let i = 0; i < 3; i++) expect(limiter.hit("a", 3, t0 + i)).toBe(0);
    expect(limiter.hit("a", 3, t0 + 10)).toBe(20);
    expect(limiter.hit("b", 3, t0 + 10)).toBe(0);
    expect(limiter.hit("a", 3, t0 + 20_000)).toBe(0); // a new window
  });

  it("tells when a key has reached its limit without counting", () => {
    const limiter = new FixedWindowLimiter(60_000);
    const t0 = minute(0) + 30_000;
    expect(limiter.reached("x", 2, t0)).toBe(0);
    limiter.hit("x", 2, t0);
    expect(limiter.reached("x", 2, t0)).toBe(0);
    limiter.hit("x", 2, t0);
    expect(limiter.reached("x", 2, t0 + 1000)).toBe(29);
    expect(limiter.reached("x", 2, t0 + 1000)).toBe(29); // asking does not count
    expect(limiter.reached("x", 2, minute(1))).toBe(0);
  });

  it("takes back a hit of this window, and leaves a past window alone", () => {
    const limiter = new FixedWindowLimiter(60_000);
    const t0 = minute(0) + 10_000;
    limiter.hit("y", 2, t0);
    limiter.hit("y", 2, t0);
    expect(limiter.reached("y", 2, t0)).toBeGreaterThan(0);
    limiter.undo("y", t0 + 1);
    expect(limiter.reached("y", 2, t0 + 1)).toBe(0);
    limiter.undo("y", minute(1));
    limiter.hit("y", 2, t0 + 2);
    expect(limiter.reached("y", 2, t0 + 2)).toBeGreaterThan(0);
  });

  it("keeps its memory bounded under a flood of distinct keys, and forgets the stalest first", () => {
    const limiter = new FixedWindowLimiter(60_000, 1000);
    const t0 = minute(0);
    for (let i = 0; i < 5; i++) limiter.hit("hot", 3, t0);
    for (let i = 0; i < 100_000; i++) {
      limiter.hit(`guess-${i}`, 3, t0 + 1);
      // The key being flooded is counted throughout, so it is never the stalest and stays limited.
      if (i % 100 === 0) expect(limiter.hit("hot", 3, t0 + 2)).toBeGreaterThan(0);
    }
    expect(limiter.size).toBe(1000);
    expect(limiter.reached("hot", 3, t0 + 3)).toBeGreaterThan(0);
    expect(limiter.reached("guess-0", 1, t0 + 3)).toBe(0); // long forgotten
    expect(limiter.reached("guess-99999", 1, t0 + 3)).toBeGreaterThan(0);
    // Keys of past windows make room before any key of this one.
    const next = minute(1);
    limiter.hit("fresh", 3, next);
    expect(limiter.size).toBe(1000);
    expect(limiter.reached("hot", 3, next)).toBe(0);
  });
});

describe("addressKey", () => {
  it("keeps IPv4 addresses and counts IPv6 by /64", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("2001:db8:0:1::5")).toBe("2001:db8:0:1::/64");
    expect(addressKey("2001:0DB8:0000:0001:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey(undefined)).toBe("unknown");
    expect(addressKey(" ")).toBe("unknown");
  });
});
