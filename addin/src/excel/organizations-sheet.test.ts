import {
  label,
  readRoster as checkRoster,
  summarise,
  type AttestationEntry,
  type DistrictId,
  type OrganizationSummary,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  installFakeOffice,
  numberFormats,
  sheetFromGrid,
  sheetSnapshot,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { organizationsSheetName, writeOrganizationsSheet } from "./organizations-sheet.ts";

const ASOF = "2026-05-31";
const YEAR = "2025-2026";

/** The organisations and attestation lists of three districts' real rosters, as the report's pages give them. */
function lists(): { organizations: OrganizationSummary[]; attestation: AttestationEntry[] } {
  const organizations: OrganizationSummary[] = [];
  const attestation: AttestationEntry[] = [];
  const units: [DistrictId, number, number][] = [
    ["alga", 31, 120],
    ["temir", 32, 90],
    ["aktobe", 33, 300],
  ];
  for (const [district, seed, rows] of units) {
    const checked = checkRoster(generateRoster({ seed, rows, district, lang: "kk" }), { asOf: ASOF });
    const summary = summarise(checked.teachers, { asOf: ASOF, district, present: checked.present });
    organizations.push(...summary.byOrganization);
    attestation.push(...summary.attestationDue);
  }
  return { organizations, attestation };
}

function setup(excelApi = "1.17"): FakeWorkbook {
  const wb = createFakeWorkbook({
    sheets: { Тізім: sheetFromGrid(generateRoster({ seed: 3, rows: 10, lang: "kk" })) },
    excelApi,
  });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("writeOrganizationsSheet (Excel adapter)", () => {
  const { organizations, attestation } = lists();

  it("writes every organisation, by district in the region's order, with the report's own figures", async () => {
    const wb = setup();
    const { sheet } = await writeOrganizationsSheet(YEAR, organizations, attestation, { lang: "ru" });
    expect(sheet).toBe("Sapa — организации");
    expect(organizationsSheetName("kk")).toBe("Sapa — ұйымдар");
    const header = 4; // title, year, blank, header
    expect(cellValues(wb, sheet, `A${header}:C${header}`)[0]).toEqual([
      label("organization", "ru"),
      label("district", "ru"),
      label("teachers", "ru"),
    ]);
    const n = organizations.length;
    expect(wb.sheet(sheet).values.length).toBe(header + n);
    const rows = cellValues(wb, sheet, `A${header + 1}:V${header + n}`);
    // Aktobe city comes first in the region's order, then Alga, then Temir.
    const districts = rows.map((r) => r[1]);
    const firstAlga = districts.indexOf("Алгинский район");
    const firstTemir = districts.indexOf("Темирский район");
    expect(districts[0]).toBe("г. Актобе");
    expect(0 < firstAlga && firstAlga < firstTemir).toBe(true);
    // Every teacher is in exactly one row.
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(120 + 90 + 300);
    // A row's figures are the organisation's own.
    const org = organizations.find((o) => o.district === "temir")!;
    const row = rows.find((r) => r[0] === org.name && r[1] === "Темирский район")!;
    expect(row.slice(2, 4)).toEqual([org.teachers, org.byCategory.none]);
    const shareColumn = 3 + 11; // label, district, teachers, 10 categories, unknown
    expect(row[shareColumn]).toBe(org.qualitativeShare);
    expect(numberFormats(wb, sheet, `O${header + 1}`)).toEqual([["0.00%"]]);
    // Teachers still needed for stage 1 never grow down the district's rows.
    const needed = rows.filter((r) => r[1] === "Алгинский район").map((r) => r[shareColumn + 3]);
    expect(needed).toEqual([...needed].sort((a, b) => Number(b) - Number(a)));
    expect(wb.sheet(sheet).frozenRows).toBe(header);
  });

  it("flags organisations with no teacher at expert level or above and counts attestation due", async () => {
    const wb = setup();
    const { sheet } = await writeOrganizationsSheet(YEAR, organizations, attestation, { lang: "kk" });
    const rows = cellValues(wb, sheet, `A5:V${4 + organizations.length}`);
    const flagged = rows.filter((r) => r[19] === label("yes", "kk")).length;
    const noExpert = organizations.filter(
      (o) => o.byCategory.expert + o.byCategory.researcher + o.byCategory.master === 0,
    ).length;
    expect(flagged).toBe(noExpert);
    expect(rows.reduce((sum, r) => sum + Number(r[18]), 0)).toBe(attestation.length);
  });

  it("writes a region-sized list in bounded chunks, reports progress, and rewrites it the same", async () => {
    const wb = setup();
    const zero = <T extends object>(counts: T) =>
      Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as T;
    const sample = organizations[0]!;
    // 2,000 organisations of 3 moderators each, with long names: several megabytes of cells.
    const many: OrganizationSummary[] = Array.from({ length: 2000 }, (_, i) => ({
      district: i % 2 ? "alga" : "temir",
      key: `org ${i}`,
      name: `№${i} балабақша — ${"ұзын атау ".repeat(200)}`,
      teachers: 3,
      byCategory: { ...zero(sample.byCategory), moderator: 3 },
      byEducation: zero(sample.byEducation),
      qualitativeShare: 0,
      awardedInYear: zero(sample.awardedInYear),
    }));
    const progress: number[] = [];
    const before = wb.syncs.length;
    const { sheet } = await writeOrganizationsSheet(YEAR, many, [], {
      lang: "kk",
      onProgress: (done, total) => {
        expect(total).toBe(2004);
        progress.push(done);
      },
    });
    const syncs = wb.syncs.slice(before);
    expect(syncs.length).toBeGreaterThan(3); // find, clear, then several chunks
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(progress.at(-1)).toBe(2004);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(wb.sheet(sheet).values.length).toBe(2004);
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeOrganizationsSheet(YEAR, many, [], { lang: "kk" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
  });
});
