import { describe, expect, it } from "vitest";
import { pseudonymiseIin } from "../roster/iin.ts";
import { prepareSubmission } from "./prepare-submission.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { SubmissionSchema } from "../api/schemas.ts";
import { fromSubmissionRows } from "./submission-rows.ts";
import { summarise } from "../figures/summary.ts";
import type { GridInput } from "../types.ts";

const asOf = "2026-05-31";
const meta = {
  district: "kobda",
  year: "2025-2026",
  asOf,
  source: { app: "cli", file: "kobda.xlsx", sheet: "Тізім", version: "1.2.3" },
} as const;

/** A generated roster grid and the row/column of its header cell `pattern`. */
function roster(
  lang: "kk" | "ru",
  rows = 120,
): { grid: GridInput; header: number; column: (p: RegExp) => number } {
  const grid = generateRoster({ seed: 7, rows, lang, district: "kobda" });
  const header = grid.values.findIndex((row) => row.some((v) => typeof v === "string" && /ИИН|ЖСН/.test(v)));
  const column = (p: RegExp) => grid.values[header]!.findIndex((v) => typeof v === "string" && p.test(v));
  return { grid, header, column };
}

describe("prepareSubmission", () => {
  it("turns a real roster into the request body the server accepts, with the server's figures", async () => {
    for (const lang of ["kk", "ru"] as const) {
      const read = readRoster(roster(lang).grid, { asOf });
      expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
      const prepared = await prepareSubmission(read, meta);
      expect(prepared.kind).toBe("ready");
      if (prepared.kind !== "ready") return;
      const body = prepared.submission;
      expect(SubmissionSchema.parse(body)).toEqual(body);
      expect(body.district).toBe("kobda");
      expect(body.year).toBe("2025-2026");
      expect(body.columns).toEqual(read.present);
      expect(body.source).toEqual(meta.source);
      expect(body.rows).toHaveLength(read.teachers.length);
      expect(body.rows.map((r) => r.row)).toEqual(read.teachers.map((t) => t.row));
      const opts = { asOf, year: body.year, district: body.district, present: body.columns };
      expect(summarise(fromSubmissionRows(body.rows), opts)).toEqual(summarise(read.teachers, opts));
    }
  });

  it("sends no ИИН, only each teacher's pseudonymous key", async () => {
    const read = readRoster(roster("kk").grid, { asOf });
    const prepared = await prepareSubmission(read, meta);
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const json = JSON.stringify(prepared.submission);
    const withIin = read.teachers.filter((t) => t.iin !== null);
    expect(withIin.length).toBeGreaterThan(100);
    for (const t of withIin) expect(json.includes(t.iin!)).toBe(false);
    const first = prepared.submission.rows[0]!;
    expect(first.iinKey).toBe(await pseudonymiseIin(read.teachers[0]!.iin!));
    expect(Object.keys(first)).not.toContain("iin");
  });

  it("refuses a roster with errors and names exactly those errors", async () => {
    const { grid, header, column } = roster("ru");
    const category = column(/категория/i);
    grid.values[header + 3]![category] = "педагог-супер";
    grid.values[header + 9]![category] = "педагог-супер";
    const read = readRoster(grid, { asOf });
    const prepared = await prepareSubmission(read, meta);
    expect(prepared.kind).toBe("refused");
    if (prepared.kind !== "refused") return;
    expect(prepared.errors.map((p) => `${p.code}@${p.row}`)).toEqual([
      `category-unknown@${header + 4}`,
      `category-unknown@${header + 10}`,
    ]);
  });

  it("refuses a sheet without a roster", async () => {
    const read = readRoster({ values: [["заметки"], ["ничего"]] }, { asOf });
    expect(await prepareSubmission(read, meta)).toEqual({ kind: "no-roster" });
  });

  it("refuses headers with no teacher under them: one error at the header row, nothing to send", async () => {
    const grid: GridInput = {
      values: [["Тізім"], [], ["ФИО", "Организация", "Образование", "Категория"], [null, "Итого: 0"]],
    };
    const read = readRoster(grid, { asOf: "2026-05-31" });
    expect(read.problems.map((p) => [p.code, p.severity, p.row])).toEqual([["roster-empty", "error", 3]]);
    const prepared = await prepareSubmission(read, meta);
    expect(prepared).toEqual({ kind: "refused", errors: read.problems });
  });

  it("refuses what the wire refuses (an ИИН typed into a name) and names the sheet row", async () => {
    const { grid, header, column } = roster("kk", 20);
    const name = column(/аты/i);
    const iin = grid.values[header + 2]![column(/ЖСН/)]!;
    grid.values[header + 5]![name] = `Асанов ${String(iin)}`;
    const read = readRoster(grid, { asOf });
    const prepared = await prepareSubmission(read, meta);
    expect(prepared.kind).toBe("invalid");
    if (prepared.kind !== "invalid") return;
    expect(prepared.issues).toEqual([expect.objectContaining({ row: header + 6, field: "fullName" })]);
  });

  it("cuts an over-long file name instead of refusing a good roster", async () => {
    const read = readRoster(roster("kk", 10).grid, { asOf });
    const long = {
      ...meta,
      source: { app: "addin" as const, file: "ж".repeat(400), sheet: "п".repeat(150) },
    };
    const prepared = await prepareSubmission(read, long);
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    expect(prepared.submission.source?.file).toHaveLength(260);
    expect(prepared.submission.source?.sheet).toHaveLength(100);
  });
});
