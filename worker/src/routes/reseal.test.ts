import {
  createRowSealer,
  isSealedName,
  openNames,
  openSubmission,
  withOpenedNames,
  EncryptedSubmissionRowSchema,
  EncryptionHeaderSchema,
  type EncryptedSubmissionRow,
  type Submission,
  type SubmissionRow,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, publishTestKey, seedTokens } from "../../test/api.ts";
import { seedClearRevision as seedClear } from "../../test/clear-revision.ts";
import { YEAR, makeSubmission } from "../../test/fixtures.ts";
import { readSummary } from "../db/report-lists.ts";

const seedClearRevision = (body: Submission) => seedClear(env.DB, body);

// Issue 11, `sapa keys migrate`: a revision stored in clear is re-sealed by the region, figures unchanged.

beforeAll(seedTokens);

const region = TOKENS.region;

/** The stored clear rows sealed to the test key, as `sapa keys migrate` seals them. */
async function sealRows(body: Submission, rows: readonly SubmissionRow[] = body.rows) {
  const key = await publishTestKey();
  const sealer = await createRowSealer(key, body);
  return { encryption: sealer.header, rows: await Promise.all(rows.map((r) => sealer.seal(r))) };
}

const put = (district: string, revision: number, body: unknown, token = region, year = YEAR) =>
  call(`/api/reseal/${district}/${year}/${revision}`, { method: "PUT", token, body });

const report = async () => {
  const { generatedAt: _at, ...figures } = await json(
    await call(`/api/report?year=${YEAR}`, { token: region }),
  );
  return figures;
};

/** Every stored text of one submission (rows, lists, summary parts, figures) and the audit log. */
async function storedText(id: string): Promise<string> {
  const tables = [
    "submission_parts",
    "submission_attestation",
    "submission_organizations",
    "submission_figures",
  ];
  const texts = await Promise.all(
    tables.map(async (t) => {
      const { results } = await env.DB.prepare(`SELECT data FROM ${t} WHERE submission_id = ?1`)
        .bind(id)
        .all<{ data: string }>();
      return results.map((r) => r.data).join("\n");
    }),
  );
  const audit = await env.DB.prepare("SELECT detail FROM audit_log").all<{ detail: string | null }>();
  return [...texts, ...audit.results.map((r) => r.detail ?? "")].join("\n");
}

describe("GET /api/reseal", () => {
  it("lists the revisions stored in clear to the region only", async () => {
    const body = await makeSubmission("temir", 12, 21);
    const { id } = await seedClearRevision(body);
    const res = await call(`/api/reseal?district=temir`, { token: region });
    expect(res.status).toBe(200);
    expect((await json(res)).revisions).toEqual([
      expect.objectContaining({ id, district: "temir", year: YEAR, revision: 1, rowCount: 12 }),
    ]);
    const district = await call("/api/reseal", { token: TOKENS.district("temir") });
    expect(district.status).toBe(403);
    expect((await json(district)).error.code).toBe("forbidden-role");
  });
});

