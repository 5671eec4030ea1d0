import { readWorkbookRoster, type CellValue } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice } from "../../test/fake-office/index.ts";
import { readRosterSheets } from "./read-roster-sheets.ts";

const HEADER = ["№", "ФИО", "Образование", "Категория"];
const KINDERGARTENS = ["Балапан", "Айгөлек", "Ақбота", "Болашақ", "Еркетай"];

function kindergartenSheet(k: number) {
  const values: CellValue[][] = [HEADER];
  for (let i = 1; i <= 15; i++) values.push([i, `Педагог ${k * 15 + i}`, "Высшее", "Педагог"]);
  return { values, numberFormats: values.map((row) => row.map(() => "General")) };
}

describe("readRosterSheets (Excel adapter): one roster sheet per kindergarten", () => {
  it("reads five sheets in one sync each, and the shared core makes one roster of 75 teachers in 5 organisations", async () => {
    const sheets: Record<string, ReturnType<typeof kindergartenSheet>> = {
      Жиынтық: { values: [["Барлығы", 75]], numberFormats: [["General", "General"]] },
    };
    KINDERGARTENS.forEach((name, k) => (sheets[name] = kindergartenSheet(k)));
    installFakeOffice(globalThis, createFakeWorkbook({ sheets }));
    const progress: [number, number, string][] = [];
    const read = await readRosterSheets(["Жиынтық", ...KINDERGARTENS], (done, total, sheet) =>
      progress.push([done, total, sheet]),
    );
    expect(read.syncs).toBe(6);
    expect(read.sheets.map((s) => s.name)).toEqual(["Жиынтық", ...KINDERGARTENS]);
    expect(progress.at(-1)).toEqual([81, 81, "Еркетай"]);
    const roster = readWorkbookRoster(read.sheets, { asOf: "2025-01-15" })!;
    expect(roster.parts.map((p) => p.sheet)).toEqual(KINDERGARTENS);
    expect(roster.teachers).toHaveLength(75);
    expect([...new Set(roster.teachers.map((t) => t.organization))]).toEqual(KINDERGARTENS);
    expect(roster.problems).toEqual([]);
  });
});
