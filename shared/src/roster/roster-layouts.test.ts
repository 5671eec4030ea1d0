import { describe, expect, it } from "vitest";
import { readDateCell } from "./dates.ts";
import { headerField } from "./headers.ts";
import { readRoster } from "./roster.ts";
import type { CellValue, GridInput } from "../types.ts";

const ASOF = "2025-01-15";
const HEADER = ["ФИО", "Организация", "Образование", "Категория"];
const row = (name: string, org: string | null, cat = "Педагог"): CellValue[] => [name, org, "Высшее", cat];

describe("merged cells in the core", () => {
  it("gives a merged organisation cell's value to every row of the area, and only there", () => {
    const input: GridInput = {
      values: [HEADER, row("А 1", "Балапан"), row("А 2", null), row("А 3", null), row("А 4", null)],
      merged: [{ firstRow: 2, firstColumn: 2, lastRow: 3, lastColumn: 2 }],
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.teachers.map((t) => t.organization)).toEqual(["Балапан", "Балапан", "", ""]);
    // Row 4 lies outside the area: still a real gap.
    expect(read.problems.map((p) => [p.code, p.row])).toEqual([
      ["required-missing", 4],
      ["required-missing", 5],
    ]);
    // The input is left as it was.
    expect(input.values[2]![1]).toBeNull();
  });

  it("leaves merges in and above the header alone", () => {
    const input: GridInput = {
      values: [["Тізім"], HEADER, row("А 1", "Балапан")],
      firstRow: 1,
      merged: [
        { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 4 },
        { firstRow: 2, firstColumn: 2, lastRow: 3, lastColumn: 2 },
      ],
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.layout?.headerRow).toBe(2);
    expect(read.teachers.map((t) => t.organization)).toEqual(["Балапан"]);
  });

  it("on a host that cannot report merges, turns the organisation gaps into one problem", () => {
    const input: GridInput = {
      values: [HEADER, row("А 1", "Балапан"), row("А 2", null), row("А 3", null), row("", null)],
      mergedUnknown: true,
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["merged-cells-unread", 3, "B"],
      ["required-missing", 5, "A"],
    ]);
    expect(read.problems[0]!.message.ru).toContain("строк: 3");
  });
});

describe("group-title rows when there is no organisation column", () => {
  const header = ["№", "ФИО", "Образование", "Категория"];
  it("takes the title above the teachers as their organisation and does not count it as a teacher", () => {
    const input: GridInput = {
      values: [
        header,
        ["Балапан"],
        [1, "А 1", "Высшее", "Педагог"],
        [2, "А 2", "Высшее", "Педагог-модератор"],
        ["Айгөлек"],
        [3, "А 3", "Высшее", "Педагог"],
        ["Барлығы: 3"],
      ],
      merged: [
        { firstRow: 2, firstColumn: 1, lastRow: 2, lastColumn: 4 },
        { firstRow: 5, firstColumn: 1, lastRow: 5, lastColumn: 4 },
      ],
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.problems).toEqual([]);
    expect(read.present).toContain("organization");
    expect(read.teachers.map((t) => [t.row, t.organization])).toEqual([
      [3, "Балапан"],
      [4, "Балапан"],
      [6, "Айгөлек"],
    ]);
  });

  it("does not take a teacher row holding only a name for a title, and keeps the missing column without titles", () => {
    const noTitles = readRoster(
      { values: [header, [1, "А 1", "Высшее", "Педагог"], [null, "А 2"]] },
      { asOf: ASOF },
    );
    expect(noTitles.teachers).toHaveLength(2);
    expect(noTitles.problems.map((p) => p.code)).toContain("column-missing");
    // A caller that knows the organisation (the sheet's name) gives it to every row.
    const named = readRoster(
      { values: [header, [1, "А 1", "Высшее", "Педагог"]] },
      { asOf: ASOF, organization: "Ақбота" },
    );
    expect(named.problems).toEqual([]);
    expect(named.teachers[0]!.organization).toBe("Ақбота");
  });
});

