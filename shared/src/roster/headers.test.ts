import { describe, expect, it } from "vitest";
import { HEADER_SYNONYMS, columnLetter, columnNumber, detectRoster, headerField } from "./headers.ts";
import { FIELD_KEYS } from "../types.ts";
import type { CellValue } from "../types.ts";

describe("columnLetter / columnNumber", () => {
  it("spells sheet columns", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(columnLetter(0)).toBe("");
  });
  it("reads letters back", () => {
    for (let n = 1; n <= 16384; n += 37) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(columnNumber("c")).toBe(3);
    expect(columnNumber("ФИО")).toBeNull();
    expect(columnNumber("ABCD")).toBeNull();
  });
});

describe("headerField", () => {
  it("recognises every synonym of DOMAIN.md", () => {
    for (const field of FIELD_KEYS) {
      for (const text of [...HEADER_SYNONYMS[field].kk, ...HEADER_SYNONYMS[field].ru])
        expect(headerField(text), text).toBe(field);
    }
  });
  it("ignores case, extra spaces, line breaks, dots, commas, ё, trailing colons and asterisks", () => {
    expect(headerField("ТЕГІ,  АТЫ,\nӘКЕСІНІҢ АТЫ")).toBe("fullName");
    expect(headerField("Т. А. Ә.")).toBe("fullName");
    expect(headerField("ТАӘ")).toBe("fullName");
    expect(headerField("Педагогикалықөтілі")).toBe("experienceYears");
    expect(headerField("ЖСН / ИИН")).toBe("iin");
    expect(headerField("ФИО*")).toBe("fullName");
    expect(headerField("Ф.И.О.:")).toBe("fullName");
    expect(headerField("Фамилия имя отчество")).toBe("fullName");
    expect(headerField("Квалификационная\r\nкатегория")).toBe("category");
    expect(headerField("Біліктілік санаты *")).toBe("category");
    expect(headerField("Педагогический стаж (полных лет)")).toBe("experienceYears");
    expect(headerField("ИИН (12 цифр)")).toBe("iin");
    expect(headerField("Мектепке дейiнгi ұйым")).toBe("organization"); // Latin i for і
    expect(headerField("Балабакша")).toBe("organization"); // typed without Kazakh letters
  });
  it("knows numbering columns and nothing else", () => {
    for (const t of ["№", "№ р/с", "р/с", "п/п", "№ п/п", "№п/п"])
      expect(headerField(t), t).toBe("numbering");
    for (const t of ["Ескерту", "Примечание", "", null, 5, true, "x".repeat(1000)])
      expect(headerField(t as CellValue), String(t)).toBeNull();
  });
});

