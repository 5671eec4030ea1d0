import {
  fromEncryptedSubmissionRows,
  summarise,
  summaryFigures,
  type EncryptedSubmission,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { gzipJson } from "../../../client/src/gzip.ts";
import { TOKENS, asSent, call, json, sealed, seedTokens } from "../../test/api.ts";
import { makeSubmission } from "../../test/fixtures.ts";

beforeAll(seedTokens);

const LIMIT = Number(env.MAX_BODY_BYTES);

/** Posts bytes as a submission, marked gzip unless `encoding` says otherwise. */
const postBytes = (bytes: Uint8Array, token: string, headers: Record<string, string> = {}) =>
  call("/api/submissions", {
    raw: bytes,
    token,
    headers: { "Content-Type": "application/json", "Content-Encoding": "gzip", ...headers },
  });

async function gzipOf(value: unknown): Promise<Uint8Array> {
  // A sealed submission as the clients send it: rows as arrays of values.
  const gzip = await gzipJson(asSent("/api/submissions", value));
  if (gzip === null) throw new Error("workerd has CompressionStream");
  return gzip;
}

const storedCounts = async (id: string) => ({
  bodies: (await env.DB.prepare("SELECT COUNT(*) AS n FROM submission_bodies WHERE submission_id = ?1")
    .bind(id)
    .first<{ n: number }>())!.n,
  rowParts: (await env.DB.prepare(
    "SELECT COUNT(*) AS n FROM submission_parts WHERE submission_id = ?1 AND kind = 'rows'",
  )
    .bind(id)
    .first<{ n: number }>())!.n,
});

const submissionCount = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>())!.n;

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect((await json(res)).error.code).toBe(code);
}

describe("POST /api/submissions with Content-Encoding: gzip (what the clients send)", () => {
  it("takes the gzip the client makes, keeps it as it arrived and reads the same rows back", async () => {
    const body: EncryptedSubmission = await sealed(await makeSubmission("shalkar", 400, 11));
    const gzip = await gzipOf(body);
    // The JSON is several times the gzip: what the wire and D1 no longer carry.
    expect(new TextEncoder().encode(JSON.stringify(body)).length).toBeGreaterThan(2 * gzip.length);
    const res = await postBytes(gzip, TOKENS.district("shalkar"));
    expect(res.status).toBe(201);
    const receipt = await json(res);
    const options = { asOf: body.asOf, year: body.year, district: "shalkar" as const, present: body.columns };
    expect(receipt.summary).toEqual(
      summaryFigures(summarise(fromEncryptedSubmissionRows(body.rows), options)),
    );

    // Kept as the gzip it arrived in (base64 text in parts), no rows JSON beside it.
    expect(await storedCounts(receipt.id)).toEqual({ bodies: 1, rowParts: 0 });
    const { data } = (await env.DB.prepare("SELECT data FROM submission_bodies WHERE submission_id = ?1")
      .bind(receipt.id)
      .first<{ data: string }>())!;
    expect(Uint8Array.from(atob(data), (c) => c.charCodeAt(0))).toEqual(gzip);

    // Read back: the very rows sent, and the header that opens them.
    const stored = await json(
      await call(`/api/submissions/${receipt.id}?rows=1`, { token: TOKENS.district("shalkar") }),
    );
    expect(stored.rows).toEqual(body.rows);
    expect(stored.encryption).toEqual(body.encryption);
  });

  it("is the same body compressed or not: a retry with the same Idempotency-Key replays the receipt", async () => {
    const body = await sealed(await makeSubmission("shalkar", 30, 12));
    const headers = { "Idempotency-Key": "gzip-or-not-1" };
    const first = await postBytes(await gzipOf(body), TOKENS.district("shalkar"), headers);
    expect(first.status).toBe(201);
    const again = await call("/api/submissions", { body, token: TOKENS.district("shalkar"), headers });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json(again)).id).toBe((await json(first)).id);
  });

  it("reads a body marked gzip that arrives inflated already (a proxy decompressed it) as plain JSON", async () => {
    const body = await sealed(await makeSubmission("shalkar", 20, 13));
    const res = await postBytes(
      new TextEncoder().encode(JSON.stringify(asSent("/api/submissions", body))),
      TOKENS.district("shalkar"),
    );
    expect(res.status).toBe(201);
    const receipt = await json(res);
    expect(await storedCounts(receipt.id)).toEqual({ bodies: 0, rowParts: 1 });
    const stored = await json(
      await call(`/api/submissions/${receipt.id}?rows=1`, { token: TOKENS.district("shalkar") }),
    );
    expect(stored.rows).toEqual(body.rows);
  });

  it("refuses a broken gzip (400 bad-gzip), another encoding (415) and a gzip that inflates past the limit (413), storing nothing", async () => {
    const before = await submissionCount();
    const gzip = await gzipOf(await sealed(await makeSubmission("shalkar", 50, 14)));
    await expectError(
      await postBytes(gzip.subarray(0, gzip.length - 40), TOKENS.district("shalkar")),
      400,
      "bad-gzip",
    );
    const corrupt = gzip.slice();
    corrupt.fill(0x55, 20, 60);
    await expectError(await postBytes(corrupt, TOKENS.district("shalkar")), 400, "bad-gzip");
    const br = await postBytes(gzip, TOKENS.district("shalkar"), { "Content-Encoding": "br" });
    await expectError(br, 415, "unsupported-encoding");
    // A few kilobytes that inflate to more than MAX_BODY_BYTES: the reading stops at the limit.
    const bomb = await gzipOf(" ".repeat(LIMIT + 1024));
    expect(bomb.length).toBeLessThan(LIMIT / 100);
    await expectError(await postBytes(bomb, TOKENS.district("shalkar")), 413, "too-large");
    expect(await submissionCount()).toBe(before);
  });
});
