import {
  ReceiptSchema,
  fromEncryptedSubmissionRows,
  fromSubmissionRows,
  summarise,
  summaryFigures,
  toWire,
  type Receipt,
  type Submission,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { makeSubmission } from "../../test/fixtures.ts";

beforeAll(seedTokens);

const alga = TOKENS.district("alga");
const post = (body: unknown, token = alga, headers: Record<string, string> = {}) =>
  call("/api/submissions", { body, token, headers });
/** Seals a clear submission to the test region key, as a district's client does, and posts it. */
const submit = async (body: Submission, token = alga, headers: Record<string, string> = {}) =>
  post(await sealed(body), token, headers);

describe("POST /api/submissions", () => {
  it("recomputes the figures with the shared core from the sealed rows' clear part: 201 with a receipt", async () => {
    const body = await makeSubmission("alga", 300, 1);
    const sealedBody = await sealed(body);
    const res = await post(sealedBody);
    expect(res.status).toBe(201);
    const receipt = ReceiptSchema.parse(await json(res));
    expect(receipt).toMatchObject({ district: "alga", year: "2025-2026", revision: 1 });
    const options = { asOf: body.asOf, year: body.year, district: "alga" as const, present: body.columns };
    const server = summarise(fromEncryptedSubmissionRows(sealedBody.rows), options);
    // The receipt is the figures only; the lists are the district's pages of the report.
    expect(receipt.summary).toEqual(summaryFigures(server));
    expect(JSON.stringify(receipt).length).toBeLessThan(4_000);
    // The same figures and organisations as from the clear rows; the attestation list names nobody.
    const clear = summarise(fromSubmissionRows(body.rows), options);
    expect(receipt.summary).toEqual(summaryFigures(clear));
    const page = async (list: string) =>
      (await json(await call(`/api/report/${list}?year=2025-2026&district=alga&limit=1000`, { token: alga })))
        .items as { fullName?: string }[];
    expect(await page("organizations")).toEqual(clear.byOrganization);
    const attestation = await page("attestation");
    expect(attestation).toEqual(server.attestationDue);
    expect(attestation).toHaveLength(clear.attestationDue.length);
    const names = new Set(body.rows.map((r) => r.fullName));
    expect(attestation.filter((e) => names.has(e.fullName ?? ""))).toEqual([]);
    expect(receipt.summary.teachers).toBe(300);
    expect(receipt.summary.qualitativeShare).toBeGreaterThan(0);
  });

  it("keeps every accepted submission as a new revision", async () => {
    const first = await json<Receipt>(
      await submit(await makeSubmission("temir", 20, 2), TOKENS.district("temir")),
    );
    const second = await json<Receipt>(
      await submit(await makeSubmission("temir", 25, 3), TOKENS.district("temir")),
    );
    expect([first.revision, second.revision]).toEqual([1, 2]);
    const history = await json(
      await call("/api/submissions?district=temir&year=2025-2026", { token: TOKENS.region }),
    );
    expect(
      history.submissions.map((s: { revision: number; rowCount: number }) => [s.revision, s.rowCount]),
    ).toEqual([
      [2, 25],
      [1, 20],
    ]);
    // The audit trail names each submission's revision, as the INSERT gave it.
    const audit = await json(await call("/api/audit?limit=1000", { token: TOKENS.region }));
    const created = audit.entries.filter(
      (e: { action: string; district: string | null }) =>
        e.action === "submission.create" && e.district === "temir",
    );
    expect(created.map((e: { detail: unknown }) => e.detail)).toEqual([
      { id: second.id, rows: 25, revision: 2 },
      { id: first.id, rows: 20, revision: 1 },
    ]);
  });

  it("never trusts the client's figures: a summary in the body is an unknown field (400)", async () => {
    const body = { ...(await sealed(await makeSubmission("alga", 3, 4))), summary: { teachers: 1_000_000 } };
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe("invalid-input");
  });

  it("refuses a roster with errors with 422 and the problem list, storing nothing", async () => {
    const body: Submission = await makeSubmission("kobda", 10, 5);
    body.rows[3] = { ...body.rows[3]!, category: null };
    body.rows[7] = { ...body.rows[7]!, iinKey: body.rows[2]!.iinKey };
    // A warning too: the refusal lists it beside the errors (the server words warnings only for a refusal).
    body.rows[5] = { ...body.rows[5]!, category: "moderator", categoryDate: "2015-01-10" };
    const res = await submit(body, TOKENS.district("kobda"), { "Accept-Language": "ru" });
    expect(res.status).toBe(422);
    const envelope = await json(res);
    expect(envelope.error.code).toBe("roster-has-errors");
    expect(envelope.error.message).toMatch(/ошибки/);
    const errors = envelope.error.details.problems.filter(
      (p: { severity: string }) => p.severity === "error",
    );
    expect(errors.map((p: { code: string; row: number }) => [p.code, p.row])).toEqual(
      expect.arrayContaining([
        ["required-missing", body.rows[3]!.row],
        ["iin-duplicate", body.rows[7]!.row],
      ]),
    );
    expect(envelope.error.details.errorCount).toBe(errors.length);
    expect(
      envelope.error.details.problems.map((p: { code: string; row: number }) => [p.code, p.row]),
    ).toContainEqual(["attestation-overdue", body.rows[5]!.row]);
    expect(envelope.error.details.problemCount).toBe(envelope.error.details.problems.length);
    const stored = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submissions WHERE district = 'kobda'",
    ).first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it("lets a district submit only for itself and the region not at all (403)", async () => {
    const other = await submit(await makeSubmission("martuk", 3, 6));
    expect(other.status).toBe(403);
    expect((await json(other)).error.code).toBe("forbidden-district");
    const region = await submit(await makeSubmission("alga", 3, 6), TOKENS.region);
    expect(region.status).toBe(403);
    // It says whose token submits (in Kazakh: the request names no language).
    expect((await json(region)).error).toMatchObject({
      code: "forbidden-role",
      message: "Бұл әрекетке сіздің кіру кілтіңіз жарамайды: оған ауданның кіру кілті керек.",
      details: { required: ["district"] },
    });
  });

  it("accepts a roster without the ИИН column and stores the rows sealed, with their header", async () => {
    const body = await makeSubmission("oiyl", 5, 7);
    const sealedBody = await sealed({ ...body, columns: body.columns.filter((c) => c !== "iin") });
    const res = await post(sealedBody, TOKENS.district("oiyl"));
    expect(res.status).toBe(201);
    const { id } = await json<Receipt>(res);
    const one = await json(await call(`/api/submissions/${id}?rows=1`, { token: TOKENS.district("oiyl") }));
    expect(one.rows).toHaveLength(5);
    expect(one.rows[0]).toEqual(sealedBody.rows[0]);
    expect(one.encryption).toEqual(sealedBody.encryption);
    expect(JSON.stringify(one.rows)).not.toMatch(/"(iin|iinKey|fullName)"/);
    for (const r of body.rows) expect(JSON.stringify(one)).not.toContain(r.fullName);
  });
});

describe("Idempotency-Key", () => {
  it("returns the first receipt for a retried request instead of a second revision", async () => {
    const body = await sealed(await makeSubmission("shalkar", 40, 8));
    const headers = { "Idempotency-Key": "7f1c1f0e-retry-1" };
    const token = TOKENS.district("shalkar");
    const first = await post(body, token, headers);
    expect(first.status).toBe(201);
    const retry = await post(body, token, headers);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await json(retry)).toEqual(await json(first));
    const list = await json(await call("/api/submissions?district=shalkar", { token }));
    expect(list.submissions).toHaveLength(1);
  });

  it("answers 409 when the same key comes with a different body", async () => {
    const token = TOKENS.district("shalkar");
    const headers = { "Idempotency-Key": "key-reused" };
    expect((await submit(await makeSubmission("shalkar", 5, 9), token, headers)).status).toBe(201);
    const res = await submit(await makeSubmission("shalkar", 6, 10), token, headers);
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe("idempotency-key-reused");
  });

  it("fingerprints the body's text: a retry that adds or drops a byte order mark is the same body", async () => {
    // The fingerprint is hashed from the bytes received (not the decoded text encoded again), with the
    // byte order mark the decoder drops skipped, so it stays the SHA-256 of the text as before.
    const token = TOKENS.district("oiyl");
    const text = JSON.stringify(toWire(await sealed(await makeSubmission("oiyl", 12, 21))));
    const utf8 = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const headers = { "Idempotency-Key": "bom-retry", "Content-Type": "application/json" };
    const first = await call("/api/submissions", { raw: withBom, token, headers });
    expect(first.status).toBe(201);
    const retry = await call("/api/submissions", { raw: text, token, headers });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    const stored = await env.DB.prepare(
      "SELECT body_hash FROM submissions WHERE idempotency_key = 'bom-retry'",
    ).first<{ body_hash: string }>();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", utf8));
    expect(stored?.body_hash).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
    // One byte more in the text is another body.
    const changed = await call("/api/submissions", { raw: `${text} `, token, headers });
    expect(changed.status).toBe(409);
  });

  it("replays racing retries of one key as one revision", async () => {
    const token = TOKENS.district("yrgyz");
    const body = await sealed(await makeSubmission("yrgyz", 30, 11));
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post(body, token, { "Idempotency-Key": "racing-key" })),
    );
    const receipts = await Promise.all(answers.map((r) => json<Receipt>(r)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(receipts.map((r) => r.id)).size).toBe(1);
  });
});

