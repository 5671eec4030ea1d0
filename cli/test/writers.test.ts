/**
 * Rosters written by programs other than exceljs (openpyxl, gnumeric, LibreOffice, SheetJS, CSV exports),
 * committed under fixtures/writers/ by generate.sh. Every workbook holds the same 12 teachers
 * (roster_data.py): 3 kindergartens × 4 teachers, one of each of Педагог-модератор, Педагог,
 * Педагог-эксперт, Без категории per kindergarten, all "Высшее", awarded 14..25 May 2021, experience 3..14.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORY_KEYS, type CategoryKey, type Problem } from "@sapa/shared";
import { checkRosterFile, type CheckedRoster } from "../src/roster-file.ts";
import { readWorkbookFile } from "../src/xlsx-read.ts";
import { runCli, STACK_TRACE } from "./run-cli.ts";

const AS_OF = "2025-01-15";
const YEAR = "2024-2025";
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/writers/${name}`, import.meta.url));
const check = (name: string, sheet?: string) =>
  checkRosterFile(fixture(name), { asOf: AS_OF, year: YEAR, ...(sheet ? { sheet } : {}) });

const ORGS = ["Ясли-сад «Балапан»", "Детский сад «Айгөлек»", "Ясли-сад «Ақбота»"];
/** By hand: 4 per kindergarten, one of each of these four categories. */
const EXPECTED_CATEGORIES: Record<CategoryKey | "unknown", number> = {
  ...(Object.fromEntries(CATEGORY_KEYS.map((k) => [k, 0])) as Record<CategoryKey, number>),
  unknown: 0,
  moderator: 3,
  pedagog: 3,
  expert: 3,
  none: 3,
};
/** Teacher n (1-based, in sheet order) was awarded on 2021-05-(13 + n). */
const awardDate = (n: number) => `2021-05-${String(13 + n).padStart(2, "0")}`;

const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

/** What every complete fixture must give: 12 teachers, 3 organisations, the counts above, exact dates, no error. */
function expectTheTwelve(roster: CheckedRoster, orgNames: readonly string[] = ORGS): void {
  expect(errors(roster.problems)).toEqual([]);
  expect(roster.summary.teachers).toBe(12);
  expect(roster.summary.organizations).toBe(3);
  expect(roster.summary.byCategory).toEqual(EXPECTED_CATEGORIES);
  expect(roster.summary.byEducation.higher).toBe(12);
  expect(roster.teachers.map((t) => t.categoryDate)).toEqual(
    Array.from({ length: 12 }, (_, i) => awardDate(i + 1)),
  );
  expect(roster.teachers.every((t) => !t.categoryDateYearOnly)).toBe(true);
  expect(roster.teachers.map((t) => t.organization)).toEqual(orgNames.flatMap((o) => [o, o, o, o]));
}

