import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileReadError } from "./read-errors.ts";
import { cellToValue, dateToSerial, readWorkbook } from "./read-workbook.ts";

/** The bytes of a workbook as exceljs (a different library from the reader's) writes it. */
async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("dateToSerial", () => {
  it("gives Excel's 1900-system serials", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2023, 8, 15)))).toBe(45184);
    expect(dateToSerial(new Date(Date.UTC(2025, 8, 1, 12)))).toBe(45901.5);
  });
});

describe("cellToValue", () => {
  it("turns formulas, errors, booleans and date cells into what Excel shows, and spots formulas never calculated", () => {
    expect(cellToValue({ t: "s", v: "Педагог-сарапшы", r: "<r><t>Педагог-</t></r>" }).value).toBe(
      "Педагог-сарапшы",
    );
    expect(cellToValue({ t: "n", v: 7, f: "A1+1" })).toEqual({ value: 7, uncalculated: false });
    expect(cellToValue({ t: "e", v: 42, w: "#N/A" }).value).toBe("#N/A");
    expect(cellToValue({ t: "b", v: true }).value).toBe(true);
    expect(cellToValue({ t: "n", f: "A1" } as never)).toEqual({ value: null, uncalculated: true });
    expect(cellToValue({ t: "d", v: new Date(Date.UTC(2024, 1, 29)) }).value).toBe(45351);
  });
});

describe("readWorkbook", () => {
  it("reads date cells as serials with their format, keeps text dates as text, merges once, offsets kept", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Тізім");
    sheet.getCell("B2").value = "Педагогтер тізімі";
    sheet.mergeCells("B2:E2");
    sheet.getCell("B4").value = "Аты-жөні";
    sheet.getCell("C4").value = "Санат берілген күні";
    sheet.getCell("D4").value = "ЖСН";
    sheet.getCell("B5").value = {
      richText: [{ text: "Ахметова " }, { text: "Айгүл", font: { bold: true } }],
    };
    sheet.getCell("C5").value = new Date(Date.UTC(2023, 8, 15));
    sheet.getCell("C5").numFmt = "dd.mm.yyyy";
    sheet.getCell("D5").value = 61211600012;
    sheet.getCell("C6").value = "15.09.2023";
    sheet.getCell("D6").value = { formula: "D5", result: 61211600012 };
    const [read] = await readWorkbook(await bytesOf(workbook), "dates.xlsx");
    expect(read!.name).toBe("Тізім");
    const grid = read!.grid;
    expect(grid.firstRow).toBe(2);
    expect(grid.firstColumn).toBe(2);
    expect(grid.values[0]).toEqual(["Педагогтер тізімі"]);
    expect(grid.values[1]).toEqual([]);
    expect(grid.values[2]).toEqual(["Аты-жөні", "Санат берілген күні", "ЖСН"]);
    expect(grid.values[3]).toEqual(["Ахметова Айгүл", 45184, 61211600012]);
    expect(grid.numberFormats![3]![1]).toBe("dd.mm.yyyy");
    expect(grid.values[4]).toEqual([null, "15.09.2023", 61211600012]);
  });

  it("gives a date cell without a format a date format, and flags 1904 workbooks with their own serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = new Date(Date.UTC(2025, 0, 31));
    const [read] = await readWorkbook(await bytesOf(workbook), "d1904.xlsx");
    expect(read!.grid.values[0]![0]).toBe(45688 - 1462);
    expect(read!.grid.date1904).toBe(true);
    expect(read!.grid.numberFormats![0]![0]).toMatch(/[dmy]/i);
  });

  it("reads shared formulas by their cached results (exceljs writes them as Excel does)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = 5;
    sheet.getCell("B1").value = {
      formula: "A1*2",
      result: 10,
      shareType: "shared",
      ref: "B1:B3",
    } as ExcelJS.CellValue;
    sheet.getCell("A2").value = 6;
    sheet.getCell("B2").value = { sharedFormula: "B1", result: 12 };
    sheet.getCell("A3").value = 7;
    sheet.getCell("B3").value = { sharedFormula: "B1", result: 14 };
    const [read] = await readWorkbook(await bytesOf(workbook), "shared.xlsx");
    expect(read!.grid.values).toEqual([
      [5, 10],
      [6, 12],
      [7, 14],
    ]);
    expect(read!.grid.uncalculated).toBeUndefined();
  });

  it("refuses a file that is not an .xlsx, naming it, in three languages", async () => {
    const bytes = new TextEncoder().encode("ФИО;Категория\nИванова;эксперт\n");
    const error = await readWorkbook(bytes, "bogus.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({ code: "file-not-spreadsheet" });
    expect((error as FileReadError).text.en).toContain("bogus.xlsx");
    expect((error as FileReadError).text.ru).toContain("Это не файл таблицы");
    // The same bytes named .csv are a CSV: two rows of text cells.
    const [csv] = await readWorkbook(bytes, "export.csv");
    expect(csv!.grid.values).toEqual([
      ["ФИО", "Категория"],
      ["Иванова", "эксперт"],
    ]);
  });

  it("reads a CSV's whole numbers and TRUE/FALSE as the sheet it was saved from held them, the rest as text", async () => {
    const text = [
      "№;ЖСН;Стаж;Күні;Бала;Тәлімгері",
      '1;61211600012;2,5;14.05.2021;" 7 ";FALSE',
      "2;061211600012;0;2021;12345678901234567;ИСТИНА",
      "3; 791028302728 ;-3;1.5;;Ложь",
      "4;7,91028E+11;true;Falsehood;TRUE!;Иванова",
    ].join("\r\n");
    const [csv] = await readWorkbook(new TextEncoder().encode(text), "export.csv");
    expect(csv!.grid.values).toEqual([
      ["№", "ЖСН", "Стаж", "Күні", "Бала", "Тәлімгері"],
      // An ИИН kept as a number was saved without its leading zero: a number again, which the core pads.
      [1, 61211600012, "2,5", "14.05.2021", 7, false],
      // A leading zero, or more digits than a double holds exactly, stays text.
      [2, "061211600012", 0, 2021, "12345678901234567", true],
      [3, 791028302728, "-3", "1.5", null, false],
      [4, "7,91028E+11", true, "Falsehood", "TRUE!", "Иванова"],
    ]);
  });
});
