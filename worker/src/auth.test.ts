import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, seedTokens } from "../test/api.ts";
import app from "./index.ts";

beforeAll(seedTokens);

/** The app with a small failed-authentication limit, so a test needs few requests. */
const LIMIT = 5;
const limited = { ...env, AUTH_FAILURES_PER_MINUTE: String(LIMIT) };

async function ask(token: string, address: string): Promise<number> {
  const res = await app.request(
    "/api/years/2025-2026",
    { headers: { Authorization: `Bearer ${token}`, "CF-Connecting-IP": address } },
    limited,
  );
  await res.arrayBuffer();
  return res.status;
}

/** Waits for a fresh minute when the current one is nearly over, so the requests share one window. */
async function awayFromWindowEnd(needMs = 10_000) {
  const msIntoMinute = Date.now() % 60_000;
  if (msIntoMinute > 60_000 - needMs) await new Promise((r) => setTimeout(r, 60_000 - msIntoMinute + 50));
}

describe("the failed-authentication limit", () => {
  it("holds for guesses sent all at once: at most the limit of 401s, then 429", async () => {
    await awayFromWindowEnd();
    // Four times the limit in flight together, each awaiting its own token lookup.
    const statuses = await Promise.all(
      Array.from({ length: LIMIT * 4 }, (_, i) => ask(`concurrent-guess-${i}`, "203.0.113.51")),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT * 3);
  });

  it("gives a real token's attempt back: a district's own requests never use up its address's limit", async () => {
    await awayFromWindowEnd();
    const office = "198.51.100.41";
    const own: number[] = [];
    for (let i = 0; i < LIMIT * 2; i++) own.push(await ask(TOKENS.district("oiyl"), office));
    expect(own).toEqual(Array<number>(LIMIT * 2).fill(200));
    const guesses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) guesses.push(await ask(`office-guess-${i}`, office));
    expect(guesses).toEqual([...Array<number>(LIMIT).fill(401), 429]);
  });

  it("never throttles a real token's requests sent all at once, and counts guesses among them", async () => {
    await awayFromWindowEnd();
    const office = "198.51.100.77";
    // A token this isolate has not seen yet, its requests sent together (as a pull sends its pages): four
    // times the limit in flight share one lookup and are all answered.
    const own = await Promise.all(
      Array.from({ length: LIMIT * 4 }, () => ask(TOKENS.district("kobda"), office)),
    );
    expect(own).toEqual(Array<number>(LIMIT * 4).fill(200));
    // Guesses from the same address mixed in with them: the limit of 401s, then 429; the real ones pass.
    const mixed = await Promise.all(
      Array.from({ length: LIMIT * 4 }, (_, i) =>
        ask(i % 2 === 0 ? TOKENS.district("kobda") : `mixed-guess-${i}`, office),
      ),
    );
    expect(mixed.filter((_, i) => i % 2 === 0)).toEqual(Array<number>(LIMIT * 2).fill(200));
    const guesses = mixed.filter((_, i) => i % 2 === 1);
    expect(guesses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(guesses.filter((s) => s === 429)).toHaveLength(LIMIT);
  });
});
