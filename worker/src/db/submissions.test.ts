import {
  SEALED_ROW_FIELDS,
  fromEncryptedSubmissionRows,
  openSubmission,
  summarise,
  toWire,
  type DistrictId,
  type EncryptedSubmission,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { gzipJson } from "../../../client/src/gzip.ts";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { YEAR, makeSubmission, testRegionKey } from "../../test/fixtures.ts";
import { insertSubmission } from "./submissions.ts";

beforeAll(seedTokens);

/** A sealed body as a client of an older release sent it: rows as values in `fields` order, gzip-compressed. */
async function olderGzip(body: EncryptedSubmission, fields: readonly string[]): Promise<Uint8Array> {
  const { rows, rowFields: _today, ...header } = toWire(body);
  const byName = (values: readonly unknown[]) =>
    new Map(SEALED_ROW_FIELDS.map((field, at) => [field as string, values[at]]));
  const older = { ...header, rowFields: fields, rows: rows.map((v) => fields.map((f) => byName(v).get(f))) };
  const gzip = await gzipJson(older);
  if (gzip === null) throw new Error("workerd has CompressionStream");
  return gzip;
}

/** Stores `gzip` as the district's next revision through the worker's own insert, as the route does. */
async function storeOlderBody(district: DistrictId, body: EncryptedSubmission, gzip: Uint8Array) {
  const result = await insertSubmission(env.DB, {
    id: crypto.randomUUID(),
    district,
    year: body.year,
    asOf: body.asOf,
    receivedAt: new Date().toISOString(),
    tokenId: `t-${district}`,
    idempotencyKey: null,
    bodyHash: "older-release",
    rowCount: body.rows.length,
    source: { app: "cli", version: "older" },
    summary: summarise(fromEncryptedSubmissionRows(body.rows), {
      asOf: body.asOf,
      year: body.year,
      district,
      present: body.columns,
    }),
    rows: { kind: "gzip-body", gzip },
    encryptionJson: JSON.stringify(body.encryption),
  });
  expect(result.kind).toBe("created");
  const { id } = (await env.DB.prepare(
    "SELECT id FROM submissions WHERE district = ?1 AND year = ?2 ORDER BY revision DESC LIMIT 1",
  )
    .bind(district, body.year)
    .first<{ id: string }>())!;
  return id;
}

const storedRows = async (id: string) => {
  const res = await call(`/api/submissions/${id}?rows=1`, { token: TOKENS.region });
  expect(res.status).toBe(200);
  return json(res);
};
const candidates = async (district: DistrictId) => {
  const res = await call(`/api/candidates?year=${YEAR}&district=${district}`, { token: TOKENS.region });
  expect(res.status).toBe(200);
  return json(res);
};

/** Submits through the route (today's field order) and answers the district's candidates. */
async function submittedToday(district: DistrictId, body: EncryptedSubmission) {
  const res = await call("/api/submissions", {
    raw: (await gzipJson(toWire(body)))!,
    token: TOKENS.district(district),
    headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
  });
  expect(res.status).toBe(201);
  return candidates(district);
}

describe("a stored body written in another release's field order", () => {
  it("reads back by its own rowFields: the same rows, they open, and the candidates are unchanged", async () => {
    const clear = await makeSubmission("temir", 40, 31);
    const body = await sealed(clear);
    const before = await submittedToday("temir", body);
    const reversed = [...SEALED_ROW_FIELDS].reverse();
    const id = await storeOlderBody("temir", body, await olderGzip(body, reversed));

    const stored = await storedRows(id);
    expect(stored.revision).toBe(2);
    expect(stored.rows).toEqual(body.rows);
    const opened = await openSubmission(await testRegionKey(), { ...stored, district: "temir" });
    expect(opened.map((r) => (r.ok ? r.row : r))).toEqual(clear.rows);
    expect(await candidates("temir")).toEqual(before);
  });

  it("gives a field the stored body lacks null and keeps every other value", async () => {
    const body = await sealed(await makeSubmission("kobda", 25, 32));
    expect(body.rows.some((r) => r.mentor !== null)).toBe(true);
    const before = await submittedToday("kobda", body);
    const withoutMentor = SEALED_ROW_FIELDS.filter((f) => f !== "mentor");
    const id = await storeOlderBody("kobda", body, await olderGzip(body, withoutMentor));

    const stored = await storedRows(id);
    expect(stored.rows).toEqual(body.rows.map((r) => ({ ...r, mentor: null })));
    expect(await candidates("kobda")).toEqual(before);
  });
});
