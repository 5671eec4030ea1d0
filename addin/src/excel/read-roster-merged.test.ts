/**
 * The grid-level cases of the writer corpus (cli/test/fixtures/writers) through the adapter on the fake
 * host: the same 12 teachers, organisation cells merged down, group-title rows merged across, a 1904
 * workbook. The CLI reads the files; here the sheets are laid out as Excel holds them after opening.
 */
import { readRoster as readRosterGrid, type CellValue } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { createFakeWorkbook, dateToSerial, installFakeOffice } from "../../test/fake-office/index.ts";
import { parseMergedAreas, readRoster } from "./read-roster.ts";

const ASOF = "2025-01-15";
const ORGS = ["Ясли-сад «Балапан»", "Детский сад «Айгөлек»", "Ясли-сад «Ақбота»"];
const CATEGORIES = ["Педагог-модератор", "Педагог", "Педагог-эксперт", "Без категории"];
const HEADER = ["№", "ФИО", "Организация", "Образование", "Категория", "Дата присвоения категории", "Стаж"];

/** Teacher n (0-based) as roster_data.py writes it; the date serial in the workbook's own system. */
function teacher(n: number, date1904 = false): CellValue[] {
  const serial = dateToSerial(2021, 5, 14 + n) - (date1904 ? 1462 : 0);
  return [n + 1, `Учитель ${n + 1}`, ORGS[Math.floor(n / 4)]!, "Высшее", CATEGORIES[n % 4]!, serial, 3 + n];
}
const formats = (rows: number) => Array.from({ length: rows }, () => [...HEADER.map(() => "General")]);

/** Header on row 1, teachers on rows 2-13 with the organisation only in each block's first row, merged down. */
function mergedOrgSheet() {
  const values: CellValue[][] = [HEADER];
  for (let n = 0; n < 12; n++) {
    const row = teacher(n);
    if (n % 4 !== 0) row[2] = null;
    values.push(row);
  }
  const numberFormats = formats(13);
  for (let r = 1; r <= 12; r++) numberFormats[r]![5] = "dd.mm.yyyy";
  return { values, numberFormats, merged: ["C2:C5", "C6:C9", "C10:C13"] };
}

