import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEADER_SYNONYMS, columnLetter, detectRoster } from "./headers.ts";
import { readRoster } from "./roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { FIELD_KEYS } from "../types.ts";
import type { CellValue, GridInput } from "../types.ts";

const synonyms = FIELD_KEYS.flatMap((f) => [...HEADER_SYNONYMS[f].kk, ...HEADER_SYNONYMS[f].ru]);
const domainWords = [
  "педагог-модератор",
  "Педагог-сарапшы",
  "высшая категория",
  "жоғары",
  "арнаулы орта",
  "Барлығы",
  "Итого:",
  "иә",
  "жоқ",
  "15.03.2024",
  "31.02.2024",
  "2021 ж.",
  "061211600012",
  "791028302728",
  "5 жыл",
  "№",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    45000,
    2021,
    61211600012,
    1e308,
  ),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(...synonyms, ...domainWords),
  fc.constantFrom("x".repeat(5000), " \u00a0\n\t", "\u200b", "{row}", "\ud800"),
);

const row = fc.array(cell, { maxLength: 14 });
const headerRow = fc.shuffledSubarray(synonyms, { minLength: 2, maxLength: 14 }).map((r) => r as CellValue[]);

const grid: fc.Arbitrary<GridInput> = fc
  .record({
    above: fc.array(row, { maxLength: 4 }),
    header: fc.option(headerRow, { nil: null }),
    below: fc.array(row, { maxLength: 25 }),
    firstRow: fc.integer({ min: 1, max: 1000 }),
    firstColumn: fc.integer({ min: 1, max: 800 }),
    formats: fc.option(
      fc.array(
        fc.array(fc.option(fc.constantFrom("dd.mm.yyyy", "m/d/yyyy", "General", "0.00", "@", "[Red]0")), {
          maxLength: 14,
        }),
        { maxLength: 30 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ above, header, below, firstRow, firstColumn, formats }) => ({
    values: header === null ? [...above, ...below] : [...above, header, ...below],
    numberFormats: formats,
    firstRow,
    firstColumn,
  }));

const mapping = fc.option(
  fc.dictionary(
    fc.constantFrom(...FIELD_KEYS),
    fc.oneof(
      fc.constantFrom("A", "C", "AA", "ZZZ"),
      fc.constantFrom(...synonyms),
      fc.string({ maxLength: 5 }),
    ),
  ),
  { nil: undefined },
);

describe("readRoster on arbitrary grids", () => {
  it("never throws, and every problem points inside the grid", () => {
    fc.assert(
      fc.property(grid, mapping, (input, map) => {
        const read = readRoster(input, { asOf: "2025-10-01", mapping: map });
        const first = input.firstRow!;
        const last = first + Math.max(0, input.values.length - 1);
        const width = Math.max(0, ...input.values.map((r) => r.length));
        const letters = new Set(
          Array.from({ length: width }, (_, i) => columnLetter(input.firstColumn! + i)),
        );
        for (const p of read.problems) {
          expect(p.row).toBeGreaterThanOrEqual(first);
          expect(p.row).toBeLessThanOrEqual(last);
          if (p.column !== null) expect(letters.has(p.column), `${p.code} ${p.column}`).toBe(true);
          expect(p.message.kk.length * p.message.ru.length * p.message.en.length).toBeGreaterThan(0);
          // Every placeholder is filled (a value may itself contain braces).
          if (!(p.value ?? "").includes("{")) expect(p.message.en).not.toMatch(/\{\w+\}/);
        }
        for (const t of read.teachers) {
          expect(t.row).toBeGreaterThan(read.layout!.headerRow);
          expect(t.row).toBeLessThanOrEqual(last);
          expect(typeof t.fullName).toBe("string");
          if (t.categoryDate !== null) expect(t.categoryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (t.iin !== null) expect(t.iin).toMatch(/^\d{12}$/);
          if (t.experienceYears !== null) expect(Number.isFinite(t.experienceYears)).toBe(true);
        }
        // Problems come sorted by row, then column.
        for (let i = 1; i < read.problems.length; i++)
          expect(read.problems[i]!.row).toBeGreaterThanOrEqual(read.problems[i - 1]!.row);
      }),
      { numRuns: 200 },
    );
  });

  it("finds the header wherever it sits among title rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 50 }),
        (titles, firstRow) => {
          const header = ["№", "Тегі, аты,\nәкесінің аты", "Ұйымның атауы", "Білімі", "Санаты"];
          const { layout } = detectRoster({ values: [...titles, header], firstRow });
          expect(layout?.headerRow).toBe(firstRow + titles.length);
          expect(layout?.columns.map((c) => c.letter)).toEqual(["B", "C", "D", "E"]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads one teacher per filled row whatever noise rows sit between them", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant("teacher" as const),
            fc.constantFrom(
              [],
              [null, "Барлығы: 5"],
              [7],
              ["ИТОГО"],
              [1, 2, 3, 4],
              ["Total:", null, 12],
              [null, "ВСЕГО по району", 30],
              ["Жиыны"],
              [" \u00a0", null],
            ),
          ),
        ),
        (kinds) => {
          const values: CellValue[][] = [["ФИО", "Организация", "Образование", "Категория"]];
          for (const k of kinds)
            values.push(k === "teacher" ? ["Ким Елена", "Ясли-сад №1", "высшее", "эксперт"] : [...k]);
          const read = readRoster({ values }, { asOf: "2025-10-01" });
          expect(read.teachers.length).toBe(kinds.filter((k) => k === "teacher").length);
          // Only noise under the header is no roster: said once, at the header row.
          const teachers = read.teachers.length;
          expect(
            read.problems.every((p) => p.code === (teachers === 0 ? "roster-empty" : "name-duplicate")),
          ).toBe(true);
          expect(read.problems.some((p) => p.code === "roster-empty")).toBe(teachers === 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads every generated roster, tidy or messy, in Kazakh or Russian, without a single error", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("kk" as const, "ru" as const),
        fc.boolean(),
        (seed, rows, lang, messy) => {
          const input = generateRoster({ seed, rows, lang, messy });
          const read = readRoster(input, { asOf: "2026-05-31" });
          expect(read.teachers.length).toBe(rows);
          expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
          expect(
            read.teachers.every(
              (t) => t.category !== null && t.education !== null && t.unreadable.length === 0,
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
