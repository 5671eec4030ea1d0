/**
 * One roster, every surface: the band verdict and the teachers still needed read from the pane's model
 * (the shared stage table and verdict it renders, as the add-in's summary sheet does), `sapa check --json`,
 * the CLI's text, the region's report workbook and the report CSV are the same figures in the same words.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  STAGE_CATEGORY_KEYS,
  bandVerdictLabel,
  districtTable,
  findDistrict,
  formatCell,
  label,
  mergeFigures,
  stageTable,
  summaryFigures,
  tableCsv,
  reportWorkbook,
  type ReportFigures,
  type SheetDescription,
  type Summary,
} from "@sapa/shared";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { checkJson } from "./commands/check.ts";
import { checkRosterFile } from "./roster-file.ts";
import { formatSummary } from "./summary-output.ts";
import { workbookOf } from "@sapa/client/files";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/**
 * Temir's kindergarten of 24: 4 experts and 1 moderator awarded this year (5 of 24 = 20.83%, above the
 * 10–15% band), the rest "педагог". Still needed: moderator ceil(1.92 − 1) = 1, expert 1.2 − 4 → 0,
 * researcher 0.48 and master 0.0024 of a teacher → regional targets: 1 in all.
 */
async function writeRoster(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Тізім");
  sheet.addRow(["Аты-жөні", "Мектепке дейінгі ұйым", "Білімі", "Санаты", "Санат берілген күні"]);
  for (let i = 0; i < 24; i++) {
    const [category, date] =
      i < 4
        ? ["педагог-сарапшы", "15.10.2025"]
        : i === 4
          ? ["педагог-модератор", "01.11.2025"]
          : ["педагог", ""];
    sheet.addRow([`Педагог ${i + 1}`, "«Айгөлек» балабақшасы", "жоғары", category, date]);
  }
  await workbook.xlsx.writeFile(file);
}

describe("the same roster's figures on every surface", () => {
  it("agree on the band verdict and the teachers still needed, per category and for all categories", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sapa-agree-"));
    dirs.push(dir);
    const file = join(dir, "temir.xlsx");
    await writeRoster(file);
    const roster = await checkRosterFile(file, { asOf: "2026-05-31", year: "2025-2026", district: "temir" });

    // sapa check --json
    const json = JSON.parse(JSON.stringify(checkJson("temir.xlsx", roster))) as { summary: Summary };
    const stage = json.summary.stage;
    expect(STAGE_CATEGORY_KEYS.map((k) => stage.categories![k].teachersNeeded)).toEqual([1, 0, 0, 0]);
    expect(STAGE_CATEGORY_KEYS.map((k) => stage.categories![k].regionalTarget)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(stage.total).toMatchObject({ teachersNeeded: 1, verdict: "above" });

    for (const lang of ["kk", "ru"] as const) {
      const verdict = label(bandVerdictLabel("above"), lang);
      const regional = label("regionalTarget", lang);
      const expected = ["1", "0", regional, regional];

      // The pane's model and the add-in's summary sheet: the shared stage table of the summary.
      const table = stageTable(roster.summary)!;
      const col = (key: string) => table.columns.findIndex((c) => c.key === key);
      const cellText = (row: string, key: string) =>
        formatCell(table.rows.find((r) => r.key === row)!.cells[col(key)]!, lang);
      expect(STAGE_CATEGORY_KEYS.map((k) => cellText(k, "teachersNeeded"))).toEqual(expected);
      expect(cellText("total", "teachersNeeded")).toBe("1");
      expect(cellText("total", "bandVerdict")).toBe(verdict);

      // The CLI's text (sapa check without --json).
      expect(formatSummary(roster.summary, lang)).toContain(verdict);

      // The region's report: the district's row of the report workbook's sheet and of the CSV.
      const figures = summaryFigures(roster.summary);
      const report: ReportFigures = {
        year: "2025-2026",
        generatedAt: "2026-05-31T12:00:00.000Z",
        region: mergeFigures([figures], { year: "2025-2026", asOf: "2026-05-31", scope: "region" }),
        districts: [
          {
            district: "temir",
            name: findDistrict("temir")!.name,
            revision: 1,
            submittedAt: "2026-05-31T08:00:00.000Z",
            summary: figures,
          },
        ],
        completeness: { expected: 13, submitted: 1, accepted: 0, missing: [] },
      };
      const sheet = districtTable(report, "sheet");
      const temir = sheet.rows.find((r) => r.key === "temir")!;
      const sheetText = (key: string) =>
        formatCell(temir.cells[sheet.columns.findIndex((c) => c.key === key)]!, lang);
      expect(STAGE_CATEGORY_KEYS.map((k) => sheetText(`teachersNeeded.${k}`)).map(stripRegion)).toEqual(
        expected,
      );
      expect(sheetText("stage.teachersNeeded")).toBe("1");
      expect(sheetText("stage.bandVerdict")).toBe(verdict);

      const csv = tableCsv(districtTable(report, "csv"), lang)
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      const headings = csv[0]!.split(";");
      const temirCsv = csv.find((l) => l.includes(";temir;"))!.split(";");
      expect(temirCsv[headings.indexOf(label("bandVerdict", lang))]).toBe(verdict);
      const neededHeading = `${label("stage", lang)}: ${label("teachersNeeded", lang)}`;
      expect(temirCsv[headings.indexOf(neededHeading)]).toBe("1");

      // The report workbook the CLI writes (and the pane, from the same description): the districts
      // sheet's stage-gap rows of Temir, as the file writer renders them.
      const districts = reportWorkbook({ figures: report, attestation: [], organizations: [] }, lang).find(
        (d) => d.key === "districts",
      )!;
      const cells = (await renderedRows(districts)).map((r) => r.map((v) => (v == null ? "" : String(v))));
      const headerAt = cells.findIndex(
        (r) => r.includes(label("teachersNeeded", lang)) && r.includes(label("bandVerdict", lang)),
      );
      const header = cells[headerAt]!;
      const temirRows = cells.slice(headerAt + 1).filter((r) => r[0] === findDistrict("temir")!.name[lang]);
      const needed = header.indexOf(label("teachersNeeded", lang));
      expect(temirRows.map((r) => stripRegion(r[needed] ?? ""))).toEqual([...expected, "1"]);
      expect(temirRows.at(-1)![header.indexOf(label("bandVerdict", lang))]).toBe(verdict);
    }
  });
});

/** A described sheet's rows as the file writer puts them in a workbook. */
async function renderedRows(sheet: SheetDescription): Promise<unknown[][]> {
  const book = workbookOf([sheet]);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** "regional target (Region: 1)" → "regional target": the report adds the region's own figure. */
function stripRegion(text: string): string {
  return text.replace(/ \(.*\)$/, "");
}