describe("PUT /api/reseal/:district/:year/:revision", () => {
  it("re-seals a clear revision: same figures, the same names once opened, no clear name left", async () => {
    const key = await publishTestKey();
    const body = await makeSubmission("alga", 80, 22);
    const { id } = await seedClearRevision(body);
    const before = await report();
    const listBefore = (await readSummary(env.DB, id))!.attestationDue;
    expect(listBefore.length).toBeGreaterThan(0);
    const names = body.rows.map((r) => r.fullName);
    expect(body.rows.filter((r) => r.iinKey !== null).length).toBeGreaterThan(40);
    expect(await storedText(id)).toContain(names[0]);

    const res = await put("alga", 1, await sealRows(body));
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      id,
      district: "alga",
      year: YEAR,
      revision: 1,
      keyId: key.keyId,
      rows: 80,
    });

    expect(await report()).toEqual(before);
    const stored = await json(await call(`/api/submissions/${id}?rows=1`, { token: region }));
    const header = EncryptionHeaderSchema.parse(stored.encryption);
    const rows: EncryptedSubmissionRow[] = stored.rows.map((r: unknown) =>
      EncryptedSubmissionRowSchema.parse(r),
    );
    const opened = await openSubmission(key, { ...body, encryption: header, rows });
    expect(opened.map((o) => (o.ok ? o.row : null))).toEqual(body.rows);

    // The list holds placeholders now; opened, it is the list as it was, entry for entry.
    const listAfter = (await readSummary(env.DB, id))!.attestationDue;
    expect(listAfter).toHaveLength(listBefore.length);
    expect(listAfter.every((e) => isSealedName(e.fullName))).toBe(true);
    const namesOpened = await openNames(key, { ...body, encryption: header, rows });
    expect(withOpenedNames(listAfter, new Map([["alga", namesOpened]]))).toEqual(listBefore);

    const text = await storedText(id);
    for (const name of names) expect(text).not.toContain(name);
    for (const r of body.rows) if (r.iinKey !== null) expect(text).not.toContain(r.iinKey);

    const audit = await env.DB.prepare(
      "SELECT token_id, district, year, detail FROM audit_log WHERE action = 'submission.reseal'",
    ).all<{ token_id: string; district: string; year: string; detail: string }>();
    expect(audit.results).toEqual([
      {
        token_id: "t-region",
        district: "alga",
        year: YEAR,
        detail: JSON.stringify({ id, revision: 1, keyId: key.keyId, rows: 80 }),
      },
    ]);
    const listed = await json(await call("/api/reseal?district=alga", { token: region }));
    expect(listed.revisions).toEqual([]);

    // Once sealed, never again.
    const again = await put("alga", 1, await sealRows(body));
    expect(again.status).toBe(409);
    expect((await json(again)).error).toMatchObject({ code: "already-sealed", details: { id } });
  });

  it("refuses a changed field, a missing row or a clear name, and changes nothing", async () => {
    const body = await makeSubmission("kobda", 30, 23);
    const { id } = await seedClearRevision(body);
    const before = await storedText(id);
    const changed = body.rows.map((r, i) =>
      i === 7 ? { ...r, category: r.category === "expert" ? ("master" as const) : ("expert" as const) } : r,
    );
    for (const [sealed, details] of [
      [await sealRows(body, changed), { kind: "field", index: 7, row: body.rows[7]!.row, field: "category" }],
      [await sealRows(body, body.rows.slice(1)), { kind: "count", stored: 30, sent: 29 }],
    ] as const) {
      for (const [lang, words] of [
        ["kk", /өзгермейді/],
        ["ru", /остальное не меняется/],
      ] as const) {
        const res = await call(`/api/reseal/kobda/${YEAR}/1`, {
          method: "PUT",
          token: region,
          body: sealed,
          headers: { "Accept-Language": lang },
        });
        expect(res.status).toBe(400);
        const envelope = await json(res);
        expect(envelope.error).toMatchObject({ code: "reseal-rows-changed", details });
        expect(envelope.error.message).toMatch(words);
      }
    }
    // Swapped ИИН tags (duplicate structure changed) are a change too.
    const good = await sealRows(body);
    const withTags = good.rows.filter((r) => r.iinTag !== null);
    const swapped = good.rows.map((r) => (r === withTags[1] ? { ...r, iinTag: withTags[0]!.iinTag } : r));
    const tagRes = await put("kobda", 1, { ...good, rows: swapped });
    expect(tagRes.status).toBe(400);
    expect((await json(tagRes)).error.details).toMatchObject({ field: "iinTag" });

    const clearName = {
      ...good,
      rows: good.rows.map((r, i) => ({ ...r, fullName: body.rows[i]!.fullName })),
    };
    const named = await put("kobda", 1, clearName);
    expect(named.status).toBe(400);
    expect((await json(named)).error.code).toBe("clear-name-refused");

    expect(await storedText(id)).toBe(before);
    const row = await env.DB.prepare("SELECT encryption FROM submissions WHERE id = ?1").bind(id).first();
    expect(row).toEqual({ encryption: null });
  });

  it("answers 403 to a district, 404 to a revision that does not exist, 400 to a bad address", async () => {
    const body = await makeSubmission("shalkar", 5, 24);
    await seedClearRevision(body);
    const sealed = await sealRows(body);
    const asDistrict = await put("shalkar", 1, sealed, TOKENS.district("shalkar"));
    expect(asDistrict.status).toBe(403);
    const missing = await put("shalkar", 9, sealed);
    expect(missing.status).toBe(404);
    expect((await json(missing)).error).toMatchObject({ code: "not-found", details: { revision: 9 } });
    const otherDistrict = await put("yrgyz", 1, sealed);
    expect(otherDistrict.status).toBe(404);
    for (const res of [
      await put("nowhere", 1, sealed),
      await put("shalkar", 0, sealed),
      await put("shalkar", 1, sealed, region, "2025"),
    ]) {
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
  });
});
