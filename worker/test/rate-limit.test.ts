import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "./api.ts";

beforeAll(seedTokens);

/** Waits for a fresh minute when the current one is nearly over, so a flood is not split across two windows. */
async function awayFromWindowEnd() {
  const msIntoMinute = Date.now() % 60_000;
  if (msIntoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_000 - msIntoMinute + 50));
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
});
