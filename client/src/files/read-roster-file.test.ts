import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRosterBytes } from "./read-roster-file.ts";
import { readWorkbook } from "./read-workbook.ts";

const district = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/district-files/${name}`, import.meta.url)));
const options = { asOf: "2025-12-01", year: "2025-2026" } as const;

describe("a workbook with last year's roster kept as a hidden sheet (LibreOffice)", () => {
  const bytes = district("libreoffice-hidden-sheet.xlsx");

  it("has the hidden sheet flagged, in workbook order", async () => {
    const sheets = await readWorkbook(bytes, "Тізім.xlsx");
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["Титул", false],
      ["Педагогтер", false],
      ["2024", true],
      ["Жиынтық", false],
    ]);
  });

  it("is checked on its visible sheets, as the pane checks it: 13 teachers, not the 26 of both rosters", async () => {
    const roster = await checkRosterBytes(bytes, "Тізім.xlsx", options);
    expect(roster.sheet).toBe("Педагогтер");
    expect([roster.summary.teachers, roster.summary.organizations]).toEqual([13, 3]);
    // Each teacher once: no ИИН "listed on two sheets".
    expect(roster.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual([
      "iin-checksum",
    ]);
    // `sapa check` names the other sheets looked at: not the hidden one.
    expect(roster.sheetNames).toEqual(["Титул", "Педагогтер", "Жиынтық"]);
  });

  it("reads the hidden sheet when it is named", async () => {
    const roster = await checkRosterBytes(bytes, "Тізім.xlsx", { ...options, sheet: "2024" });
    expect([roster.sheet, roster.summary.teachers]).toEqual(["2024", 13]);
  });
});

describe("a roster saved as CSV from a workbook that merges each kindergarten's name down its rows (LibreOffice)", () => {
  it("says once that a CSV keeps no merged cells and to open the .xlsx, instead of an error on every row", async () => {
    const csv = await checkRosterBytes(district("libreoffice-district-utf8.csv"), "Тізім.csv", options);
    const gaps = csv.problems.filter((p) => p.field === "organization");
    expect(gaps.map((p) => [p.code, p.row, p.column])).toEqual([["merged-cells-csv", 5, "C"]]);
    expect(gaps[0]!.message.ru).toContain("без названия осталось строк: 10, начиная со строки 5");
    expect(gaps[0]!.message.ru).toContain("Откройте исходную книгу (.xlsx), а не этот файл");
    // The workbook itself, whose merges are read, has no such gap.
    const xlsx = await checkRosterBytes(district("libreoffice-district.xlsx"), "Тізім.xlsx", options);
    expect(xlsx.problems.filter((p) => p.field === "organization")).toEqual([]);
  });
});
