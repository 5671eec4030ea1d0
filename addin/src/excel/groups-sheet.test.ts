import {
  groupReport,
  label,
  readRoster as checkRoster,
  summarise,
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
  sheetSnapshot,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { groupsSheetName, writeGroupsSheet } from "./groups-sheet.ts";
import { writeOrganizationsSheet } from "./organizations-sheet.ts";

const ASOF = "2026-05-31";
const YEAR = "2025-2026";

/** The organisations of two districts' real rosters, as the report's pages give them. */
function organizations(): OrganizationSummary[] {
  const units: [DistrictId, number, number][] = [
    ["alga", 41, 80],
    ["temir", 42, 60],
  ];
  return units.flatMap(([district, seed, rows]) => {
    const checked = checkRoster(generateRoster({ seed, rows, district, lang: "ru" }), { asOf: ASOF });
    return summarise(checked.teachers, { asOf: ASOF, district, present: checked.present }).byOrganization;
  });
}

function setup(): FakeWorkbook {
  const wb = createFakeWorkbook({ sheets: { Тізім: { values: [["x"]] } }, excelApi: "1.17" });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("writeGroupsSheet (Excel adapter)", () => {
  const orgs = organizations();
  const alga = orgs.filter((o) => o.district === "alga").slice(0, 2);
  const temir = orgs.find((o) => o.district === "temir")!;
  // Two of Alga's organisations and one of Temir's, plus a member found in no data.
  const centres = groupReport(
    {
      name: "Құзыреттілік орталықтары",
      members: [
        ...[...alga, temir].map((o) => ({ district: o.district!, organization: o.name })),
        { district: "shalkar", organization: "Жоқ балабақша" },
      ],
    },
    YEAR,
    orgs,
  );
  const magnet = groupReport(
    { name: "Магнит", members: [{ district: "alga", organization: alga[0]!.name }] },
    YEAR,
    orgs,
  );
  const teachers = [...alga, temir].reduce((n, o) => n + o.teachers, 0);

  it("writes one row per group with its organisations, members not found and the summed figures", async () => {
    const wb = setup();
    const { sheet } = await writeGroupsSheet(YEAR, [centres, magnet], { lang: "ru" });
    expect(sheet).toBe("Sapa — группы");
    expect(groupsSheetName("kk")).toBe("Sapa — топтар");
    expect(cellValues(wb, sheet, "A1:A2")).toEqual([["Sapa — группы"], [`${label("year", "ru")}: ${YEAR}`]]);
    const header = 4; // title, year, blank, header (the table's title over its label column)
    expect(cellValues(wb, sheet, `A${header}:D${header}`)[0]).toEqual([
      `${label("group", "ru")} ${YEAR}`,
      label("organizations", "ru"),
      label("unmatchedMembers", "ru"),
      label("teachers", "ru"),
    ]);
    expect(wb.sheet(sheet).values.length).toBe(header + 2);
    const [first, second] = cellValues(wb, sheet, `A${header + 1}:D${header + 2}`);
    expect(first).toEqual(["Құзыреттілік орталықтары", 3, 1, teachers]);
    expect(second).toEqual(["Магнит", 1, 0, alga[0]!.teachers]);
    // Qualitative composition: the share of the group's teachers, as a percent cell.
    const share = 4 + 11; // label, organisations, not found, teachers, 10 categories, unknown
    const q = [...alga, temir].reduce(
      (n, o) => n + o.byCategory.expert + o.byCategory.researcher + o.byCategory.master,
      0,
    );
    expect(cellValues(wb, sheet, `A${header + 1}:Z${header + 1}`)[0]![share]).toBeCloseTo(q / teachers, 12);
    expect(numberFormats(wb, sheet, `P${header + 1}`)).toEqual([["0.00%"]]);
  });

  it("rewrites the sheet the same on every pull", async () => {
    const wb = setup();
    const { sheet } = await writeGroupsSheet(YEAR, [centres, magnet], { lang: "kk" });
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeGroupsSheet(YEAR, [centres, magnet], { lang: "kk" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
  });

  it("puts the groups on the organisations sheet: their rows first, each organisation's groups named", async () => {
    const wb = setup();
    const { sheet } = await writeOrganizationsSheet(YEAR, orgs, [], {
      lang: "kk",
      groups: [centres, magnet],
    });
    const header = 4;
    expect(cellValues(wb, sheet, `A${header}:D${header}`)[0]).toEqual([
      label("organization", "kk"),
      label("district", "kk"),
      label("inGroups", "kk"),
      label("teachers", "kk"),
    ]);
    expect(wb.sheet(sheet).values.length).toBe(header + 2 + orgs.length);
    const rows = cellValues(wb, sheet, `A${header + 1}:D${header + 2 + orgs.length}`);
    expect(rows[0]).toEqual([
      `${label("group", "kk")}: Құзыреттілік орталықтары`,
      null,
      `${label("unmatchedMembers", "kk")}: 1`,
      teachers,
    ]);
    expect(rows[1]).toEqual([`${label("group", "kk")}: Магнит`, null, null, alga[0]!.teachers]);
    const named = (o: OrganizationSummary) => rows.find((r) => r[0] === o.name && r[3] === o.teachers)![2];
    expect(named(alga[0]!)).toBe("Құзыреттілік орталықтары; Магнит");
    expect(named(temir)).toBe("Құзыреттілік орталықтары");
    // Every organisation in no group has an empty cell; the teachers of the organisations' rows add up.
    expect(rows.slice(2).filter((r) => r[2] === null)).toHaveLength(orgs.length - 3);
    expect(rows.slice(2).reduce((n, r) => n + Number(r[3]), 0)).toBe(80 + 60);
  });
});
