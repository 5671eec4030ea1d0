import fc from "fast-check";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, asSent, call, json, sealed, seedTokens } from "./api.ts";
import { errorBody } from "../src/errors.ts";
import { makeSubmission } from "./fixtures.ts";

beforeAll(seedTokens);

const alga = TOKENS.district("alga");
const LIMIT = Number(env.MAX_BODY_BYTES);

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await json(res);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body;
}

describe("malformed input gets 400, never 500", () => {
  it("rejects malformed JSON", async () => {
    for (const raw of ["{not json", "", '{"district": "alga",}', "\u0000\u0001", '{"a":1}{"b":2}']) {
      await expectError(
        await call("/api/submissions", { raw, token: alga, headers: { "Content-Type": "application/json" } }),
        400,
        "bad-json",
      );
    }
  });

  it("rejects bytes that are not UTF-8", async () => {
    const raw = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    await expectError(await call("/api/submissions", { raw, token: alga }), 400, "bad-json");
  });

  it("rejects JSON of the wrong shape and wrong types with the issues listed", async () => {
    const good = await sealed(await makeSubmission("alga", 2, 1));
    const cases: unknown[] = [
      null,
      [],
      42,
      "submission",
      { ...good, district: 5 },
      { ...good, district: "atlantis" },
      { ...good, year: "2025-2027" },
      { ...good, asOf: "2025-02-30" },
      { ...good, rows: "many" },
      { ...good, rows: [{ ...good.rows[0], experienceYears: "ten" }] },
      { ...good, rows: [{ ...good.rows[0], category: "grand-master" }] },
      { ...good, columns: ["fullName", "shoeSize"] },
    ];
    for (const body of cases) {
      const envelope = await expectError(
        await call("/api/submissions", { body, token: alga }),
        400,
        "invalid-input",
      );
      expect(envelope.error.details.issues.length).toBeGreaterThan(0);
    }
  });

  it("says in the caller's language which field is wrong, and how many issues there are", async () => {
    // A year that is no academic year, in a query: the message names the parameter.
    const kk = await expectError(
      await call("/api/report?year=2025&lang=kk", { token: TOKENS.region }),
      400,
      "invalid-input",
    );
    expect(kk.error.details.field).toBe("year");
    expect(kk.error.message).toBe(
      "Сұраныстағы деректер қате: «year» (барлығы 1 қате). Мәнін тексеріп, қайталаңыз.",
    );
    // A row's value deep in a body: the path down to it; an unknown field at the top: its name.
    const good = await sealed(await makeSubmission("alga", 2, 1));
    const row = await expectError(
      await call("/api/submissions?lang=ru", {
        body: { ...good, rows: [{ ...good.rows[0], category: "grand-master" }] },
        token: alga,
      }),
      400,
      "invalid-input",
    );
    expect(row.error.message).toMatch(/^Данные запроса неверны: «rows\.0\.category» \(всего ошибок: 1\)/);
    const extra = await expectError(
      await call("/api/submissions?lang=en", { body: { ...good, shoeSize: 44 }, token: alga }),
      400,
      "invalid-input",
    );
    expect(extra.error.details.field).toBe("shoeSize");
    expect(extra.error.message).toContain("at “shoeSize”");
  });

  it("rejects unknown fields at the top and in rows, and any ИИН in clear text", async () => {
    const good = await sealed(await makeSubmission("alga", 2, 2));
    const withIin = { ...good, rows: [{ ...good.rows[0], iin: "791028302728" }] };
    const extraTop = { ...good, summary: {} };
    const nameWithIin = { ...good, rows: [{ ...good.rows[0], mentor: "Иванова 791028302728" }] };
    for (const body of [withIin, extraTop, nameWithIin]) {
      const envelope = await expectError(
        await call("/api/submissions", { body, token: alga }),
        400,
        "invalid-input",
      );
      expect(JSON.stringify(envelope)).not.toContain("791028302728");
    }
  });

  it("rejects bad query and path parameters", async () => {
    await expectError(await call("/api/report?year=last", { token: TOKENS.region }), 400, "invalid-input");
    await expectError(
      await call("/api/report?year=2025-2026&format=pdf", { token: TOKENS.region }),
      400,
      "invalid-input",
    );
    await expectError(await call("/api/submissions?district=nowhere", { token: alga }), 400, "invalid-input");
    await expectError(
      await call("/api/years/2025/lock", { method: "POST", token: TOKENS.region }),
      400,
      "invalid-input",
    );
    await expectError(
      await call("/api/submissions", {
        body: await sealed(await makeSubmission("alga", 1, 3)),
        token: alga,
        headers: { "Idempotency-Key": "a b" },
      }),
      400,
      "invalid-input",
    );
  });

  it("answers unknown routes with the 404 envelope, a known one's wrong method with 405", async () => {
    await expectError(await call("/api/nothing-here"), 404, "not-found");
    const wrong = await call("/api/health", { method: "DELETE" });
    expect(wrong.headers.get("Allow")).toBe("GET, HEAD");
    await expectError(wrong, 405, "method-not-allowed");
  });

  it("has no re-seal route: no deployment ever stored rows in clear (issue 20)", async () => {
    const body = { encryption: (await sealed(await makeSubmission("alga", 2, 5))).encryption, rows: [] };
    const requests = [
      ["GET", "/api/reseal"],
      ["POST", "/api/reseal"],
      ["PUT", "/api/reseal/alga/2025-2026/1"],
    ] as const;
    for (const [method, path] of requests)
      for (const lang of ["kk", "ru", "en"] as const) {
        const res = await call(`${path}?lang=${lang}`, {
          method,
          token: TOKENS.region,
          ...(method === "GET" ? {} : { body }),
        });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(await json(res)).toEqual(errorBody("not-found", lang));
      }
    expect(errorBody("not-found", "en")).toEqual({
      error: { code: "not-found", message: "No such address or record." },
    });
  });
});