describe("readRoster (Excel adapter): merged areas and the date system", () => {
  it("reads merged areas on ExcelApi 1.13 in the same single sync, and the core gives each row its organisation", async () => {
    const wb = createFakeWorkbook({ sheets: { Педагоги: mergedOrgSheet() } });
    installFakeOffice(globalThis, wb);
    const read = await readRoster();
    expect(read.syncs).toBe(1);
    expect(read.input.merged).toEqual([
      { firstRow: 2, firstColumn: 3, lastRow: 5, lastColumn: 3 },
      { firstRow: 6, firstColumn: 3, lastRow: 9, lastColumn: 3 },
      { firstRow: 10, firstColumn: 3, lastRow: 13, lastColumn: 3 },
    ]);
    expect(read.input.mergedUnknown).toBeUndefined();
    const checked = readRosterGrid(read.input, { asOf: ASOF });
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(checked.teachers.map((t) => t.organization)).toEqual(ORGS.flatMap((o) => [o, o, o, o]));
  });

  it("says once, on a host before ExcelApi 1.13, that merged organisation cells could not be read", async () => {
    const wb = createFakeWorkbook({ sheets: { Педагоги: mergedOrgSheet() }, excelApi: "1.12" });
    installFakeOffice(globalThis, wb);
    const read = await readRoster();
    expect(read.input.mergedUnknown).toBe(true);
    const checked = readRosterGrid(read.input, { asOf: ASOF });
    // 9 rows without their organisation: one problem instead of nine.
    expect(checked.problems.map((p) => [p.code, p.row, p.column])).toEqual([["merged-cells-unread", 3, "C"]]);
    expect(checked.problems[0]!.message.en).toContain("9 rows");
  });

  it("takes organisations from group-title rows merged across the table", async () => {
    const header = HEADER.filter((h) => h !== "Организация");
    const values: CellValue[][] = [header];
    const merged: string[] = [];
    for (let k = 0; k < 3; k++) {
      values.push([ORGS[k]!]);
      merged.push(`A${values.length}:F${values.length}`);
      for (let n = 4 * k; n < 4 * k + 4; n++) values.push(teacher(n).filter((_, c) => c !== 2));
    }
    const numberFormats = values.map((row, r) =>
      row.map((_, c) => (r > 0 && c === 4 ? "dd.mm.yyyy" : "General")),
    );
    installFakeOffice(
      globalThis,
      createFakeWorkbook({ sheets: { Педагоги: { values, numberFormats, merged } } }),
    );
    const read = await readRoster();
    const checked = readRosterGrid(read.input, { asOf: ASOF });
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(checked.teachers).toHaveLength(12);
    expect(checked.teachers.map((t) => t.organization)).toEqual(ORGS.flatMap((o) => [o, o, o, o]));
  });

  it("tells a 1904 workbook by DATE(2000,1,1) and the core reads its serials as the dates Excel shows", async () => {
    const values: CellValue[][] = [HEADER, ...Array.from({ length: 12 }, (_, n) => teacher(n, true))];
    const numberFormats = values.map((row, r) =>
      row.map((_, c) => (r > 0 && c === 5 ? "dd.mm.yyyy" : "General")),
    );
    installFakeOffice(
      globalThis,
      createFakeWorkbook({ sheets: { S: { values, numberFormats } }, date1904: true }),
    );
    const read = await readRoster();
    expect(read.input.date1904).toBe(true);
    const checked = readRosterGrid(read.input, { asOf: ASOF });
    expect(checked.teachers[0]!.categoryDate).toBe("2021-05-14");
    expect(checked.teachers[11]!.categoryDate).toBe("2021-05-25");

    // The same sheet in a 1900 workbook is not flagged; an ExcelApi 1.1 host cannot ask and reads as 1900.
    installFakeOffice(globalThis, createFakeWorkbook({ sheets: { S: { values, numberFormats } } }));
    expect((await readRoster()).input.date1904).toBeUndefined();
  });

  it("reads headers holding line breaks, no-break and zero-width spaces and soft hyphens (as SheetJS writes them)", async () => {
    const header = [
      "№",
      "ФИО\r\nпедагога",
      "Органи\u00adзация",
      "Образо-\r\nвание",
      "Катего\u200bрия",
      "Дата\u00a0присвоения\nкатегории",
      "Стаж",
    ];
    const values: CellValue[][] = [header, ...Array.from({ length: 12 }, (_, n) => teacher(n))];
    const numberFormats = values.map((row, r) =>
      row.map((_, c) => (r > 0 && c === 5 ? "dd.mm.yyyy" : "General")),
    );
    installFakeOffice(globalThis, createFakeWorkbook({ sheets: { Педагоги: { values, numberFormats } } }));
    const checked = readRosterGrid((await readRoster()).input, { asOf: ASOF });
    expect(checked.layout?.columns.map((c) => c.field).sort()).toEqual(
      ["categoryDate", "category", "education", "experienceYears", "fullName", "organization"].sort(),
    );
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(checked.teachers).toHaveLength(12);
    expect(checked.teachers[11]!.categoryDate).toBe("2021-05-25");
  });

  it("parses RangeAreas addresses, quoted sheet names with commas and single cells included", () => {
    expect(parseMergedAreas("'Балабақша, 1'!C3:C6, 'Балабақша, 1'!A1, Sheet1!$B$2:$D$2")).toEqual([
      { firstRow: 3, firstColumn: 3, lastRow: 6, lastColumn: 3 },
      { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1 },
      { firstRow: 2, firstColumn: 2, lastRow: 2, lastColumn: 4 },
    ]);
  });
});