describe("concurrent submissions from one district", () => {
  it("keeps them all as distinct revisions", async () => {
    const token = TOKENS.district("khromtau");
    const bodies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => makeSubmission("khromtau", 50 + i, 100 + i)),
    );
    const answers = await Promise.all(bodies.map((b) => submit(b, token)));
    expect(answers.map((r) => r.status)).toEqual(Array(6).fill(201));
    const revisions = (await Promise.all(answers.map((r) => json<Receipt>(r)))).map((r) => r.revision);
    expect([...revisions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    const rows = await env.DB.prepare(
      "SELECT revision, row_count FROM submissions WHERE district = 'khromtau' ORDER BY revision",
    ).all<{ revision: number; row_count: number }>();
    expect(rows.results.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.results.map((r) => r.row_count).sort()).toEqual([50, 51, 52, 53, 54, 55]);
  });
});

describe("locked year", () => {
  it("refuses submissions with 409 until the region unlocks it", async () => {
    const token = TOKENS.district("baiganin");
    const lock = await call("/api/years/2025-2026/lock", { method: "POST", token: TOKENS.region });
    expect(lock.status).toBe(200);
    expect(await json(lock)).toMatchObject({ year: "2025-2026", locked: true });
    const refused = await submit(await makeSubmission("baiganin", 5, 12), token);
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.code).toBe("year-locked");
    const state = await json(await call("/api/years/2025-2026", { token }));
    expect(state.locked).toBe(true);
    expect((await call("/api/years/2025-2026/unlock", { method: "POST", token: TOKENS.region })).status).toBe(
      200,
    );
    expect((await submit(await makeSubmission("baiganin", 5, 12), token)).status).toBe(201);
  });

  it("lets only the region lock (403 for a district)", async () => {
    const res = await call("/api/years/2025-2026/lock", { method: "POST", token: alga });
    expect(res.status).toBe(403);
  });
});

describe("GET /api/submissions", () => {
  it("shows a district only its own history and the region everything", async () => {
    await submit(await makeSubmission("alga", 4, 13));
    const own = await json(await call("/api/submissions", { token: alga }));
    expect(own.submissions.length).toBeGreaterThan(0);
    expect(own.submissions.every((s: { district: string }) => s.district === "alga")).toBe(true);
    const forbidden = await call("/api/submissions?district=temir", { token: alga });
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).error.code).toBe("forbidden-district");
    const all = await json(await call("/api/submissions?year=2025-2026", { token: TOKENS.region }));
    expect(new Set(all.submissions.map((s: { district: string }) => s.district)).size).toBeGreaterThan(3);
  });

  it("hides another district's revision (403) and answers 404 for an unknown id", async () => {
    const temir = await json(await call("/api/submissions?district=temir", { token: TOKENS.region }));
    const res = await call(`/api/submissions/${temir.submissions[0].id}`, { token: alga });
    expect(res.status).toBe(403);
    const missing = await call("/api/submissions/no-such-id", { token: alga });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe("not-found");
  });
});
