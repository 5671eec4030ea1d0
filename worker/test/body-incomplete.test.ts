import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index.ts";
import { TOKENS, json, seedTokens } from "./api.ts";

beforeAll(seedTokens);

const SENT = 500;

/** A submission's first 500 bytes, then the stream errors (a dropped connection) or just ends. */
function cutOffBody(end: "error" | "close") {
  const start = new TextEncoder().encode(
    `{"district":"alga","year":"2025-2026","rows":[${"[1],".repeat(SENT)}`,
  );
  let step = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (step++ === 0) return controller.enqueue(start.subarray(0, SENT));
        if (end === "error") controller.error(new Error("connection reset by peer"));
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

function submission(body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request("https://sapa.test/api/submissions", {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${TOKENS.district("alga")}`,
      ...headers,
    },
    // @ts-expect-error: workerd accepts duplex for streamed request bodies
    duplex: "half",
  });
}

const LANGS = [
  ["en", /arrived incomplete/],
  ["ru", /пришло не полностью/],
  ["kk", /толық келмеді/],
] as const;

const stored = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>())!.n;

describe("a request body cut off mid-way", () => {
  it("is 400 body-incomplete when fewer bytes arrive than its Content-Length declares", async () => {
    for (const [lang, words] of LANGS) {
      const request = submission(cutOffBody("close"), { "Content-Length": "1000", "Accept-Language": lang });
      const res = await exports.default.fetch(request);
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error).toMatchObject({
        code: "body-incomplete",
        details: { contentLength: 1000, receivedBytes: SENT },
      });
      expect(error.message).toMatch(words);
    }
    expect(await stored()).toBe(0);
  });

  // Straight into the app, so the stream's error reaches the worker's read as a broken connection's does
  // (the test runtime's own request pipe ends such a body quietly instead).
  for (const [name, headers] of [
    ["without Content-Length", {}],
    ["with Content-Length: 1000", { "Content-Length": "1000" }],
  ] as const) {
    it(`is 400 body-incomplete, not a 500, when the stream errors mid-way ${name}`, async () => {
      for (const [lang, words] of LANGS) {
        const res = await app.fetch(
          submission(cutOffBody("error"), { ...headers, "Accept-Language": lang }),
          env,
        );
        expect(res.status).toBe(400);
        const { error } = await json(res);
        expect(error.code).toBe("body-incomplete");
        expect(error.message).toMatch(words);
      }
      expect(await stored()).toBe(0);
    });
  }
});
