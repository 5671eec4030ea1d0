/**
 * The Check tab's roster over several sheets (issue 9, item 7) on the fake Office host: every visible sheet
 * read through the adapter, the shared core picks the kindergarten sheets, problems carry their sheet, and
 * "go to" and the highlights land on the problem's own sheet (laid out differently from the others).
 */
import type { CellValue, Problem } from "@sapa/shared";
import { beforeEach, describe, expect, it } from "vitest";
import {
  createFakeWorkbook,
  fills,
  installFakeOffice,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import {
  HIGHLIGHT_COLORS,
  highlightProblems,
  listSheets,
  readRosterSheets,
  selectCell,
} from "../excel/index.ts";
import {
  analyseWorkbook,
  problemAddress,
  problemCellsBySheet,
  problemLayout,
  problemSheet,
  type WorkbookAnalysis,
} from "./analyse.ts";

const ASOF = "2026-05-31";
const HEADER = ["№", "ФИО", "Образование", "Категория"];
const KINDERGARTENS = ["Балапан", "Айгөлек", "Ақбота", "Болашақ", "Еркетай"];

/**
 * Kindergarten k's 15 teachers under a header on row 1 from column A; the fourth sheet ("Болашақ") has a
 * title row and starts in column B (header on row 2, «ФИО» in C), and its 7th teacher's category is wrong.
 */
function kindergartenSheet(k: number) {
  const shifted = k === 3;
  const values: CellValue[][] = [HEADER];
  for (let i = 1; i <= 15; i++)
    values.push([i, `Педагог ${k * 15 + i}`, "Высшее", shifted && i === 7 ? "Бастық" : "Педагог-модератор"]);
  const rows = shifted ? [["", "Болашақ балабақшасы", "", "", ""], ...values.map((r) => ["", ...r])] : values;
  return { values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
}

function workbook(): FakeWorkbook {
  const sheets: Record<string, { values: CellValue[][]; numberFormats: string[][] }> = {
    Жиынтық: { values: [["Барлығы", 75]], numberFormats: [["General", "General"]] },
  };
  KINDERGARTENS.forEach((name, k) => (sheets[name] = kindergartenSheet(k)));
  return createFakeWorkbook({ sheets, activeSheet: "Жиынтық" });
}

let wb: FakeWorkbook;

/** What the Check tab does with "Sheets holding the roster": list the visible sheets, read them all. */
async function checkWorkbook(only: string | null = null): Promise<WorkbookAnalysis> {
  const names = (await listSheets()).map((s) => s.name);
  const read = await readRosterSheets(names);
  return analyseWorkbook(read.sheets, { asOf: ASOF, mapping: {}, district: "alga", only });
}

describe("the Check tab's roster over one sheet per kindergarten (fake Office host)", () => {
  beforeEach(() => {
    wb = workbook();
    installFakeOffice(globalThis, wb);
  });

  it("reads the five kindergarten sheets as one roster: 75 teachers, 5 organisations, the summary sheet left out", async () => {
    const analysis = await checkWorkbook();
    expect(analysis.parts.map((p) => [p.sheet, p.teachers, p.organization])).toEqual(
      KINDERGARTENS.map((k) => [k, 15, k]),
    );
    expect(analysis.rosterSheets.map((p) => p.sheet)).toEqual(KINDERGARTENS);
    expect(analysis.chosen).toBe(true);
    expect(analysis.teachers).toHaveLength(75);
    expect(analysis.summary?.teachers).toBe(75);
    expect(analysis.summary?.organizations).toBe(5);
    expect(analysis.counts.error).toBe(1);
    const error = analysis.problems.find((p) => p.severity === "error")!;
    expect([error.sheet, error.code, error.column, error.row]).toEqual([
      "Болашақ",
      "category-unknown",
      "E",
      9,
    ]);
  });

  it("goes to a problem's cell on its own sheet, whichever sheet is active", async () => {
    const analysis = await checkWorkbook();
    const error = analysis.problems.find((p) => p.severity === "error")!;
    const sheet = problemSheet(error, analysis)!;
    await selectCell(sheet, problemAddress(error, problemLayout(error, analysis)));
    expect(wb.selection).toEqual({ sheet: "Болашақ", address: "E9" });

    // A row-level problem points at the first roster column of its own sheet (C there, B elsewhere).
    const rowLevel: Problem = { ...error, column: null };
    expect(problemAddress(rowLevel, problemLayout(rowLevel, analysis))).toBe("C9");
    const onFirst: Problem = { ...error, column: null, sheet: "Балапан", row: 4 };
    expect(problemAddress(onFirst, problemLayout(onFirst, analysis))).toBe("B4");
  });

  it("highlights each problem on its own sheet only", async () => {
    const analysis = await checkWorkbook();
    const bySheet = problemCellsBySheet(analysis);
    expect([...bySheet.keys()]).toEqual(KINDERGARTENS);
    expect(bySheet.get("Болашақ")).toEqual([{ address: "E9", severity: "error" }]);
    for (const [sheet, cells] of bySheet) await highlightProblems(sheet, cells);
    expect(fills(wb, "Болашақ", "E9")[0]![0]).toBe(HIGHLIGHT_COLORS.error);
    expect(fills(wb, "Балапан", "D9")[0]![0]).not.toBe(HIGHLIGHT_COLORS.error);
  });

  it("offers one sheet alone: its 15 teachers keep the sheet's name as their organisation, the choice stays", async () => {
    const analysis = await checkWorkbook("Болашақ");
    expect(analysis.parts.map((p) => p.sheet)).toEqual(["Болашақ"]);
    expect(analysis.teachers).toHaveLength(15);
    expect(analysis.summary?.organizations).toBe(1);
    expect(new Set(analysis.teachers.map((t) => t.organization))).toEqual(new Set(["Болашақ"]));
    expect(analysis.problems.filter((p) => p.severity === "error").map((p) => `${p.column}${p.row}`)).toEqual(
      ["E9"],
    );
    expect(analysis.rosterSheets).toHaveLength(5);
    const error = analysis.problems.find((p) => p.severity === "error")!;
    expect(problemSheet(error, analysis)).toBe("Болашақ");
  });

  it("takes the sheet with the most roster rows when the others hold smaller rosters under another header", async () => {
    const small = {
      values: [
        ["ФИО", "Организация", "Образование", "Категория", "Стаж"],
        ["Педагог 1", "Ақбота", "Высшее", "Педагог", 3],
      ],
    };
    wb = createFakeWorkbook({
      sheets: { Жиынтық: small, Тізім: kindergartenSheet(0) },
      activeSheet: "Жиынтық",
    });
    installFakeOffice(globalThis, wb);
    const analysis = await checkWorkbook();
    expect(analysis.parts.map((p) => [p.sheet, p.teachers])).toEqual([["Тізім", 15]]);
    expect(analysis.chosen).toBe(true);
    expect(analysis.rosterSheets).toEqual([]);
  });

  it("finds a teacher listed by two kindergartens and goes to the repeat on its own sheet", async () => {
    const header = ["ФИО", "ИИН", "Образование", "Категория"];
    const formats = (rows: CellValue[][]) => rows.map((row) => row.map(() => "@"));
    const balapan: CellValue[][] = [
      header,
      ["Әлия Сейтқали", "850115300001", "Высшее", "Педагог"],
      ["Дана Омар", "850115300011", "Высшее", "Педагог"],
    ];
    // Болашақ's sheet has a title row and starts in column B: its ИИН is in C.
    const bolashak: CellValue[][] = [
      ["", "Болашақ балабақшасы", "", "", ""],
      ["", ...header],
      ["", "Гүлнар Ахмет", "850115300021", "Высшее", "Педагог"],
      ["", "Әлия Сейтқали", "850115300001", "Высшее", "Педагог"],
    ];
    wb = createFakeWorkbook({
      sheets: {
        Балапан: { values: balapan, numberFormats: formats(balapan) },
        Болашақ: { values: bolashak, numberFormats: formats(bolashak) },
      },
      activeSheet: "Балапан",
    });
    installFakeOffice(globalThis, wb);
    const analysis = await checkWorkbook();
    const repeat = analysis.problems.find((p) => p.code === "iin-duplicate-sheet")!;
    expect([repeat.sheet, repeat.row, repeat.column, repeat.severity]).toEqual(["Болашақ", 4, "C", "error"]);
    expect(repeat.message.kk).toContain("«Балапан» парағында, 2-жолда");
    expect(analysis.counts.error).toBe(1);
    await selectCell(
      problemSheet(repeat, analysis)!,
      problemAddress(repeat, problemLayout(repeat, analysis)),
    );
    expect(wb.selection).toEqual({ sheet: "Болашақ", address: "C4" });
  });
});