describe("rosters from other writers read as a person reads them", () => {
  it.each([
    ["openpyxl-merged-org.xlsx", "organisation cells merged down over their teachers (openpyxl)"],
    ["gnumeric-merged-org.xlsx", "the same re-saved by gnumeric, inline strings"],
    ["libreoffice-merged-org.xlsx", "the same re-saved by LibreOffice"],
    ["libreoffice-rich-text.xlsx", "rich-text names and a comment (VML drawing), written by LibreOffice"],
    ["openpyxl-table.xlsx", "an Excel table whose part openpyxl links by an absolute path"],
    ["openpyxl-1904.xlsx", 'a 1904 workbook, date1904="1" (openpyxl)'],
    ["gnumeric-1904.xlsx", "a 1904 workbook re-saved by gnumeric"],
    ["libreoffice-1904.xlsx", 'a 1904 workbook re-saved by LibreOffice, date1904="true"'],
    ["openpyxl-validations.xlsx", "dropdowns and a conditional format down to row 1,048,576 on ten columns"],
    ["openpyxl-features.xlsx", "a cover sheet; hidden rows, autofilter, frozen panes, a comment, a chart"],
    [
      "sheetjs-crlf-headers.xlsx",
      "headers with CR LF (_x000D_), no-break and zero-width spaces, soft hyphens",
    ],
    ["sheetjs-date-cells.xlsx", 'date-typed cells (t="d", ISO text)'],
    ["sheetjs.xlsm", "a macro-enabled workbook (.xlsm)"],
    ["sheetjs-cached-formulas.xlsx", "shared strings and formulas with their cached values"],
    [
      "excel-parts.xlsx",
      'a shared formula (t="shared"), a pivot cache and table, an external link and custom XML, as Excel writes them',
    ],
    ["export-semicolon-bom.csv", "a UTF-8 CSV export with a BOM and semicolons"],
    ["export-comma.csv", "a UTF-8 CSV export without a BOM, with commas"],
  ])("%s: %s", async (name) => {
    const roster = await check(name);
    expectTheTwelve(roster);
    expect(roster.sheets).toHaveLength(1);
  });

  it.each([
    ["gnumeric-typed-cells.csv", "gnumeric (commas, dates as 2021/05/14)"],
    ["libreoffice-typed-cells.csv", "LibreOffice (semicolons, text quoted)"],
  ])(
    "reads %s, a workbook of number and TRUE/FALSE cells saved as CSV by %s, as the workbook itself",
    async (name) => {
      // gen_openpyxl.py typed_cells: the twelve with their ИИН as numbers (six born 2000-2006 lost their leading
      // zero: 061211501001 is 61211501001, 000101601056 is 101601056, and the CSV keeps it lost), mentor and
      // internship as TRUE/FALSE cells, the first teacher a young specialist without a mentor.
      const workbook = await check("openpyxl-typed-cells.xlsx");
      const csv = await check(name);
      expectTheTwelve(workbook);
      expectTheTwelve(csv);
      const iins = workbook.teachers.map((t) => t.iin);
      expect(iins.filter((iin) => iin?.startsWith("0"))).toHaveLength(6);
      expect(iins).toContain("000101601056");
      expect(workbook.teachers.filter((t) => t.mentor === null).map((t) => t.row)).toEqual([2, 5, 8, 11]);
      expect(workbook.summary.youngWithoutMentor).toEqual({ count: 1, covered: 12 });
      expect(csv.teachers).toEqual(workbook.teachers);
      const where = (problems: readonly Problem[]) => problems.map((p) => `${p.code} ${p.row} ${p.field}`);
      expect(where(workbook.problems)).toContain("mentor-missing 2 mentor");
      expect(where(csv.problems)).toEqual(where(workbook.problems));
      expect(csv.summary).toEqual(workbook.summary);
    },
  );

  it("gives a merged organisation cell to every row under it: the rows are 3..14, each with its kindergarten", async () => {
    const roster = await check("openpyxl-merged-org.xlsx");
    expect(roster.teachers.map((t) => t.row)).toEqual(Array.from({ length: 12 }, (_, i) => 3 + i));
    expect(roster.summary.byOrganization.map((o) => o.teachers)).toEqual([4, 4, 4]);
  });

  it("takes organisation names from group-title rows merged across the table, not as teachers", async () => {
    const roster = await check("openpyxl-group-titles.xlsx");
    expectTheTwelve(roster);
    // Titles on rows 2, 7 and 12; teachers on the four rows under each.
    expect(roster.teachers.map((t) => t.row)).toEqual([3, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 16]);
    expect(roster.present).toContain("organization");
  });

  it("skips bold group-title rows merged across a table that also has an organisation column (openpyxl)", async () => {
    // gen_openpyxl.py group_titles_with_org: six kindergartens, a title row each (rows 3, 14, 25, 36, 47, 58)
    // and ten teachers under it; teacher i (0-based in its block) has category i mod 4 of moderator,
    // pedagog, expert, none, so per block 3+3+2+2, and experience 3 + i.
    const roster = await check("openpyxl-group-titles-org.xlsx");
    expect(errors(roster.problems)).toEqual([]);
    expect(roster.summary.teachers).toBe(60);
    expect(roster.summary.organizations).toBe(6);
    expect(roster.summary.byOrganization.map((o) => o.teachers)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(roster.summary.byCategory).toEqual({
      ...EXPECTED_CATEGORIES,
      moderator: 18,
      pedagog: 18,
      expert: 12,
      none: 12,
    });
    const titleRows = [3, 14, 25, 36, 47, 58];
    expect(roster.teachers.map((t) => t.row)).toEqual(
      titleRows.flatMap((title) => Array.from({ length: 10 }, (_, i) => title + 1 + i)),
    );
    expect(roster.teachers.filter((t) => t.organization === "Детский сад «Солнышко»")).toHaveLength(10);
    expect(roster.teachers.map((t) => t.experienceYears).slice(0, 10)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    const json = await runCli([
      "check",
      fixture("openpyxl-group-titles-org.xlsx"),
      "--as-of",
      AS_OF,
      "--json",
    ]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { summary: { teachers: number; organizations: number } };
    expect([out.summary.teachers, out.summary.organizations]).toEqual([60, 6]);
  });

  it("reads one sheet per kindergarten as one roster, each sheet's name its organisation", async () => {
    const roster = await check("openpyxl-sheet-per-org.xlsx");
    expectTheTwelve(roster, ["Балапан", "Айгөлек", "Ақбота"]);
    expect(roster.sheets.map((s) => [s.sheet, s.teachers.length])).toEqual([
      ["Балапан", 4],
      ["Айгөлек", 4],
      ["Ақбота", 4],
    ]);
    // --sheet still reads just the one named; without an organisation column that is an error.
    const one = await check("openpyxl-sheet-per-org.xlsx", "Айгөлек");
    expect(one.teachers).toHaveLength(4);
    expect(errors(one.problems).map((p) => p.code)).toEqual(["column-missing"]);
  });

  it("sapa check names the sheets it read and says which sheet it chose, in its output and its --json", async () => {
    const perOrg = await runCli([
      "check",
      fixture("openpyxl-sheet-per-org.xlsx"),
      "--as-of",
      AS_OF,
      "--lang",
      "ru",
    ]);
    expect(perOrg.code).toBe(0);
    expect(perOrg.stdout).toContain(
      "Листы прочитаны как один список: «Балапан» (4), «Айгөлек» (4), «Ақбота» (4)",
    );
    const chosen = await runCli([
      "check",
      fixture("openpyxl-summary-first.xlsx"),
      "--as-of",
      AS_OF,
      "--lang",
      "kk",
    ]);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain("Педагоги (12 педагог; ең көп жолы бар парақ, басқалары: «Свод»)");
    const json = await runCli(["check", fixture("openpyxl-sheet-per-org.xlsx"), "--as-of", AS_OF, "--json"]);
    const out = JSON.parse(json.stdout) as {
      sheets: { sheet: string; teachers: number }[];
      summary: { teachers: number; organizations: number };
    };
    expect(out.sheets.map((s) => [s.sheet, s.teachers])).toEqual([
      ["Балапан", 4],
      ["Айгөлек", 4],
      ["Ақбота", 4],
    ]);
    expect([out.summary.teachers, out.summary.organizations]).toEqual([12, 3]);
  });

  it("picks the roster sheet over a summary sheet before it, and over a cover sheet", async () => {
    const summary = await check("openpyxl-summary-first.xlsx");
    expectTheTwelve(summary);
    expect(summary.sheet).toBe("Педагоги");
    expect(summary.chosen).toBe(true);
    expect(summary.sheetNames).toEqual(["Свод", "Педагоги"]);
    const forced = await check("openpyxl-summary-first.xlsx", "свод");
    expect(forced.sheet).toBe("Свод");
    expect(forced.teachers).toHaveLength(3);

    // The cover sheet holds no header; hidden rows, an autofilter and frozen panes change nothing.
    const features = await check("openpyxl-features.xlsx");
    expectTheTwelve(features);
    expect(features.sheet).toBe("Педагоги");
  });

  it("says once that the formulas in column G were never calculated, instead of one error per row", async () => {
    const roster = await check("openpyxl-formulas.xlsx");
    expect(roster.problems.map((p) => [p.code, p.column, p.row])).toEqual([
      ["formula-not-calculated", "G", 3],
    ]);
    expect(roster.problems[0]!.message.en).toContain("column G");
    expect(roster.problems[0]!.message.en).toContain("12 cells");
    expect(roster.problems[0]!.message.ru).toContain("Откройте файл в Excel");
    expect(roster.teachers.every((t) => t.experienceYears === null)).toBe(true);
    expect(roster.summary.teachers).toBe(12);
  });

  it("reads the cached formula results and the 1904 serials as the sheet shows them", async () => {
    const cached = await check("sheetjs-cached-formulas.xlsx");
    expect(cached.teachers.map((t) => t.experienceYears)).toEqual(
      Array.from({ length: 12 }, (_, i) => 3 + i),
    );
    // openpyxl's uncalculated formulas (G = 2024 - YEAR(F) + row) once LibreOffice calculated and saved them.
    const calculated = await check("libreoffice-formulas.xlsx");
    expectTheTwelve(calculated);
    expect(calculated.problems).toEqual([]);
    expect(calculated.teachers.map((t) => t.experienceYears)).toEqual(
      Array.from({ length: 12 }, (_, i) => 6 + i),
    );
    // The same column as one shared formula: the cached results, not the master cell's text, on every row.
    const shared = await check("excel-parts.xlsx");
    expect(shared.teachers.map((t) => t.experienceYears)).toEqual(
      Array.from({ length: 12 }, (_, i) => 6 + i),
    );
    expect(shared.sheetNames).toEqual(["Педагоги", "Сводная"]);
    expect(shared.problems).toEqual([]);
    const rich = await check("libreoffice-rich-text.xlsx");
    expect(rich.teachers[0]!.fullName).toBe("Абенова Айгүл 1");
    const [lo] = await readWorkbookFile(fixture("libreoffice-1904.xlsx"));
    expect(lo!.grid.date1904).toBe(true);
    // 2021-05-14 is serial 44330 in the 1900 system, 42868 in the 1904 one.
    expect(lo!.grid.values[2]![5]).toBe(44330 - 1462);
  });

  it("keeps a sheet with validations down to row 1,048,576 to the rows that hold values", async () => {
    const [sheet] = await readWorkbookFile(fixture("openpyxl-validations.xlsx"));
    expect(sheet!.grid.values).toHaveLength(14);
  });
});

describe("files that cannot be read get their own message and exit status 2", () => {
  it.each([
    ["empty.xlsx", "file-empty", "empty (0 bytes)"],
    ["truncated.xlsx", "file-truncated", "cut short"],
    ["password.xlsx", "file-password", "File → Info → Protect Workbook"],
    ["legacy.xls", "file-legacy-xls", "Excel 97-2003 (.xls)"],
    ["calc.ods", "file-ods", "OpenDocument (.ods)"],
    ["not-a-sheet.xlsx", "file-not-spreadsheet", "not a spreadsheet"],
  ])("%s", async (name, _key, phrase) => {
    const error = (await readWorkbookFile(fixture(name)).catch((e: unknown) => e)) as {
      exitCode: number;
      text: Record<string, string>;
    };
    expect(error.exitCode).toBe(2);
    expect(error.text.en).toContain(phrase);
    expect(error.text.en).toContain(name);
    for (const lang of ["kk", "ru"]) expect(error.text[lang]).not.toBe(error.text.en);
  });

  it.each([
    ["empty.xlsx", "Файл пустой (0 байт)"],
    ["truncated.xlsx", "Файл обрезан"],
    ["legacy.xls", "Excel 97-2003 (.xls)"],
    ["calc.ods", "OpenDocument (.ods)"],
    ["not-a-sheet.xlsx", "Это не файл таблицы"],
    ["export-cp1251.csv", "CSV UTF-8"],
  ])("sapa check %s: its one message, exit status 2, no stack trace", async (name, phrase) => {
    const result = await runCli(["check", fixture(name), "--lang", "ru"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(phrase);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe("");
  });

  it("refuses a CSV saved in Windows-1251 and says to save it as UTF-8", async () => {
    const error = (await readWorkbookFile(fixture("export-cp1251.csv")).catch((e: unknown) => e)) as {
      exitCode: number;
      text: Record<string, string>;
    };
    expect(error.exitCode).toBe(2);
    expect(error.text.ru).toContain("CSV UTF-8");
  });

  it("the password message says re-saving keeps the password, from the real command", async () => {
    const result = await runCli(["check", fixture("password.xlsx"), "--lang", "ru"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("защищён паролем");
    expect(result.stderr).toContain("Простое пересохранение пароль не снимает");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
