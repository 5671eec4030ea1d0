import { describe, expect, it } from "vitest";
import { csvText, tableCsv } from "./table-csv.ts";
import { cell, column, verbatim, type Table } from "./table.ts";

describe("csvText", () => {
  it("separates by language, leaves null empty and quotes only what would split a cell", () => {
    const rows = [
      ["Аудан", "Үлес, %"],
      ['Алға "Айгөлек"', 18.09],
      ["Темір", null],
    ];
    expect(csvText(rows, "kk")).toBe('\uFEFFАудан;Үлес, %\r\n"Алға ""Айгөлек""";18,09\r\nТемір;\r\n');
    expect(csvText(rows, "en")).toBe('\uFEFFАудан,"Үлес, %"\r\n"Алға ""Айгөлек""",18.09\r\nТемір,\r\n');
  });
});

describe("tableCsv", () => {
  it("puts the label column first, leaves missing rows out and keeps a formula-like text as text", () => {
    const table: Table = {
      key: "t",
      title: null,
      stub: "organization",
      columns: [column("share", "share", "share"), column("name", "text", "field.fullName")],
      rows: [
        {
          key: "a",
          label: verbatim("=HYPERLINK(1)"),
          cells: [cell.share(665 / 3677), cell.text(verbatim("+7 701"))],
        },
        { key: "b", label: verbatim("Темір"), role: "missing", cells: [cell.share(null), cell.empty()] },
      ],
    };
    expect(tableCsv(table, "ru")).toBe(
      "\uFEFFДошкольная организация;Доля, %;ФИО\r\n'=HYPERLINK(1);18,09;'+7 701\r\n",
    );
  });

  it("writes a timestamp on Aktobe's clock, the day and minute the sheets show, in a form every Excel reads", () => {
    const table: Table = {
      key: "t",
      title: null,
      stub: "district",
      columns: [column("submittedAt", "timestamp", "submittedAt"), column("asOf", "date", "asOf")],
      // 19:30:45 UTC on 22 November is 00:30 on 23 November in Aktobe; the report date stays as it is.
      rows: [
        {
          key: "alga",
          label: verbatim("Алға"),
          cells: [cell.timestamp("2026-11-22T19:30:45Z"), cell.date("2026-05-31")],
        },
      ],
    };
    expect(tableCsv(table, "ru").split("\r\n")[1]).toBe("Алға;2026-11-23 00:30;2026-05-31");
  });
});
