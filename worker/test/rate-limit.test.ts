import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "./api.ts";

beforeAll(seedTokens);

/** Waits for a fresh minute when the current one is nearly over, so a flood is not split across two windows. */
async function awayFromWindowEnd(needMs = 15_000) {
  const msIntoMinute = Date.now() % 60_000;
  if (msIntoMinute > 60_000 - needMs) await new Promise((r) => setTimeout(r, 60_000 - msIntoMinute + 50));
}

describe("a token that floods the server", () => {
  it("gets 429 with Retry-After once over the per-minute limit, while other tokens go on", async () => {
    const limit = Number(env.RATE_LIMIT_PER_MINUTE);
    const token = TOKENS.district("kargaly");
    await awayFromWindowEnd();
    const statuses: number[] = [];
    for (let i = 0; i < limit + 5; i++) {
      const res = await call("/api/years/2025-2026", { token });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
        expect((await json(res)).error.code).toBe("rate-limited");
      } else await res.arrayBuffer();
    }
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429, 429, 429, 429]);
    expect((await call("/api/years/2025-2026", { token: TOKENS.district("alga") })).status).toBe(200);
  });

  it("throttles made-up tokens too, before any database lookup", async () => {
    const limit = Number(env.RATE_LIMIT_PER_MINUTE);
    await awayFromWindowEnd();
    let last = 0;
    for (let i = 0; i <= limit; i++)
      last = (await call("/api/years/2025-2026", { token: "guessing" })).status;
    expect(last).toBe(429);
  });

  it("throttles guessing by client address when every guess is a new made-up token", async () => {
    const failures = Number(env.AUTH_FAILURES_PER_MINUTE);
    const guesser = { "CF-Connecting-IP": "203.0.113.7" };
    await awayFromWindowEnd(20_000);
    const statuses: number[] = [];
    // Each request with another made-up token, as the probe of issue 10 sent them.
    for (let i = 0; i < failures + 20; i++) {
      const res = await call("/api/years/2025-2026", { token: `made-up-${i}`, headers: guesser });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
      await res.arrayBuffer();
    }
    expect(statuses.slice(0, failures).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(failures).every((s) => s === 429)).toBe(true);
    // Throttled before the lookup: a real token from that address cannot be told from a false one.
    const real = await call("/api/years/2025-2026", { token: TOKENS.district("temir"), headers: guesser });
    expect(real.status).toBe(429);
    expect((await json(real)).error.code).toBe("rate-limited");
    // Other addresses are not affected.
    const elsewhere = { "CF-Connecting-IP": "198.51.100.9" };
    expect((await call("/api/years/2025-2026", { token: "made-up-x", headers: elsewhere })).status).toBe(401);
    expect(
      (await call("/api/years/2025-2026", { token: TOKENS.district("temir"), headers: elsewhere })).status,
    ).toBe(200);
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it does not help", async () => {
    const failures = Number(env.AUTH_FAILURES_PER_MINUTE);
    await awayFromWindowEnd(10_000);
    for (let i = 0; i < failures; i++) {
      const res = await call("/api/years/2025-2026", {
        token: `v6-guess-${i}`,
        headers: { "CF-Connecting-IP": `2001:db8:7:1::${(i + 1).toString(16)}` },
      });
      expect(res.status).toBe(401);
      await res.arrayBuffer();
    }
    const neighbour = await call("/api/years/2025-2026", {
      token: "v6-guess-last",
      headers: { "CF-Connecting-IP": "2001:db8:7:1:ffff::1" },
    });
    expect(neighbour.status).toBe(429);
    const otherNetwork = await call("/api/years/2025-2026", {
      token: "v6-guess-last",
      headers: { "CF-Connecting-IP": "2001:db8:7:2::1" },
    });
    expect(otherNetwork.status).toBe(401);
  });
});
