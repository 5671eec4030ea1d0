import {
  stageComparison,
  summarise,
  type DistrictId,
  type EncryptedSubmission,
  type Summary,
} from "@sapa/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { parseCsv } from "../../test/csv.ts";
import { makeSubmission, serverRows } from "../../test/fixtures.ts";

const bodies: Partial<Record<DistrictId, EncryptedSubmission>> = {};
const ROWS: Partial<Record<DistrictId, number>> = { alga: 30, temir: 25 };

const direct = (d: DistrictId): Summary =>
  summarise(serverRows(bodies[d]!), {
    asOf: bodies[d]!.asOf,
    year: bodies[d]!.year,
    district: d,
    present: bodies[d]!.columns,
  });

beforeAll(async () => {
  await seedTokens();
  // Submitted in the reverse of the region's order: the CSV still lists Alga first.
  for (const [i, d] of (["temir", "alga"] as const).entries()) {
    const body = await sealed(await makeSubmission(d, ROWS[d]!, 900 + i));
    bodies[d] = body;
    expect((await call("/api/submissions", { body, token: TOKENS.district(d) })).status).toBe(201);
  }
});

async function csv(path: string, token: string, separator = ","): Promise<string[][]> {
  const res = await call(path, { token });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes), separator);
}

describe("GET /api/report/organizations.csv", () => {
  it("lists every organisation of the region by district, then by teachers still needed", async () => {
    const [header, ...rows] = await csv(
      "/api/report/organizations.csv?year=2025-2026&lang=en",
      TOKENS.region,
    );
    const col = (name: string) => header!.indexOf(name);
    expect(header!.slice(0, 3)).toEqual(["Preschool organisation", "District", "Teachers"]);
    const needed = col("Stage: Teachers still needed");
    const flag = col("No teacher at expert level or above");
    expect(needed).toBeGreaterThan(0);
    expect(flag).toBe(header!.length - 1);
    const orgs = [...direct("alga").byOrganization, ...direct("temir").byOrganization];
    expect(rows.length).toBe(orgs.length);
    // Every teacher is in one organisation: the column sums to the rows submitted.
    expect(rows.reduce((n, r) => n + Number(r[col("Teachers")]), 0)).toBe(55);
    const districts = rows.map((r) => r[col("District")]);
    expect(districts.lastIndexOf("Alga district")).toBeLessThan(districts.indexOf("Temir district"));
    for (const d of ["alga", "temir"] as const) {
      const mine = rows.filter(
        (r) => r[col("District")] === (d === "alga" ? "Alga district" : "Temir district"),
      );
      const counts = mine.map((r) => Number(r[needed]));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const org of direct(d).byOrganization) {
        const row = mine.find((r) => r[0] === org.name)!;
        const stage = stageComparison("2025-2026", org.awardedInYear, org.teachers).total!;
        expect(Number(row[needed])).toBe(stage.teachersNeeded);
        expect(Number(row[col("Teachers")])).toBe(org.teachers);
        expect(Number(row[col("Qualitative composition, %")])).toBeCloseTo(org.qualitativeShare * 100, 2);
        const none = org.byCategory.expert + org.byCategory.researcher + org.byCategory.master === 0;
        expect(row[flag]).toBe(none ? "yes" : "");
      }
    }
    const due = rows.reduce((n, r) => n + Number(r[col("Teachers due for attestation")]), 0);
    expect(due).toBe(direct("alga").attestationDue.length + direct("temir").attestationDue.length);
  });

  it("gives a district its own organisations only, in Russian with ';'", async () => {
    const token = TOKENS.district("alga");
    const [header, ...rows] = await csv("/api/report/organizations.csv?year=2025-2026&lang=ru", token, ";");
    expect(header![0]).toBe("Дошкольная организация");
    expect(rows.length).toBe(direct("alga").byOrganization.length);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["Алгинский район"]));
    const other = await call("/api/report/organizations.csv?year=2025-2026&district=temir", { token });
    expect(other.status).toBe(403);
    expect((await json(other)).error.code).toBe("forbidden-district");
    expect((await call("/api/report/organizations.csv?year=2025-2026")).status).toBe(401);
  });

  it("lets the region name one district", async () => {
    const [, ...rows] = await csv(
      "/api/report/organizations.csv?year=2025-2026&district=temir&lang=en",
      TOKENS.region,
    );
    expect(rows.length).toBe(direct("temir").byOrganization.length);
  });
});
