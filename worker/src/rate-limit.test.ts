import { describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "./rate-limit.ts";

describe("FixedWindowLimiter", () => {
  it("allows `limit` hits per window per key and tells how long to wait", () => {
    const limiter = new FixedWindowLimiter(60_000);
    const t0 = Math.floor(1_700_000_000_000 / 60_000) * 60_000 + 40_000; // 40 s into a minute
    for (let i = 0; i < 3; i++) expect(limiter.hit("a", 3, t0 + i)).toBe(0);
    expect(limiter.hit("a", 3, t0 + 10)).toBe(20);
    expect(limiter.hit("b", 3, t0 + 10)).toBe(0);
    expect(limiter.hit("a", 3, t0 + 20_000)).toBe(0); // a new window
  });
});
