import {
  EncryptedSubmissionSchema,
  KeyFileSchema,
  ROW_SEAL_SCHEME_V1,
  generateRegionKeyPair,
  openSubmission,
  sealSubmission,
  unlockKeyFile,
  type Receipt,
  type Submission,
} from "@sapa/shared";
import sealedV1 from "@sapa/shared/testing/sealed-v1";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { gzipJson } from "../../../client/src/gzip.ts";
import { TOKENS, asSent, call, json, publishTestKey, sealed, seedTokens } from "../../test/api.ts";
import { makeSubmission, testRegionKey } from "../../test/fixtures.ts";

// Issue 11: the server takes only rows whose name and ИИН key are sealed to a key the region published.

beforeAll(seedTokens);

const alga = TOKENS.district("alga");
const post = (body: unknown, lang = "en") =>
  call("/api/submissions", { body, token: alga, headers: { "Accept-Language": lang } });
const stored = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>())!.n;

describe("before the region publishes a key", () => {
  it("refuses every submission with 409 and says to ask the regional centre", async () => {
    const body = await sealSubmission(await makeSubmission("alga", 4, 1), await testRegionKey());
    for (const [lang, words] of [
      ["kk", /орталықтан кілтті жариялауды сұраңыз/],
      ["ru", /попросите центр опубликовать ключ/],
      ["en", /Ask the centre to publish it/],
    ] as const) {
      const res = await post(body, lang);
      expect(res.status).toBe(409);
      const envelope = await json(res);
      expect(envelope.error.code).toBe("region-key-missing");
      expect(envelope.error.message).toMatch(words);
    }
    expect(await stored()).toBe(0);
  });
});

describe("a clear name or ИИН key", () => {
  it("is refused with 400 naming the field, in kk, ru and en, and nothing is stored", async () => {
    await publishTestKey();
    const clear = await makeSubmission("alga", 3, 2);
    const good = await sealed(clear);
    const withName = {
      ...good,
      rows: good.rows.map((r, i) => ({ ...r, fullName: clear.rows[i]!.fullName })),
    };
    const withKey = { ...good, rows: good.rows.map((r, i) => ({ ...r, iinKey: clear.rows[i]!.iinKey })) };
    for (const [body, code, field] of [
      [clear, "clear-name-refused", "fullName"],
      [withName, "clear-name-refused", "fullName"],
      [withKey, "clear-iin-key-refused", "iinKey"],
    ] as const) {
      for (const lang of ["kk", "ru", "en"]) {
        const res = await post(body, lang);
        expect(res.status).toBe(400);
        const text = await res.text();
        const envelope = JSON.parse(text);
        expect(envelope.error).toMatchObject({ code, details: { field, row: clear.rows[0]!.row, index: 0 } });
        expect(envelope.error.message).toContain(field);
        // The refusal does not echo the name back.
        expect(text).not.toContain(clear.rows[0]!.fullName);
      }
    }
    expect(await stored()).toBe(0);
  });
});

describe("the sealed key", () => {
  it("must be a key the region published (400 region-key-unknown)", async () => {
    await publishTestKey();
    const stranger = await generateRegionKeyPair();
    const res = await post(await sealSubmission(await makeSubmission("alga", 3, 3), stranger));
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({
      code: "region-key-unknown",
      details: { keyId: stranger.keyId },
    });
    expect(await stored()).toBe(0);
  });

  it("opens, from the stored rows and header, to the district's names and ИИН keys", async () => {
    const key = await publishTestKey();
    const clear = await makeSubmission("alga", 60, 4);
    const res = await post(await sealed(clear));
    expect(res.status).toBe(201);
    const { id } = await json<Receipt>(res);
    const one = await json(await call(`/api/submissions/${id}?rows=1`, { token: TOKENS.region }));
    const opened = await openSubmission(key, {
      ...one,
      district: "alga",
      year: clear.year,
      asOf: clear.asOf,
    });
    expect(opened.map((r) => (r.ok ? r.row : r))).toEqual(clear.rows);
  });

  it("takes a submission sealed by the first scheme (v1: a pane's outbox from before an update) and it opens", async () => {
    await publishTestKey();
    const fixture = sealedV1 as { passphrase: string; keyFile: unknown; clear: Submission; sealed: unknown };
    const body = EncryptedSubmissionSchema.parse(fixture.sealed);
    expect(body.encryption.scheme).toBe(ROW_SEAL_SCHEME_V1);
    const key = await unlockKeyFile(KeyFileSchema.parse(fixture.keyFile), fixture.passphrase);
    // The key it was sealed to, published once and retired since.
    await env.DB.prepare(
      `INSERT INTO region_keys (id, algorithm, public_key, created_at, created_by, retired_at)
       VALUES (?1, 'ECDH-P256', ?2, '2025-11-01T00:00:00.000Z', 'test', '2025-12-31T00:00:00.000Z')`,
    )
      .bind(key.keyId, key.publicKey)
      .run();
    const res = await post(body);
    expect(res.status).toBe(201);
    const { id, summary } = await json<Receipt>(res);
    expect(summary.teachers).toBe(fixture.clear.rows.length);
    const one = await json(await call(`/api/submissions/${id}?rows=1`, { token: TOKENS.region }));
    expect(one.encryption.scheme).toBe(ROW_SEAL_SCHEME_V1);
    const opened = await openSubmission(key, { ...one, district: "alga", year: body.year, asOf: body.asOf });
    expect(opened.map((r) => (r.ok ? r.row : r))).toEqual(fixture.clear.rows);

    // The same body sent gzip-compressed is kept as its gzip and read back by its own field order.
    const gzip = (await gzipJson(asSent("/api/submissions", body)))!;
    const zipped = await call("/api/submissions", {
      raw: gzip,
      token: alga,
      headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
    });
    expect(zipped.status).toBe(201);
    const kept = await json(
      await call(`/api/submissions/${(await json(zipped)).id}?rows=1`, { token: TOKENS.region }),
    );
    expect(kept.rows).toEqual(one.rows);
    expect(kept.rows).toEqual(body.rows);
    const reopened = await openSubmission(key, {
      ...kept,
      district: "alga",
      year: body.year,
      asOf: body.asOf,
    });
    expect(reopened.map((r) => (r.ok ? r.row : r))).toEqual(fixture.clear.rows);
  });
});
