import { readRoster as readRosterGrid, summarise } from "@sapa/shared";
import { generateRoster, SAMPLE_DATE_FORMAT } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice, sheetFromGrid } from "../../test/fake-office/index.ts";
import { CHUNK_BYTES } from "./payload.ts";
import { readRoster } from "./read-roster.ts";

const ASOF = "2026-05-31";
const MB4 = 4_000_000;

function install(rows: number, opts: { at?: { row?: number; column?: number }; excelApi?: string } = {}) {
  const grid = generateRoster({ seed: 7, rows, lang: "ru", messy: true });
  const wb = createFakeWorkbook({
    sheets: { "Список педагогов": sheetFromGrid(grid, opts.at), Прочее: { values: [["x"]] } },
    ...(opts.excelApi ? { excelApi: opts.excelApi } : {}),
  });
  installFakeOffice(globalThis, wb);
  return { wb, grid };
}

describe("readRoster (Excel adapter)", () => {
  it("reads a messy Russian roster with title rows in one sync, dates as serials with their format", async () => {
    const { wb, grid } = install(300);
    const read = await readRoster();
    expect(read.sheet).toBe("Список педагогов");
    expect(read.syncs).toBe(1);
    expect(wb.syncCount).toBe(1);
    expect(read.input.firstRow).toBe(1);
    expect(read.input.firstColumn).toBe(1);
    expect(read.input.values.length).toBe(grid.values.length);

    // Office gives "" for empty cells and "General" for unformatted ones; the rest is the sheet as written.
    const dateCells = read.input.numberFormats!.flat().filter((f) => f === SAMPLE_DATE_FORMAT).length;
    expect(dateCells).toBeGreaterThan(100);
    const r = read.input.numberFormats!.findIndex((row) => row.includes(SAMPLE_DATE_FORMAT));
    const c = read.input.numberFormats![r]!.indexOf(SAMPLE_DATE_FORMAT);
    expect(typeof read.input.values[r]![c]).toBe("number");
    expect(read.input.values[r]![c]).toBe(grid.values[r]![c]);

    const checked = readRosterGrid(read.input, { asOf: ASOF });
    expect(checked.teachers).toHaveLength(300);
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(checked.layout!.headerRow).toBeGreaterThan(1); // title rows sit above the header
  });

  it("reports the used range's position so problem rows and columns are the sheet's own", async () => {
    const { grid } = install(40, { at: { row: 4, column: 3 } });
    const read = await readRoster("Список педагогов");
    expect(read.input.firstRow).toBe(4);
    expect(read.input.firstColumn).toBe(3);
    const plain = readRosterGrid({ values: grid.values, numberFormats: grid.numberFormats }, { asOf: ASOF });
    const moved = readRosterGrid(read.input, { asOf: ASOF });
    expect(moved.layout!.headerRow).toBe(plain.layout!.headerRow + 3);
    expect(moved.teachers[0]!.row).toBe(plain.teachers[0]!.row + 3);
    const nameColumn = (l: typeof plain.layout) => l!.columns.find((m) => m.field === "fullName")!.letter;
    expect([nameColumn(plain.layout), nameColumn(moved.layout)]).toEqual(["B", "D"]);
  });

  it("reads 5,000 teachers in a single sync under 4 MB", { timeout: 30_000 }, async () => {
    const { wb } = install(5000);
    const read = await readRoster();
    expect(read.syncs).toBe(1);
    expect(wb.syncs).toHaveLength(1);
    const s = wb.syncs[0]!;
    expect(s.requestBytes + s.responseBytes).toBeLessThan(MB4);
    expect(readRosterGrid(read.input, { asOf: ASOF }).teachers).toHaveLength(5000);
  });

  it(
    "reads 50,000 teachers in several syncs, each under 4 MB, reporting progress",
    { timeout: 60_000 },
    async () => {
      const { wb, grid } = install(50_000);
      const progress: [number, number][] = [];
      const read = await readRoster(undefined, (done, total) => progress.push([done, total]));
      expect(read.syncs).toBeGreaterThan(1);
      expect(wb.syncs).toHaveLength(read.syncs);
      for (const s of wb.syncs) expect(s.requestBytes + s.responseBytes).toBeLessThan(MB4);
      expect(read.input.values).toHaveLength(grid.values.length);
      expect(read.input.values.at(-1)).toEqual(grid.values.at(-1)!.map((v) => v ?? ""));
      expect(progress.at(-1)).toEqual([grid.values.length, grid.values.length]);
      expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
      const checked = readRosterGrid(read.input, { asOf: ASOF });
      expect(checked.teachers).toHaveLength(50_000);
      expect(summarise(checked.teachers, { asOf: ASOF, present: checked.present }).teachers).toBe(50_000);
      expect(CHUNK_BYTES).toBeLessThan(MB4);
    },
  );

  it("works on an ExcelApi 1.1 host (no valuesOnly used range)", async () => {
    const { wb } = install(50, { excelApi: "1.1" });
    const read = await readRoster();
    expect(read.syncs).toBe(1);
    expect(readRosterGrid(read.input, { asOf: ASOF }).teachers).toHaveLength(50);
    expect(wb.syncCount).toBe(1);
  });

  it(
    "falls back to smaller chunks when a very wide sheet overflows the first read",
    { timeout: 30_000 },
    async () => {
      const wide = Array.from({ length: 6000 }, (_, r) =>
        Array.from({ length: 30 }, (_, c) => `Ұяшық ${r}-${c} ${"ә".repeat(24)}`),
      );
      const wb = createFakeWorkbook({ sheets: { Кең: { values: wide } } });
      installFakeOffice(globalThis, wb);
      const read = await readRoster();
      expect(read.input.values).toEqual(wide);
      expect(wb.syncs[0]!.error).toBe("RequestPayloadSizeLimitExceeded");
      const ok = wb.syncs.slice(1);
      expect(ok.length).toBeGreaterThan(2);
      for (const s of ok) expect(s.requestBytes + s.responseBytes).toBeLessThan(MB4);
      expect(read.syncs).toBe(wb.syncs.length);
    },
  );

  it("reads an empty sheet as a single empty cell at A1 (the shared reader then reports no roster)", async () => {
    installFakeOffice(globalThis, createFakeWorkbook({ sheets: { Бос: {} } }));
    const read = await readRoster();
    expect(read.input).toEqual({ values: [[""]], numberFormats: [["General"]], firstRow: 1, firstColumn: 1 });
    expect(readRosterGrid(read.input, { asOf: ASOF }).layout).toBeNull();
  });

  it("fails with ItemNotFound for a sheet that does not exist", async () => {
    install(5);
    await expect(readRoster("Нет такого")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
