import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const CHUNKS = 16;
const CHUNK_BYTES = 64 * 1024;

/** A request body of 1 MiB in chunks, counting how many of them the server read. */
function countedBody() {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === CHUNKS) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(CHUNK_BYTES));
    },
  });
  return { body, pulled: () => pulled };
}

describe("a request refused before its body is read", () => {
  // A body left unread holds the connection it came on: under load the local server stalled the next
  // request behind it (a CLI call after a revoked token's submission hung in the e2e).
  for (const [what, path, token, status] of [
    ["a made-up token on a submission", "/api/submissions", "made-up", 401],
    ["an unknown path", "/api/nothing-here", "made-up", 404],
    ["a wrong method on a public path", "/api/health", "made-up", 405],
  ] as const) {
    it(`has its body read to the end before the answer: ${what}`, async () => {
      const { body, pulled } = countedBody();
      const res = await exports.default.fetch(
        new Request(`https://sapa.test${path}`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body,
          // @ts-expect-error: `duplex` is required by fetch for a stream body, not yet in the DOM types
          duplex: "half",
        }),
      );
      expect(res.status).toBe(status);
      await res.arrayBuffer();
      expect(pulled()).toBe(CHUNKS);
    });
  }
});
