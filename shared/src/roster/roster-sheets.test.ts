import { describe, expect, it } from "vitest";
import { pickRosterSheets, readWorkbookRoster, type NamedGrid } from "./roster-sheets.ts";
import type { CellValue } from "../types.ts";

const ASOF = "2025-01-15";
const NO_ORG = ["ФИО", "Образование", "Категория"];
const WITH_ORG = ["ФИО", "Организация", "Образование", "Категория"];

function kindergarten(name: string, teachers: number, badRow?: number): NamedGrid {
  const values: CellValue[][] = [NO_ORG];
  for (let i = 1; i <= teachers; i++)
    values.push([`${name} педагог ${i}`, "Высшее", i === badRow ? "Профессор" : "Педагог"]);
  return { name, grid: { values } };
}

const summarySheet: NamedGrid = {
  name: "Жиынтық",
  grid: {
    values: [
      ["Барлығы", 75],
      ["Жоғары", 40],
    ],
  },
};

describe("pickRosterSheets", () => {
  it("reads five kindergarten sheets as one roster, each sheet's name as its organisation", () => {
    const sheets = [summarySheet, ...[1, 2, 3, 4, 5].map((n) => kindergarten(`№${n} балабақша`, 15))];
    const roster = readWorkbookRoster(sheets, { asOf: ASOF })!;
    expect(roster.parts.map((p) => p.sheet)).toEqual([
      "№1 балабақша",
      "№2 балабақша",
      "№3 балабақша",
      "№4 балабақша",
      "№5 балабақша",
    ]);
    expect(roster.chosen).toBe(true);
    expect(roster.teachers).toHaveLength(75);
    expect(new Set(roster.teachers.map((t) => t.organization)).size).toBe(5);
    expect(roster.teachers[15]!.organization).toBe("№2 балабақша");
    expect(roster.problems).toEqual([]);
  });

  it("tags each problem with its sheet when several sheets are read", () => {
    const sheets = [kindergarten("А", 3), kindergarten("Б", 4, 3)];
    const roster = readWorkbookRoster(sheets, { asOf: ASOF })!;
    expect(roster.teachers).toHaveLength(7);
    expect(roster.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["Б", 4, "C", "category-unknown"],
    ]);
  });

  it("finds one ИИН on two kindergartens' sheets, on the later sheet, naming where it first appears", () => {
    const header = ["ФИО", "ИИН", "Образование", "Категория"];
    const sheet = (name: string, iins: string[]): NamedGrid => ({
      name,
      grid: {
        values: [header, ...iins.map((iin, i) => [`${name} педагог ${i + 1}`, iin, "Высшее", "Педагог"])],
      },
    });
    const [a, b, c, d] = ["850115300001", "850115300011", "850115300021", "850115300031"];
    const roster = readWorkbookRoster(
      [sheet("А", [a!, b!]), sheet("Б", [c!, a!, c!]), sheet("В", [b!, d!, a!])],
      { asOf: ASOF },
    )!;
    expect(roster.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["Б", 4, "B", "iin-duplicate"],
      ["Б", 3, "B", "iin-duplicate-sheet"],
      ["В", 2, "B", "iin-duplicate-sheet"],
      ["В", 4, "B", "iin-duplicate-sheet"],
    ]);
    const across = roster.problems.find((p) => p.sheet === "В" && p.row === 4)!;
    expect(across.message.ru).toBe(
      "Этот ИИН уже указан на листе «А», в строке 2. Удалите повторную строку или исправьте ИИН.",
    );
    expect(across.message.kk).toBe(
      "Бұл ЖСН «А» парағында, 2-жолда бар. Қайталанған жолды жойыңыз немесе ЖСН-ді түзетіңіз.",
    );
    expect(across.severity).toBe("error");
    // One sheet read alone knows nothing of the others.
    const alone = readWorkbookRoster([sheet("А", [a!]), sheet("Б", [a!])], { asOf: ASOF, sheet: "Б" })!;
    expect(alone.problems.filter((p) => p.code.startsWith("iin-duplicate"))).toEqual([]);
  });

  it("takes the sheet with the most roster rows, not the first with a header", () => {
    const small = kindergarten("Кіші", 2);
    const other: NamedGrid = {
      name: "Негізгі",
      grid: { values: [WITH_ORG, ...[1, 2, 3, 4].map((i) => [`П ${i}`, "Балапан", "Высшее", "Педагог"])] },
    };
    const parts = pickRosterSheets([small, other], { asOf: ASOF });
    expect(parts.map((p) => [p.sheet, p.organization, p.read.teachers.length])).toEqual([
      ["Негізгі", null, 4],
    ]);
  });

  it("keeps a sheet's own organisation column when several sheets are read", () => {
    const a: NamedGrid = { name: "A", grid: { values: [WITH_ORG, ["П 1", "Балапан", "Высшее", "Педагог"]] } };
    const b: NamedGrid = { name: "B", grid: { values: [WITH_ORG, ["П 2", "Айгөлек", "Высшее", "Педагог"]] } };
    const roster = readWorkbookRoster([a, b], { asOf: ASOF })!;
    expect(roster.teachers.map((t) => t.organization)).toEqual(["Балапан", "Айгөлек"]);
    expect(roster.parts.map((p) => p.organization)).toEqual([null, null]);
  });

  it("reads only the named sheet, whatever the others hold; null for a name no sheet has", () => {
    const sheets = [kindergarten("А", 3), kindergarten("Б", 4)];
    const roster = readWorkbookRoster(sheets, { asOf: ASOF, sheet: " а " })!;
    expect(roster.parts.map((p) => p.sheet)).toEqual(["А"]);
    expect(roster.chosen).toBe(false);
    expect(roster.teachers[0]!.organization).toBe("");
    expect(readWorkbookRoster(sheets, { asOf: ASOF, sheet: "В" })).toBeNull();
  });

  it("falls back to the first sheet with content when no sheet has a roster header", () => {
    const empty: NamedGrid = { name: "Бос", grid: { values: [] } };
    const parts = pickRosterSheets([empty, summarySheet], { asOf: ASOF });
    expect(parts.map((p) => [p.sheet, p.read.layout])).toEqual([["Жиынтық", null]]);
    expect(pickRosterSheets([], { asOf: ASOF })).toEqual([]);
  });
});
