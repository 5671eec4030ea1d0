import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { timedFetch } from "./transport.ts";

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
});
