import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { SLOWEST_UPLOAD_BYTES_PER_SECOND, deadlineMs, timedFetch } from "./transport.ts";

/** A loopback port with nobody listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("timedFetch", () => {
  it("turns a refused connection into a network ApiError with status 0 in the user's language", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/health`;
    const error = (await timedFetch(fetch, { timeoutMs: 5_000, lang: "kk" })(url).catch(
      (e) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: "network", retryable: true });
    expect(error.message).toContain("Серверге қосылу мүмкін болмады");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("gives up at the deadline with a timeout ApiError, aborting the request", async () => {
    let aborted = false;
    const stuck = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => {
          aborted = true;
          reject(init.signal?.reason);
        });
      });
    const started = Date.now();
    const error = (await timedFetch(stuck, { timeoutMs: 150, lang: "ru" })(
      "https://sapa.test/api/report",
    ).catch((e) => e)) as ApiError;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(aborted).toBe(true);
    expect(error).toMatchObject({ status: 0, code: "timeout" });
    expect(error.message).toContain("https://sapa.test");
  });

  it("gives a body its upload time on a slow line on top of the answer's deadline", async () => {
    // A bodiless request waits the base alone; 160 KB at 16 KB/s adds 10 s; a text counts 3 bytes a unit.
    expect(deadlineMs(30_000, undefined)).toBe(30_000);
    expect(deadlineMs(30_000, new Uint8Array(10 * SLOWEST_UPLOAD_BYTES_PER_SECOND))).toBe(40_000);
    expect(deadlineMs(30_000, "x".repeat(SLOWEST_UPLOAD_BYTES_PER_SECOND))).toBe(33_000);
    // 16 MB, the body limit, gets about 17 minutes.
    expect(deadlineMs(30_000, new Uint8Array(16 * 1024 * 1024))).toBe(30_000 + 1_024_000);

    // A stuck request with a body is given up at base + upload time, and the message says how long it waited.
    const stuck = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const body = new Uint8Array(SLOWEST_UPLOAD_BYTES_PER_SECOND / 4); // 250 ms at the slowest rate
    const started = Date.now();
    const error = (await timedFetch(stuck, { timeoutMs: 1_500, lang: "en" })(
      "https://sapa.test/api/submissions",
      {
        method: "POST",
        body,
      },
    ).catch((e) => e)) as ApiError;
    const waited = Date.now() - started;
    expect(error).toMatchObject({ status: 0, code: "timeout" });
    expect(waited).toBeGreaterThanOrEqual(1_700);
    expect(error.message).toContain("within 2 s");
  });
});
