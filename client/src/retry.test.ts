import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { DEFAULT_RETRY, OUTBOX_RETRY, backoffMs, withRetry } from "./retry.ts";

const failure = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError({
    status,
    code: status === 0 ? "network" : `http-${status}`,
    message: "x",
    retryAfterSeconds,
  });

describe("backoffMs", () => {
  it("doubles from the base delay up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 7, 20].map((n) => backoffMs(n, null, OUTBOX_RETRY))).toEqual([
      5_000, 10_000, 20_000, 300_000, 300_000,
    ]);
  });

  it("waits at least as long as the server's Retry-After", () => {
    expect(backoffMs(1, 30)).toBe(30_000);
    expect(backoffMs(4, 1)).toBe(4_000);
  });
});

describe("withRetry", () => {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms);

  it("retries network failures, 429 and 5xx, honouring Retry-After, then succeeds", async () => {
    sleeps.length = 0;
    const outcomes = [failure(0), failure(429, 3), failure(503)];
    const seen: number[] = [];
    const result = await withRetry(
      async () => {
        const next = outcomes.shift();
        if (next) throw next;
        return "receipt";
      },
      DEFAULT_RETRY,
      (error, delay) => seen.push(error.status, delay),
      sleep,
    );
    expect(result).toBe("receipt");
    expect(seen).toEqual([0, 500, 429, 3000, 503, 2000]);
    expect(sleeps).toEqual([500, 3000, 2000]);
  });

  it.each([400, 401, 403, 409, 413, 422])(
    "does not retry %i: the same request would be refused again",
    async (status) => {
      let calls = 0;
      const error = await withRetry(
        async () => {
          calls++;
          throw failure(status);
        },
        DEFAULT_RETRY,
        undefined,
        sleep,
      ).catch((e) => e);
      expect(error).toMatchObject({ status });
      expect(calls).toBe(1);
    },
  );

  it("stops after the policy's attempts with the last failure", async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        throw failure(calls++ < 10 ? 502 : 0);
      },
      { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
      undefined,
      sleep,
    ).catch((e) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ status: 502 });
  });

  it("passes other errors (bugs) straight through", async () => {
    let calls = 0;
    const error = await withRetry(async () => {
      calls++;
      throw new TypeError("bug");
    }, DEFAULT_RETRY).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(calls).toBe(1);
  });
});
