import { describe, expect, it } from "vitest";
import { catalogueByLanguage, defineCatalogue, fillTemplate } from "./template.ts";

describe("fillTemplate", () => {
  it("fills named placeholders, repeated ones too, and reads Localized values in the language", () => {
    expect(
      fillTemplate("{flag} needs a value (e.g. {flag} {example})", { flag: "--year", example: 2025 }),
    ).toBe("--year needs a value (e.g. --year 2025)");
    const field = { kk: "Санаты", ru: "Категория", en: "Category" };
    expect(fillTemplate("«{field}» бос", { field }, "kk")).toBe("«Санаты» бос");
    expect(fillTemplate("{row}-жол", (name) => (name === "row" ? 12 : undefined))).toBe("12-жол");
  });

  it("leaves a placeholder without a value as written", () => {
    expect(fillTemplate("Row {row}, {column}", { row: 3 })).toBe("Row 3, {column}");
    expect(fillTemplate("{a}", { a: null })).toBe("{a}");
  });
});

describe("catalogues", () => {
  const messages = defineCatalogue({
    missing: { kk: "Файл жоқ: {file}", ru: "Нет файла: {file}", en: "No file: {file}" },
  });

  it("look a key up in a language and fill it, or in all three", () => {
    expect(messages.text("missing", "ru", { file: "a.xlsx" })).toBe("Нет файла: a.xlsx");
    expect(messages.localized("missing", { file: "b" })).toEqual({
      kk: "Файл жоқ: b",
      ru: "Нет файла: b",
      en: "No file: b",
    });
    expect(messages.has("missing")).toBe(true);
    expect(messages.has("other")).toBe(false);
  });

  it("take per-language tables too", () => {
    const pane = catalogueByLanguage({
      kk: { rows: "{n} жол" },
      ru: { rows: "Строк: {n}" },
      en: { rows: "{n} rows" },
    });
    expect(pane.text("rows", "kk", { n: 5 })).toBe("5 жол");
    expect(pane.text("rows", "en", { n: 5 })).toBe("5 rows");
  });
});
