import {
  FIELD_KEYS,
  FIELD_NAMES,
  HEADER_SYNONYMS,
  normaliseCategory,
  normaliseEducation,
  readRoster as readRosterGrid,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  installFakeOffice,
  numberFormats,
} from "../../test/fake-office/index.ts";
import { readRoster } from "./read-roster.ts";
import { createRosterSheet, TEMPLATE_DATE_FORMAT } from "./roster-template.ts";

function install(excelApi = "1.17") {
  const wb = createFakeWorkbook({ sheets: { Лист1: { values: [["old"]] } }, excelApi });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("createRosterSheet (Excel adapter)", () => {
  it("writes Russian headers, dropdown lists on a hidden sheet, date and text formats, a frozen header", async () => {
    const wb = install();
    const { sheet } = await createRosterSheet("ru", { rows: 100 });
    expect(sheet).toBe("Список педагогов");
    const ws = wb.sheet(sheet);
    expect(cellValues(wb, sheet, "A1:L1")[0]).toEqual(FIELD_KEYS.map((f) => FIELD_NAMES[f].ru));
    expect(cellValues(wb, sheet, "D1")).toEqual([["Квалификационная категория"]]);
    expect(ws.frozenRows).toBe(1);
    expect(wb.activeSheet.name).toBe(sheet);
    expect(wb.selection).toEqual({ sheet, address: "A2" });

    const lists = wb.sheet("Sapa — списки");
    expect(lists.visibility).toBe("Hidden");
    const byField = (field: string) => {
      const letter = String.fromCharCode(65 + FIELD_KEYS.indexOf(field as never));
      return ws.validations.find((v) => v.rect.c0 === letter.charCodeAt(0) - 65)!;
    };
    const category = byField("category");
    expect(category.rect).toMatchObject({ r0: 1, r1: 100 });
    const source = (category.rule as { list: { source: string } }).list.source;
    expect(source).toBe("='Sapa — списки'!$A$1:$A$7");
    // Every dropdown entry reads back as the category / education it stands for.
    const cats = cellValues(wb, "Sapa — списки", "A1:A7").flat() as string[];
    expect(cats.map((c) => normaliseCategory(c))).toEqual([
      "none",
      "trainee",
      "pedagog",
      "moderator",
      "expert",
      "researcher",
      "master",
    ]);
    const edu = cellValues(wb, "Sapa — списки", "B1:B3").flat() as string[];
    expect(edu.map((e) => normaliseEducation(e))).toEqual(["higher", "vocational", "secondary"]);
    expect((byField("education").rule as { list: { source: string } }).list.source).toBe(
      "='Sapa — списки'!$B$1:$B$3",
    );

    const iinCol = String.fromCharCode(65 + FIELD_KEYS.indexOf("iin"));
    expect(numberFormats(wb, sheet, `${iinCol}2:${iinCol}3`)).toEqual([["@"], ["@"]]);
    const dateCol = String.fromCharCode(65 + FIELD_KEYS.indexOf("categoryDate"));
    expect(numberFormats(wb, sheet, `${dateCol}2`)).toEqual([[TEMPLATE_DATE_FORMAT]]);
    expect(ws.columnWidths.get(0)).toBeGreaterThan(100);
    expect(cellValues(wb, "Лист1", "A1")).toEqual([["old"]]);
  });

  it("a filled-in template reads back through the shared reader with every column recognised", async () => {
    const wb = install();
    const { sheet } = await createRosterSheet("kk", { rows: 50 });
    expect(sheet).toBe("Педагогтер тізімі");
    const sample = generateRoster({ seed: 3, rows: 20, lang: "kk" });
    const headerRow = sample.values.findIndex((r) => r.includes(HEADER_SYNONYMS.fullName.kk[0]!));
    const sampleHeaders = sample.values[headerRow]!;
    // Paste the sample's teachers under the template's headers, column by field.
    const ws = wb.sheet(sheet);
    sample.values.slice(headerRow + 1).forEach((row, i) => {
      FIELD_KEYS.forEach((field, c) => {
        const from = sampleHeaders.indexOf(HEADER_SYNONYMS[field].kk[0]!);
        (ws.values[i + 1] ??= [])[c] = from >= 0 ? (row[from] ?? null) : null;
      });
    });
    const read = await readRoster(sheet);
    const checked = readRosterGrid(read.input, { asOf: "2026-05-31" });
    expect(checked.layout!.headerRow).toBe(1);
    // Every column of the template is recognised by its header.
    expect([...checked.present].sort()).toEqual([...FIELD_KEYS].sort());
    expect(checked.teachers).toHaveLength(20);
  });

  it("makes a unique name when the template sheet exists and reuses the hidden list sheet", async () => {
    const wb = install();
    await createRosterSheet("kk", { rows: 10 });
    const second = await createRosterSheet("kk", { rows: 10 });
    expect(second.sheet).toBe("Педагогтер тізімі (2)");
    expect(wb.sheets.filter((s) => s.name.startsWith("Sapa — тізімдер"))).toHaveLength(1);
  });

  it("on ExcelApi 1.1 still creates headers and formats, without dropdowns or frozen panes", async () => {
    const wb = install("1.1");
    const { sheet } = await createRosterSheet("ru", { rows: 10 });
    expect(cellValues(wb, sheet, "A1")).toEqual([[FIELD_NAMES.fullName.ru]]);
    expect(wb.sheet(sheet).validations).toEqual([]);
    expect(wb.sheet(sheet).frozenRows).toBe(0);
    expect(wb.sheets).toHaveLength(2);
  });
});
