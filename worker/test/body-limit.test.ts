import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, json, seedTokens } from "./api.ts";

beforeAll(seedTokens);

const LIMIT = Number(env.MAX_BODY_BYTES);
const MiB = 1024 * 1024;

/** A request body that counts what the worker pulls from it, and whether it was read to its end. */
function countingBody(totalBytes: number) {
  const chunk = new Uint8Array(MiB).fill(0x20);
  const seen = { pulled: 0, ended: false, cancelled: false };
  // highWaterMark 0: nothing is pulled until the worker reads.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled >= totalBytes) {
          seen.ended = true;
          return controller.close();
        }
        seen.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

function post(path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return exports.default.fetch(
    new Request(`https://sapa.test${path}`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", ...headers },
      // @ts-expect-error: workerd accepts duplex for streamed request bodies
      duplex: "half",
    }),
  );
}

describe("a declared Content-Length over the limit", () => {
  it("is refused with 413 before the token is looked up and before one byte is read", async () => {
    for (const token of [TOKENS.district("alga"), "made-up", null]) {
      const { stream, seen } = countingBody(LIMIT + MiB);
      const res = await post("/api/submissions", stream, {
        "Content-Length": String(LIMIT + MiB),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      });
      expect(res.status).toBe(413);
      expect((await json(res)).error).toMatchObject({ code: "too-large", details: { limitBytes: LIMIT } });
      // workerd takes one chunk ahead when it wraps the stream; the worker itself reads nothing.
      expect(seen.pulled).toBeLessThanOrEqual(MiB);
    }
  });
});

describe("a body without Content-Length that grows over the limit", () => {
  it("is refused with 413 and read to its end, so the connection it came on stays usable", async () => {
    const { stream, seen } = countingBody(LIMIT + 3 * MiB);
    const res = await post("/api/submissions", stream, {
      Authorization: `Bearer ${TOKENS.district("alga")}`,
    });
    expect(res.status).toBe(413);
    expect((await json(res)).error.code).toBe("too-large");
    expect(seen.ended).toBe(true);
    expect(seen.cancelled).toBe(false);
  });

  it("is not read for ever: past twice the limit the read is cancelled", async () => {
    const { stream, seen } = countingBody(100 * LIMIT);
    const res = await post("/api/submissions", stream, {
      Authorization: `Bearer ${TOKENS.district("alga")}`,
    });
    expect(res.status).toBe(413);
    await res.arrayBuffer();
    expect(seen.ended).toBe(false);
    expect(seen.pulled).toBeLessThanOrEqual(2 * LIMIT + 2 * MiB);
  });
});
