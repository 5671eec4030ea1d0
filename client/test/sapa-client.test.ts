import { gunzipSync } from "node:zlib";
import { ReceiptSchema, toWire } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { ERROR_MESSAGES } from "../../worker/src/errors.ts";
import { ApiError } from "../src/api-error.ts";
import type { RetryPolicy } from "../src/retry.ts";
import { createSapaClient } from "../src/sapa-client.ts";
import type { FetchLike } from "../src/transport.ts";
import {
  SERVER,
  YEAR,
  makeSealedSubmission,
  makeSubmission,
  sealedForDev,
  startWorkerApp,
  type WorkerApp,
} from "./worker-app.ts";

let worker: WorkerApp;
beforeAll(async () => {
  worker = await startWorkerApp();
});
afterAll(async () => worker?.stop());

const fast: RetryPolicy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

/** The worker's fetch, watched: every request's Idempotency-Key, and a hook to sabotage an attempt. */
function watched(sabotage: (attempt: number, response: Response) => Response | Promise<Response>) {
  const keys: (string | null)[] = [];
  const fetchFn: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    keys.push(request.headers.get("Idempotency-Key"));
    return sabotage(keys.length, await worker.fetch(request));
  };
  return { fetchFn, keys };
}

describe("createSapaClient against the worker app", () => {
  it("sends a submission gzip-compressed, the same bytes on every attempt, and the worker keeps them", async () => {
    const body = await makeSealedSubmission("khromtau", 200, 5);
    const sent: { encoding: string | null; bytes: Uint8Array }[] = [];
    const fetchFn: FetchLike = async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        encoding: request.headers.get("Content-Encoding"),
        bytes: new Uint8Array(await request.clone().arrayBuffer()),
      });
      // The first answer is lost after the worker stored the revision: the retry must replay it.
      const response = await worker.fetch(request);
      if (sent.length === 1) throw new TypeError("fetch failed");
      return response;
    };
    const client = createSapaClient({ server: SERVER, token: "dev-khromtau", lang: "kk", fetch: fetchFn });
    const receipt = await client.submit(body, { retry: fast });
    expect(sent.map((s) => s.encoding)).toEqual(["gzip", "gzip"]);
    expect(sent[1]!.bytes).toEqual(sent[0]!.bytes);
    // The wire form: rows as arrays of values (shared/src/submission/wire.ts).
    const json = JSON.stringify(toWire(body));
    expect(gunzipSync(sent[0]!.bytes).toString("utf8")).toBe(json);
    // Half the rows-as-objects JSON it replaced, and smaller again than the wire's own JSON.
    expect(sent[0]!.bytes.length * 2).toBeLessThan(Buffer.byteLength(JSON.stringify(body)));
    expect(sent[0]!.bytes.length).toBeLessThan(Buffer.byteLength(json));
    expect(receipt.revision).toBe(1);
    expect(receipt.summary.teachers).toBe(200);
    // The rows read back are the rows sent.
    const stored = await createSapaClient({
      server: SERVER,
      token: "dev-khromtau",
      lang: "kk",
      fetch: worker.fetch,
    }).storedRows(receipt.id);
    expect(stored.rows).toEqual(body.rows);
  });

  it("submits, and a retry after a lost answer returns the first receipt: one revision, one key", async () => {
    const body = await makeSealedSubmission("alga", 30, 1);
    // The first answer is lost after the worker stored the revision; the second attempt meets a 503.
    const { fetchFn, keys } = watched((attempt, response) => {
      if (attempt === 1) return Promise.reject(new TypeError("fetch failed"));
      if (attempt === 2)
        return new Response(JSON.stringify({ error: { code: "internal", message: "busy" } }), {
          status: 503,
          headers: { "Retry-After": "0" },
        });
      return response;
    });
    const retries: string[] = [];
    const client = createSapaClient({ server: SERVER, token: "dev-alga", lang: "ru", fetch: fetchFn });
    const receipt = await client.submit(body, {
      retry: fast,
      onRetry: (error) => retries.push(`${error.status}:${error.code}`),
    });
    expect(retries).toEqual(["0:network", "503:internal"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt.revision).toBe(1);
    expect(receipt.summary.teachers).toBe(30);
    const history = await client.submissions("alga", YEAR);
    expect(history.submissions.map((s) => s.revision)).toEqual([1]);
  });

  it("does not retry a refusal, and the envelope becomes a typed error in the asked language", async () => {
    const { fetchFn, keys } = watched((_attempt, response) => response);
    for (const lang of ["kk", "ru"] as const) {
      const client = createSapaClient({ server: SERVER, token: "not-a-token", lang, fetch: fetchFn });
      const error = await client
        .submit(await makeSealedSubmission("temir", 3, 2), { retry: fast })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 401, code: "token-invalid", retryable: false, fromServer: true });
      expect(error.message).toBe(ERROR_MESSAGES["token-invalid"][lang]);
    }
    expect(keys).toHaveLength(2);
  });

  it("lists the problems of a 422 with their messages in every language", async () => {
    const body = await makeSubmission("kobda", 5, 3);
    body.rows[2] = { ...body.rows[2]!, category: null };
    const client = createSapaClient({ server: SERVER, token: "dev-kobda", lang: "kk", fetch: worker.fetch });
    const error = (await client
      .submit(await sealedForDev(body), { retry: fast })
      .catch((e) => e)) as ApiError;
    expect(error.status).toBe(422);
    expect(error.code).toBe("roster-has-errors");
    // The server's sentence with its count of errors filled in.
    expect(error.message).toBe(ERROR_MESSAGES["roster-has-errors"].kk.replace("{errorCount}", "1"));
    const problem = error.problems.find((p) => p.row === body.rows[2]!.row);
    expect(problem?.severity).toBe("error");
    expect(problem?.message.ru.length).toBeGreaterThan(0);
  });

  it("refuses a malformed reply with a clear error instead of handing it on", async () => {
    const { fetchFn } = watched(async (_attempt, response) => {
      const receipt = ReceiptSchema.parse(await response.json());
      return Response.json({ ...receipt, revision: "first" }, { status: response.status });
    });
    const client = createSapaClient({ server: SERVER, token: "dev-shalkar", lang: "ru", fetch: fetchFn });
    const error = (await client
      .submit(await makeSealedSubmission("shalkar", 4, 4))
      .catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 201, code: "bad-reply", retryable: false, fromServer: false });
    expect(error.message).toContain("HTTP 201");
    expect(error.message).toContain("revision");
    expect(error.message).toContain("Ответ сервера");
  });

  it("issues, lists and revokes tokens through typed replies; a revoked token is refused", async () => {
    const region = createSapaClient({ server: SERVER, token: "dev-region", lang: "en", fetch: worker.fetch });
    const issued = await region.createToken({ role: "district", district: "yrgyz", label: "test" });
    expect(issued).toMatchObject({ role: "district", district: "yrgyz", label: "test", revokedAt: null });
    expect((await region.listTokens()).tokens.map((t) => t.id)).toContain(issued.id);
    const district = createSapaClient({
      server: SERVER,
      token: issued.token,
      lang: "en",
      fetch: worker.fetch,
    });
    expect((await district.submissions("yrgyz", YEAR)).submissions).toEqual([]);
    expect((await region.revokeToken(issued.id)).revokedAt).not.toBeNull();
    const error = (await district.submissions("yrgyz", YEAR).catch((e) => e)) as ApiError;
    expect(error).toMatchObject({ status: 401, code: "token-revoked" });
    expect(error.message).toBe(ERROR_MESSAGES["token-revoked"].en);
  });

  it("reads the audit trail newest first, as many entries as asked, to the region only", async () => {
    const region = createSapaClient({ server: SERVER, token: "dev-region", lang: "ru", fetch: worker.fetch });
    const issued = await region.createToken({ role: "district", district: "mugalzhar", label: "audit" });
    await region.revokeToken(issued.id);
    const { entries } = await region.audit(2);
    expect(entries.map((e) => [e.action, e.tokenId, e.district, e.detail])).toEqual([
      ["token.revoke", "dev-region", "mugalzhar", { id: issued.id }],
      ["token.create", "dev-region", "mugalzhar", { id: issued.id, role: "district", label: "audit" }],
    ]);
    expect(entries[0]!.id).toBeGreaterThan(entries[1]!.id);
    expect((await region.audit()).entries.length).toBeGreaterThan(2);
    const district = createSapaClient({ server: SERVER, token: "dev-alga", lang: "en", fetch: worker.fetch });
    expect(await district.audit(5).catch((e) => e)).toMatchObject({ status: 403 });
  });

  it("reads the region's current key: the development key the local seed publishes", async () => {
    const client = createSapaClient({ server: SERVER, token: "dev-alga", lang: "en", fetch: worker.fetch });
    const key = await client.currentKey();
    const dev = await ensureDevRegionKey();
    expect(key).toMatchObject({ keyId: dev.keyId, publicKey: dev.publicKey, retiredAt: null });
  });
});
