import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FileReadError } from "./read-errors.ts";
import { readWorkbook } from "./read-workbook.ts";

const district = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/district-files/${name}`, import.meta.url)));

describe("a CSV a district saves", () => {
  it("in UTF-8 (LibreOffice): the roster sheet's cells, Kazakh letters whole", async () => {
    const [csv] = await readWorkbook(district("libreoffice-district-utf8.csv"), "roster.csv");
    expect(csv!.grid.values[2]![1]).toBe("Аты-жөні");
    expect(csv!.grid.values[3]!.slice(0, 4)).toEqual([
      1,
      "Абенова Айгүл Серікқызы",
      "«Балапан» бөбекжай-бақшасы",
      850312401077,
    ]);
  });

  it("in Windows-1251, as Excel 2016's plain “CSV” saves it: refused, saying why and to save the original as .xlsx first", async () => {
    const bytes = district("libreoffice-district-cp1251.csv");
    // The Kazakh letters are gone already: "Айг?л".
    expect(new TextDecoder("windows-1251").decode(bytes)).toContain("Абенова Айг?л");
    const error = (await readWorkbook(bytes, "Тізім.csv").catch((e: unknown) => e)) as FileReadError;
    expect(error.code).toBe("file-csv-not-utf8");
    // Volume-licensed Excel 2016 has no "CSV UTF-8" to save: .xlsx comes first, from the original table.
    expect(error.text.ru).toContain("ә, ғ, қ, ң, ө, ұ, ү, һ");
    expect(error.text.ru).toContain(
      "Откройте исходную таблицу (не этот CSV) в Excel и сохраните её как «Книга Excel (*.xlsx)»",
    );
    expect(error.text.kk).toContain("«Excel кітабы (*.xlsx)» ретінде сақтаңыз");
    expect(error.text.en).toContain("Excel 2019 and later can also save “CSV UTF-8 (Comma delimited)”");
    for (const lang of ["kk", "ru", "en"] as const) expect(error.text[lang]).toContain("Тізім.csv");
  });
});

describe("a roster saved as Excel 2016's “Unicode Text” (.txt: UTF-16 with a byte order mark, tabs)", () => {
  it("reads as the UTF-8 CSV of the same sheet reads, Kazakh letters whole, the title row above the table kept", async () => {
    const [txt] = await readWorkbook(district("libreoffice-district-utf16.txt"), "Тізім.txt");
    const [csv] = await readWorkbook(district("libreoffice-district-utf8.csv"), "Тізім.csv");
    expect(txt!.grid.values[0]![0]).toBe(csv!.grid.values[0]![0]);
    expect(txt!.grid.values[3]!.slice(0, 4)).toEqual([
      1,
      "Абенова Айгүл Серікқызы",
      "«Балапан» бөбекжай-бақшасы",
      850312401077,
    ]);
    expect(txt!.grid.values).toEqual(csv!.grid.values);
  });
});
