import {
  DISTRICTS,
  label,
  mergeSummaries,
  readRoster as checkRoster,
  ReportFiguresSchema,
  summarise,
  summaryFigures,
  type AcademicYear,
  type DistrictId,
  type AttestationEntry,
  type ReportFigures,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  fill,
  installFakeOffice,
  numberFormats,
  sheetFromGrid,
  sheetSnapshot,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { reportSheetName, writeReportSheet } from "./report-sheet.ts";
import { GAP_COLORS } from "./summary-sheet.ts";

const ASOF = "2026-05-31";
const ROSTER = "Тізім";
const SUBMITTED: { district: DistrictId; seed: number; rows: number }[] = [
  { district: "aktobe", seed: 21, rows: 300 },
  { district: "alga", seed: 22, rows: 120 },
  { district: "shalkar", seed: 23, rows: 80 },
];

/** A consolidated report as the server builds it: per-district summaries of real rosters, merged. */
function buildReport(year?: AcademicYear): ReportFigures & { attestationDue: AttestationEntry[] } {
  const districts = SUBMITTED.map(({ district, seed, rows }, i) => {
    const grid = generateRoster({ seed, rows, district, lang: i % 2 ? "ru" : "kk", messy: true });
    const checked = checkRoster(grid, { asOf: ASOF });
    const summary = summarise(checked.teachers, {
      asOf: ASOF,
      district,
      present: checked.present,
      ...(year ? { year } : {}),
    });
    const d = DISTRICTS.find((x) => x.id === district)!;
    return {
      district,
      name: d.name,
      revision: i + 1,
      submittedAt: `2026-05-3${i}T08:00:00.000Z`,
      summary,
    };
  });
  const region = mergeSummaries(districts.map((d) => d.summary));
  const ids = new Set(SUBMITTED.map((s) => s.district));
  const figures = ReportFiguresSchema.parse({
    year: region.year,
    generatedAt: "2026-06-01T10:00:00.000Z",
    region: summaryFigures(region),
    districts: districts.map((d) => ({ ...d, summary: summaryFigures(d.summary) })),
    completeness: {
      expected: DISTRICTS.length,
      submitted: districts.length,
      accepted: 1,
      missing: DISTRICTS.filter((d) => !ids.has(d.id)).map((d) => d.id),
    },
  });
  return { ...figures, attestationDue: region.attestationDue };
}

const report = buildReport();

function setup(excelApi = "1.17"): FakeWorkbook {
  const grid = generateRoster({ seed: 3, rows: 20, lang: "kk" });
  const wb = createFakeWorkbook({
    sheets: { [ROSTER]: sheetFromGrid(grid), Ескертпе: { values: [["жазба"]] } },
    excelApi,
  });
  installFakeOffice(globalThis, wb);
  return wb;
}

/** Row (1-based) whose column A holds `text`. */
function rowOf(wb: FakeWorkbook, sheet: string, text: string): number {
  const i = wb.sheet(sheet).values.findIndex((row) => row?.[0] === text);
  if (i < 0) throw new Error(`no row "${text}"`);
  return i + 1;
}

describe("writeReportSheet (Excel adapter)", () => {
  it("writes one row per district and the region total with the report's own figures", async () => {
    const wb = setup();
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "ru" });
    expect(sheet).toBe("Sapa — область");
    expect(reportSheetName("kk")).toBe("Sapa — облыс");

    const regionRow = rowOf(wb, sheet, label("region", "ru"));
    const r = report.region;
    const lines = r.stage.categories!;
    expect(lines).not.toBeNull();
    const legacy =
      r.byCategory["legacy-higher"] + r.byCategory["legacy-first"] + r.byCategory["legacy-second"];
    expect(cellValues(wb, sheet, `A${regionRow}:S${regionRow}`)[0]).toEqual([
      label("region", "ru"),
      null,
      null,
      r.teachers,
      r.organizations,
      r.byCategory.moderator,
      r.byCategory.expert,
      r.byCategory.researcher,
      r.byCategory.master,
      legacy,
      r.qualitativeShare,
      lines.moderator.gapPp,
      lines.expert.gapPp,
      lines.researcher.gapPp,
      lines.master.gapPp,
      lines.moderator.teachersNeeded,
      lines.expert.teachersNeeded,
      lines.researcher.teachersNeeded,
      lines.master.teachersNeeded,
    ]);
    expect(r.teachers).toBe(500);

    const alga = report.districts.find((d) => d.district === "alga")!;
    const algaRow = rowOf(wb, sheet, "Алгинский район");
    expect(cellValues(wb, sheet, `B${algaRow}:G${algaRow}`)[0]).toEqual([
      alga.revision,
      alga.submittedAt,
      120,
      alga.summary.organizations,
      alga.summary.byCategory.moderator,
      alga.summary.byCategory.expert,
    ]);
    expect(cellValues(wb, sheet, `K${algaRow}:L${algaRow}`)[0]).toEqual([
      alga.summary.qualitativeShare,
      alga.summary.stage.categories!.moderator.gapPp,
    ]);
    expect(numberFormats(wb, sheet, `K${algaRow}`)).toEqual([["0.00%"]]);
    expect(numberFormats(wb, sheet, `C${algaRow}`)).toEqual([["@"]]);

    // 13 rows in the region's order, right under the header, then the total.
    const header = rowOf(wb, sheet, label("district", "ru"));
    expect(cellValues(wb, sheet, `A${header + 1}:A${header + 13}`).flat()).toEqual(
      DISTRICTS.map((d) => d.name.ru),
    );
    expect(regionRow).toBe(header + 14);
    expect(wb.sheet(sheet).frozenRows).toBe(header);
  });

  it("marks districts that have not submitted and lists them under completeness", async () => {
    const wb = setup();
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "kk" });
    const temir = rowOf(wb, sheet, "Темір ауданы");
    expect(cellValues(wb, sheet, `B${temir}:D${temir}`)[0]).toEqual([label("missing", "kk"), null, null]);
    const submitted = rowOf(wb, sheet, label("submitted", "kk"));
    // Submitted, accepted by the region, expected.
    expect(cellValues(wb, sheet, `A${submitted + 1}:A${submitted + 1}`)).toEqual([[label("accepted", "kk")]]);
    expect(cellValues(wb, sheet, `B${submitted}:B${submitted + 2}`)).toEqual([[3], [1], [13]]);
    const missing = cellValues(wb, sheet, `B${submitted + 3}:C${submitted + 3}`)[0]!;
    expect(missing[0]).toBe(10);
    expect(String(missing[1]).split(", ")).toEqual(
      DISTRICTS.filter((d) => !SUBMITTED.some((s) => s.district === d.id)).map((d) => d.name.kk),
    );
  });

  it("lists the teachers due for attestation it is given under completeness, with real date cells", async () => {
    const wb = setup();
    const due = report.attestationDue;
    expect(due.length).toBeGreaterThan(0);
    const { sheet } = await writeReportSheet(report, due, { lang: "kk" });
    const title = rowOf(wb, sheet, label("attestationDue", "kk"));
    expect(cellValues(wb, sheet, `A${title + 1}:B${title + 1}`)[0]).toEqual([
      label("year", "kk"),
      label("district", "kk"),
    ]);
    const first = due[0]!;
    const row = cellValues(wb, sheet, `A${title + 2}:G${title + 2}`)[0]!;
    expect(row.slice(0, 5)).toEqual([
      first.year,
      DISTRICTS.find((d) => d.id === first.district)!.name.kk,
      first.organization,
      first.fullName,
      label(`category.${first.category}`, "kk"),
    ]);
    expect(numberFormats(wb, sheet, `G${title + 2}`)).toEqual([["dd.mm.yyyy"]]);
    expect(wb.sheet(sheet).values.length).toBe(title + 1 + due.length);
  });

  it("is idempotent, leaves other sheets alone and needs at most three round trips", async () => {
    const wb = setup();
    const others = [ROSTER, "Ескертпе"].map((s) => JSON.stringify(sheetSnapshot(wb.sheet(s))));
    const before = wb.syncs.length;
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "kk" });
    expect(wb.syncs.length - before).toBeLessThanOrEqual(3);
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    const again = wb.syncs.length;
    await writeReportSheet(report, report.attestationDue, { lang: "kk" });
    expect(wb.syncs.length - again).toBeLessThanOrEqual(3);
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
    expect(wb.sheets.map((s) => s.name)).toEqual([ROSTER, "Ескертпе", sheet]);
    expect([ROSTER, "Ескертпе"].map((s) => JSON.stringify(sheetSnapshot(wb.sheet(s))))).toEqual(others);
  });

  it("a fuller report over an older one leaves no stale cells behind", async () => {
    const wb = setup();
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "en" });
    const fresh = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    const fewer = { ...report, districts: report.districts.slice(0, 1) };
    await writeReportSheet(fewer, fewer.attestationDue, { lang: "en" });
    const alga = rowOf(wb, sheet, "Alga district");
    expect(cellValues(wb, sheet, `B${alga}:D${alga}`)[0]).toEqual([label("missing", "en"), null, null]);
    await writeReportSheet(report, report.attestationDue, { lang: "en" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(fresh);
  });

  it("an ExcelApi 1.1 host still gets every value (no freeze, no widths)", async () => {
    const wb = setup("1.1");
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "ru" });
    const regionRow = rowOf(wb, sheet, label("region", "ru"));
    expect(cellValues(wb, sheet, `D${regionRow}:E${regionRow}`)[0]).toEqual([
      report.region.teachers,
      report.region.organizations,
    ]);
    const aktobe = rowOf(wb, sheet, "г. Актобе");
    expect(cellValues(wb, sheet, `D${aktobe}`)).toEqual([[300]]);
    expect(wb.sheet(sheet).frozenRows).toBe(0);
    const once = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeReportSheet(report, report.attestationDue, { lang: "ru" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(once);
  });

  it("colours each stage gap red when behind the target and green when reached; none on blank cells", async () => {
    const wb = setup();
    const { sheet } = await writeReportSheet(report, report.attestationDue, { lang: "kk" });
    const header = rowOf(wb, sheet, label("district", "kk"));
    const entries = [
      ...DISTRICTS.map((d, i) => ({
        row: header + 1 + i,
        entry: report.districts.find((e) => e.district === d.id),
      })),
      { row: header + 14, entry: { summary: report.region } },
    ];
    const colours = new Set<string>();
    for (const { row, entry } of entries) {
      ["L", "M", "N", "O"].forEach((column, i) => {
        const key = (["moderator", "expert", "researcher", "master"] as const)[i]!;
        const shown = fill(wb, sheet, `${column}${row}`);
        if (!entry) return expect(shown).toBeNull();
        const gap = entry.summary.stage.categories![key].gapPp;
        expect(cellValues(wb, sheet, `${column}${row}`)).toEqual([[gap]]);
        expect(shown).toBe(gap > 0 ? GAP_COLORS.behind.fill : GAP_COLORS.onTarget.fill);
        colours.add(shown!);
      });
    }
    // The sample rosters are behind on some categories and ahead on others: both colours are exercised.
    expect(colours.size).toBe(2);
  });

  it("outside the plan's years leaves the stage columns blank and uncoloured", async () => {
    const wb = setup();
    const later = buildReport("2030-2031");
    expect(later.region.stage.categories).toBeNull();
    const { sheet } = await writeReportSheet(later, later.attestationDue, { lang: "ru" });
    const regionRow = rowOf(wb, sheet, label("region", "ru"));
    expect(cellValues(wb, sheet, `D${regionRow}`)).toEqual([[later.region.teachers]]);
    expect(cellValues(wb, sheet, `L${regionRow}:S${regionRow}`)[0]).toEqual(Array(8).fill(null));
    expect(fill(wb, sheet, `L${regionRow}`)).toBeNull();
    expect(cellValues(wb, sheet, "A5")).toEqual([[`${label("noStage", "ru")}: 2030-2031`]]);
  });
});
