import { describe, expect, it } from "vitest";
import { crossDistrictDuplicates, type PersonRow, type ReadRow } from "./cross-district-duplicates.ts";
import { crossDistrictDuplicatesTable, duplicateReadingTable } from "../present/duplicate-tables.ts";
import { tableCsv } from "../present/table-csv.ts";
import { formatCell, textIn } from "../present/table.ts";

// ИИН keys as 64 hex digits: one per person, the same in every district (HMAC under the region's secret).
const ASEL = "a".repeat(64);
const BOLAT = "b".repeat(64);
const DANA = "d".repeat(64);
const ERLAN = "e".repeat(64);

function opened(
  row: number,
  fullName: string,
  iinKey: string | null,
  organization: string,
  category: PersonRow["category"] = "moderator",
): ReadRow {
  return { ok: true, row: { row, fullName, iinKey, organization, category } };
}
const tampered = (row: number): ReadRow => ({ ok: false, row, code: "tampered" });

// Shalkar comes after Alga in the region's order; given first here on purpose.
const shalkar = {
  district: "shalkar" as const,
  revision: 3,
  rows: [
    opened(2, "Жұмабаева Әсел Серікқызы", ASEL, "«Балапан» бөбекжайы", "expert"),
    opened(3, "Бекова Дана", DANA, "«Балапан» бөбекжайы"),
    tampered(4),
    opened(5, "Ахметов Болат", BOLAT, "№2 балабақша", null),
    opened(6, "Без ИИН Мария", null, "№2 балабақша"),
    tampered(9),
  ],
};
const alga = {
  district: "alga" as const,
  revision: 1,
  rows: [
    opened(7, "Ахметов Болат Қанатұлы", BOLAT, "«Айгөлек» балабақшасы", "pedagog"),
    opened(8, "Жумабаева Асель", ASEL, "«Айгөлек» балабақшасы", "expert"),
    // Erlan twice in Alga only: the district's own duplicate, not a cross-district one.
    opened(9, "Ерланов Ерлан", ERLAN, "«Айгөлек» балабақшасы"),
    opened(10, "Ерланов Ерлан", ERLAN, "«Айгөлек» балабақшасы"),
  ],
};
const kobda = {
  district: "kobda" as const,
  revision: 2,
  rows: [opened(12, "Жұмабаева Әсел", ASEL, "Қобда ясли-бақшасы", "expert"), tampered(13)],
};

describe("crossDistrictDuplicates", () => {
  it("lists each key found in two or more districts with every row, by name, districts in region order", () => {
    const result = crossDistrictDuplicates([shalkar, alga, kobda]);
    expect(result.people.map((p) => p.iinKey)).toEqual([BOLAT, ASEL]);
    // Ахметов sorts before Жумабаева (А < Ж); within a person Alga, Kobda, Shalkar in region order.
    expect(result.people[0]!.occurrences).toEqual([
      {
        district: "alga",
        revision: 1,
        organization: "«Айгөлек» балабақшасы",
        fullName: "Ахметов Болат Қанатұлы",
        category: "pedagog",
        row: 7,
      },
      {
        district: "shalkar",
        revision: 3,
        organization: "№2 балабақша",
        fullName: "Ахметов Болат",
        category: null,
        row: 5,
      },
    ]);
    expect(result.people[1]!.occurrences.map((o) => [o.district, o.row, o.fullName])).toEqual([
      ["alga", 8, "Жумабаева Асель"],
      ["kobda", 12, "Жұмабаева Әсел"],
      ["shalkar", 2, "Жұмабаева Әсел Серікқызы"],
    ]);
  });

  it("counts rows that did not open and rows without a key per district instead of dropping them", () => {
    const result = crossDistrictDuplicates([shalkar, alga, kobda]);
    expect(result.districts).toEqual([
      { district: "alga", revision: 1, rows: 4, matched: 4, withoutIinKey: 0, tampered: [] },
      { district: "kobda", revision: 2, rows: 2, matched: 1, withoutIinKey: 0, tampered: [13] },
      { district: "shalkar", revision: 3, rows: 6, matched: 3, withoutIinKey: 1, tampered: [4, 9] },
    ]);
    expect([result.tampered, result.withoutIinKey]).toEqual([3, 1]);
  });

  it("finds no one when every key stays within one district", () => {
    const result = crossDistrictDuplicates([
      alga,
      { ...kobda, rows: [opened(1, "Сейітова Гүл", DANA, "Қобда")] },
    ]);
    expect(result.people).toEqual([]);
    expect(crossDistrictDuplicates([]).people).toEqual([]);
  });
});

describe("the duplicates tables", () => {
  const result = crossDistrictDuplicates([shalkar, alga, kobda]);

  it("give one numbered row per occurrence with district, organisation, category and row", () => {
    const table = crossDistrictDuplicatesTable(result);
    const lines = table.rows.map((r) => [textIn(r.label, "ru"), ...r.cells.map((c) => formatCell(c, "ru"))]);
    expect(lines).toEqual([
      ["Ахметов Болат Қанатұлы", "1", "Алгинский район", "«Айгөлек» балабақшасы", "Педагог", "7", "1"],
      ["Ахметов Болат", "1", "Шалкарский район", "№2 балабақша", "Не указано / не распознано", "5", "3"],
      ["Жумабаева Асель", "2", "Алгинский район", "«Айгөлек» балабақшасы", "Педагог-эксперт", "8", "1"],
      ["Жұмабаева Әсел", "2", "Кобдинский район", "Қобда ясли-бақшасы", "Педагог-эксперт", "12", "2"],
      [
        "Жұмабаева Әсел Серікқызы",
        "2",
        "Шалкарский район",
        "«Балапан» бөбекжайы",
        "Педагог-эксперт",
        "2",
        "3",
      ],
    ]);
    expect(textIn(table.title!, "kk")).toBe("Бірнеше ауданның тізімінде бар педагогтер");
  });

  it("write as CSV with headings in the language", () => {
    const csv = tableCsv(crossDistrictDuplicatesTable(result), "kk").split("\r\n");
    expect(csv[0]).toBe(
      "\uFEFFАты-жөні;Педагог №;Аудан / қала;Мектепке дейінгі ұйым;Біліктілік санаты;Тізімдегі жол;Нұсқа",
    );
    expect(csv).toHaveLength(1 + 5 + 1);
  });

  it("say per district what was compared, had no ИИН or did not open, with a total", () => {
    const table = duplicateReadingTable(result);
    const lines = table.rows.map((r) => [textIn(r.label, "en"), ...r.cells.map((c) => formatCell(c, "en"))]);
    expect(lines).toEqual([
      ["Alga district", "1", "4", "4", "0", "0", ""],
      ["Kobda district", "2", "2", "1", "0", "1", "13"],
      ["Shalkar district", "3", "6", "3", "1", "2", "4, 9"],
      ["Total", "", "12", "8", "1", "3", ""],
    ]);
  });

  it("show at most 20 row numbers that did not open in a cell, and how many more", () => {
    const rows = Array.from({ length: 23 }, (_, i) => tampered(i + 2));
    const table = duplicateReadingTable(crossDistrictDuplicates([{ district: "temir", revision: 4, rows }]));
    const cell = table.rows[0]!.cells[5]!;
    expect(formatCell(cell, "kk")).toBe(
      "2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 … (+3)",
    );
  });
});
