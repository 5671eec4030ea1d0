import { describe, expect, it } from "vitest";
import { PROBLEM_CATALOGUE, formatProblem, problem, sortProblems } from "./problems.ts";
import type { ProblemCode } from "./problems.ts";

const CODES = Object.keys(PROBLEM_CATALOGUE) as ProblemCode[];

describe("the problem catalogue", () => {
  it("holds every code the domain core reports", () => {
    expect(CODES.sort()).toEqual(
      [
        "attestation-overdue",
        "category-date-future",
        "category-legacy",
        "category-unknown",
        "column-missing",
        "date-impossible",
        "date-month-first",
        "date-unparseable",
        "date-year-only",
        "education-unknown",
        "experience-implausible",
        "experience-unreadable",
        "formula-not-calculated",
        "header-not-found",
        "iin-birth-date",
        "iin-checksum",
        "iin-duplicate",
        "iin-duplicate-sheet",
        "iin-length",
        "iin-scientific",
        "mapping-unknown",
        "mentor-missing",
        "merged-cells-csv",
        "merged-cells-unread",
        "name-duplicate",
        "required-missing",
        "roster-empty",
        "value-unreadable",
      ].sort(),
    );
  });

  it("uses the same placeholders in Kazakh, Russian and English, and says what to do (an imperative sentence)", () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of CODES) {
      const { kk, ru, en } = PROBLEM_CATALOGUE[code].message;
      expect(names(kk), code).toEqual(names(en));
      expect(names(ru), code).toEqual(names(en));
      // Two sentences or a colon: what is wrong, then what to do.
      for (const text of [kk, ru, en]) expect(/[.:]\s/.test(text), `${code}: ${text}`).toBe(true);
    }
  });
});

describe("problem", () => {
  it("fills every placeholder from the location and the parameters", () => {
    const p = problem("mapping-unknown", { row: 4, field: "iin", value: "ЖСН нөмірі" });
    expect(p).toEqual({
      severity: "error",
      code: "mapping-unknown",
      row: 4,
      column: null,
      field: "iin",
      value: "ЖСН нөмірі",
      message: {
        kk: "«ЖСН» үшін көрсетілген «ЖСН нөмірі» бағаны тақырып жолында жоқ. Тақырып мәтінін немесе баған әрпін тексеріңіз.",
        ru: "Для поля «ИИН» указан столбец «ЖСН нөмірі», но в строке заголовков его нет. Проверьте текст заголовка или букву столбца.",
        en: "The mapping for “ИИН (IIN)” names “ЖСН нөмірі”, which is not a column of the header row. Check the header text or the column letter.",
      },
    });
  });

  it("takes language-specific parameters", () => {
    const p = problem("iin-duplicate", { row: 9, column: "F", field: "iin" }, { first: 5 });
    expect(p.message.kk).toBe("Бұл ЖСН 5-жолда бар. Қайталанған жолды жойыңыз немесе ЖСН-ді түзетіңіз.");
    const q = problem(
      "category-unknown",
      { row: 3, column: "E", value: "x" },
      { expected: { kk: "А", ru: "Б", en: "C" } },
    );
    expect([q.message.kk, q.message.ru, q.message.en]).toEqual([
      "«x» санаты танылмады. Мыналардың бірін жазыңыз: А.",
      "Категория «x» не распознана. Укажите одну из: Б.",
      "The category “x” is not recognised. Write one of: C.",
    ]);
  });

  it("does not expand placeholders inside values", () => {
    expect(problem("date-unparseable", { row: 2, value: "{row}" }).message.en).toBe(
      "“{row}” cannot be read as a date. Write it as DD.MM.YYYY (for example 15.03.2024).",
    );
  });
});

describe("formatProblem and sortProblems", () => {
  it("prefixes the row and column in each language", () => {
    const p = problem("required-missing", { row: 12, column: "C", field: "organization" });
    expect(formatProblem(p, "en")).toBe("Row 12, C: “Preschool organisation” is empty. Fill in this cell.");
    expect(formatProblem(p, "ru")).toBe(
      "Строка 12, C: Не заполнено поле «Дошкольная организация». Заполните эту ячейку.",
    );
    expect(formatProblem(p, "kk")).toBe(
      "12-жол, C: «Мектепке дейінгі ұйым» толтырылмаған. Осы ұяшықты толтырыңыз.",
    );
    expect(formatProblem(problem("header-not-found", { row: 1 }, { expected: "…" }), "en")).toMatch(
      /^Row 1: No header row/,
    );
  });

  it("orders by row, then column (sheet-level first, Z before AA)", () => {
    const at = (row: number, column: string | null) =>
      problem("required-missing", { row, column, field: "fullName" });
    const sorted = sortProblems([at(5, "AA"), at(5, "Z"), at(3, "B"), at(5, null), at(5, "B")]);
    expect(sorted.map((p) => `${p.row}${p.column ?? "-"}`)).toEqual(["3B", "5-", "5B", "5Z", "5AA"]);
  });
});