describe("group-title rows beside an organisation column", () => {
  const header = ["№", "ФИО", "Организация", "Образование", "Категория"];
  it("skips a title merged across the table, and gives it to a teacher whose organisation cell is blank", () => {
    const input: GridInput = {
      values: [
        header,
        ["Балапан"],
        [1, "А 1", "Балапан", "Высшее", "Педагог"],
        [2, "А 2", null, "Высшее", "Педагог-модератор"],
        ["Айгөлек"],
        [3, "А 3", "Айгөлек", "Высшее", "Педагог"],
      ],
      merged: [
        { firstRow: 2, firstColumn: 1, lastRow: 2, lastColumn: 5 },
        { firstRow: 5, firstColumn: 1, lastRow: 5, lastColumn: 5 },
      ],
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.problems).toEqual([]);
    expect(read.teachers.map((t) => [t.row, t.organization])).toEqual([
      [3, "Балапан"],
      [4, "Балапан"],
      [6, "Айгөлек"],
    ]);
  });

  it("skips an unmerged title standing alone outside the name column; a lone name is still a teacher", () => {
    const read = readRoster(
      {
        values: [header, [null, null, "Балапан"], [1, "А 1", "Балапан", "Высшее", "Педагог"], [null, "А 2"]],
      },
      { asOf: ASOF },
    );
    expect(read.teachers.map((t) => [t.row, t.organization])).toEqual([
      [3, "Балапан"],
      [4, "Балапан"],
    ]);
    // Row 4 names a teacher and nothing else: its education and category are missing, its organisation is the block's.
    expect(read.problems.map((p) => [p.code, p.row, p.field])).toEqual([
      ["required-missing", 4, "education"],
      ["required-missing", 4, "category"],
    ]);
  });
});

describe("formulas saved without a result", () => {
  it("gives one problem per column instead of a missing value on every row", () => {
    const input: GridInput = {
      values: [
        HEADER,
        ["А 1", "Балапан", "Высшее"],
        ["А 2", "Балапан", "Высшее"],
        ["А 3", "Балапан", "Высшее"],
      ],
      uncalculated: [
        { row: 2, column: 4 },
        { row: 3, column: 4 },
        { row: 4, column: 4 },
        { row: 4, column: 9 },
      ],
    };
    const read = readRoster(input, { asOf: ASOF });
    expect(read.problems.map((p) => [p.code, p.row, p.column, p.field])).toEqual([
      ["formula-not-calculated", 2, "D", "category"],
    ]);
    expect(read.problems[0]!.message.en).toContain("column D");
    expect(read.problems[0]!.message.en).toContain("3 cells");
  });
});

describe("the 1904 date system", () => {
  it("adds 1462 days to serials but leaves bare years and text dates alone", () => {
    expect(readDateCell(42868, "dd.mm.yyyy", true)).toEqual({
      kind: "date",
      date: "2021-05-14",
      yearOnly: false,
    });
    expect(readDateCell(42868, "dd.mm.yyyy")).toMatchObject({ date: "2017-05-13" });
    expect(readDateCell(2021, "dd.mm.yyyy", true)).toMatchObject({ date: "2021-01-01", yearOnly: true });
    expect(readDateCell("14.05.2021", null, true)).toMatchObject({ date: "2021-05-14" });
  });

  it("reads a 1904 grid's dates as the sheet shows them", () => {
    const input: GridInput = {
      values: [
        [...HEADER, "Дата присвоения категории"],
        ["А 1", "Балапан", "Высшее", "Педагог-модератор", 42868],
      ],
      numberFormats: [[], [null, null, null, null, "dd.mm.yyyy"]],
      date1904: true,
    };
    expect(readRoster(input, { asOf: ASOF }).teachers[0]!.categoryDate).toBe("2021-05-14");
  });
});

describe("header folding", () => {
  it.each([
    ["ФИО\r\nпедагога", "fullName"],
    ["ФИО\nпедагога", "fullName"],
    ["ФИО\rпедагога", "fullName"],
    ["Органи\u00adзация", "organization"],
    ["Катего\u200bрия", "category"],
    ["\ufeffОбразование\u00a0", "education"],
    ["Дата\u00a0присвоения\r\nкатегории", "categoryDate"],
    ["Образо-\r\nвание", "education"],
  ])("%j names %s", (text, field) => {
    expect(headerField(text)).toBe(field);
  });
});