describe("detectRoster", () => {
  it("picks the row naming most fields below title rows, with sheet row numbers", () => {
    const values: CellValue[][] = [
      ["Мәртөк ауданы", null, "ФИО"],
      ["Педагогтер тізімі"],
      ["№", "Аты-жөні", "Балабақша", "Білімі", "Санаты", "Ескерту", "Санат берілген жылы"],
    ];
    const { layout, problems } = detectRoster({ values, firstRow: 5, firstColumn: 3 });
    expect(problems).toEqual([]);
    expect(layout).toEqual({
      headerRow: 7,
      columns: [
        { field: "fullName", index: 1, letter: "D", header: "Аты-жөні" },
        { field: "organization", index: 2, letter: "E", header: "Балабақша" },
        { field: "education", index: 3, letter: "F", header: "Білімі" },
        { field: "category", index: 4, letter: "G", header: "Санаты" },
        { field: "categoryDate", index: 6, letter: "I", header: "Санат берілген жылы" },
      ],
      ignored: [{ letter: "H", header: "Ескерту" }],
    });
  });

  it("keeps the first column of a field named twice and lists the second as ignored", () => {
    const { layout } = detectRoster({
      values: [["ФИО", "Организация", "Образование", "Категория", "Категория"]],
    });
    expect(layout?.columns.find((c) => c.field === "category")?.letter).toBe("D");
    expect(layout?.ignored).toEqual([{ letter: "E", header: "Категория" }]);
  });

  it("reports each missing required column with the headers it expects", () => {
    const { layout, problems } = detectRoster({ values: [["Title"], ["ФИО", "Детский сад", "Стаж"]] });
    expect(layout?.headerRow).toBe(2);
    expect(problems.map((p) => [p.code, p.row, p.column, p.field])).toEqual([
      ["column-missing", 2, null, "education"],
      ["column-missing", 2, null, "category"],
    ]);
    expect(problems[1]!.message.kk).toBe(
      "«Біліктілік санаты» міндетті бағаны жоқ. Тақырыбы «Санаты» / «Категория» болатын баған қосыңыз.",
    );
  });

  it("needs two required fields to call a row the header", () => {
    const { layout, problems } = detectRoster({ values: [["ФИО", "Стаж", "ИИН", "Должность"]], firstRow: 3 });
    expect(layout).toBeNull();
    expect(problems.map((p) => [p.code, p.row, p.severity])).toEqual([["header-not-found", 3, "error"]]);
    expect(problems[0]!.message.ru).toContain("«Аты-жөні» / «ФИО»");
  });

  it("looks at the first 30 rows only", () => {
    const values: CellValue[][] = Array.from({ length: 30 }, () => ["…"]);
    values.push(["ФИО", "Организация", "Образование", "Категория"]);
    expect(detectRoster({ values }).layout).toBeNull();
    values.splice(0, 1);
    expect(detectRoster({ values }).layout?.headerRow).toBe(30);
  });

  it("lets a mapping name a column by letter or by header, taking it from any other field", () => {
    const values = [["ФИО", "Организация", "Образование", "Категория", "Санат (жаңа)"]];
    const { layout, problems } = detectRoster(
      { values },
      { mapping: { category: "санат (жаңа)", education: "D" } },
    );
    expect(problems).toEqual([]);
    expect(layout?.columns.map((c) => `${c.field}:${c.letter}`)).toEqual([
      "fullName:A",
      "organization:B",
      "education:D",
      "category:E",
    ]);
    expect(layout?.ignored).toEqual([{ letter: "C", header: "Образование" }]);
  });

  it("reports a mapping to a header or letter that is not in the sheet", () => {
    const values = [["ФИО", "Организация", "Образование", "Категория"]];
    const { problems } = detectRoster({ values }, { mapping: { iin: "ИИН", mentor: "Z" } });
    expect(problems.map((p) => [p.code, p.field, p.value])).toEqual([
      ["mapping-unknown", "iin", "ИИН"],
      ["mapping-unknown", "mentor", "Z"],
    ]);
  });

  it("takes a second header row under merged cells, but not a data row holding one header-like value", () => {
    const header = ["Аты-жөні", "Ұйым", "Білімі", "Біліктілік санаты", null];
    const two = detectRoster({
      values: [header, [null, null, null, "Санаты", "Берілген жылы"]],
      firstRow: 3,
    });
    expect(two.firstDataRow).toBe(5);
    expect(two.layout?.columns.find((c) => c.field === "categoryDate")).toEqual({
      field: "categoryDate",
      index: 4,
      letter: "E",
      header: "Берілген жылы",
    });
    const data = detectRoster({ values: [header, ["Ким Елена", "Балабақша"]], firstRow: 3 });
    expect(data.firstDataRow).toBe(4);
    expect(data.layout?.columns.map((c) => c.field)).toEqual([
      "fullName",
      "organization",
      "education",
      "category",
    ]);
  });

  it("survives grids that are not grids", () => {
    expect(detectRoster({ values: [] }).layout).toBeNull();
    expect(detectRoster({ values: [null as unknown as CellValue[], [], [Number.NaN]] }).layout).toBeNull();
    expect(
      detectRoster({ values: [["ФИО", "Организация"]], firstRow: -4, firstColumn: 0.5 }).layout,
    ).toMatchObject({ headerRow: 1 });
  });
});
