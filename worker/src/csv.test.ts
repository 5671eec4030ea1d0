import { describe, expect, it } from "vitest";
import { csvText } from "./csv.ts";

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