describe("size limit", () => {
  it("accepts a 20,000-row roster", async () => {
    const body = await sealed(await makeSubmission("aktobe", 20_000, 4));
    const text = JSON.stringify(asSent("/api/submissions", body));
    expect(text.length).toBeLessThan(LIMIT);
    const res = await call("/api/submissions", {
      raw: text,
      token: TOKENS.district("aktobe"),
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(201);
    expect((await json(res)).summary.teachers).toBe(20_000);
    // Stored in parts under D1's 2 MB value limit, joined back exactly.
    const parts = await env.DB.prepare(
      "SELECT COUNT(*) AS n, MAX(LENGTH(CAST(data AS BLOB))) AS biggest FROM submission_parts WHERE kind = 'rows'",
    ).first<{ n: number; biggest: number }>();
    expect(parts!.n).toBeGreaterThan(1);
    expect(parts!.biggest).toBeLessThan(2_000_000);
  });

  it("answers 413 for a declared Content-Length over the limit", async () => {
    const big = `{"district":"alga","pad":"${"x".repeat(LIMIT)}"}`;
    await expectError(await call("/api/submissions", { raw: big, token: alga }), 413, "too-large");
  });

  it("answers 413 for a streamed body (no Content-Length) that grows over the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMIT + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        sent = Infinity;
      },
    });
    const { exports } = await import("cloudflare:workers");
    const res = await exports.default.fetch(
      new Request("https://sapa.test/api/submissions", {
        method: "POST",
        body: stream,
        headers: { Authorization: `Bearer ${alga}`, "Content-Type": "application/json" },
        // @ts-expect-error: workerd accepts duplex for streamed request bodies
        duplex: "half",
      }),
    );
    await expectError(res, 413, "too-large");
  });
});

describe("garbage never produces a 500", () => {
  it("survives random methods, paths, headers and bodies", async () => {
    const one = await sealed(await makeSubmission("alga", 1, 5));
    const paths = [
      "/api/submissions",
      "/api/submissions/x",
      "/api/report",
      "/api/report.csv",
      "/api/report/organizations",
      "/api/report/attestation",
      "/api/targets",
      "/api/targets/2025-2026",
      "/api/years/2025-2026/lock",
      "/api/tokens",
      "/api/tokens/t-alga",
      "/api/audit",
      "/api/districts",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"),
        fc.constantFrom(...paths),
        fc.string({ maxLength: 40 }),
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ ...one, rows: [v] })),
        ),
        fc.constantFrom(alga, TOKENS.region, "", "garbage"),
        fc.constantFrom("kk", "ru", "en", "*", "zz;q=abc", ""),
        async (method, path, query, raw, token, lang) => {
          const hasBody = method !== "GET";
          const res = await call(`${path}?${encodeURIComponent(query)}=${encodeURIComponent(query)}`, {
            method,
            token: token || null,
            headers: { "Accept-Language": lang, "Content-Type": "application/json" },
            ...(hasBody ? { raw } : {}),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect((await json(res)).error.code).toEqual(expect.any(String));
          else await res.arrayBuffer();
        },
      ),
      { numRuns: 150, seed: 20251201 },
    );
  });
});
