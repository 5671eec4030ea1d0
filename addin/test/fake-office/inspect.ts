import { localAddress, parseAddress, type Rect } from "./address.ts";
import {
  getFormat,
  getValue,
  styleKey,
  usedRect,
  type Cell,
  type FakeWorkbook,
  type SheetState,
} from "./state.ts";

export const parseRect = parseAddress;
export const usedRectOf = (sheet: SheetState) => usedRect(sheet, true);

function matrix<V>(rect: Rect, fn: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: V[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

/** Cell values of an address (empty cells as null), straight from the fake's state (no sync). */
export function cellValues(wb: FakeWorkbook, sheet: string, address: string): Cell[][] {
  const s = wb.sheet(sheet);
  return matrix(parseAddress(address).rect, (r, c) => getValue(s, r, c));
}

export function cellValue(wb: FakeWorkbook, sheet: string, address: string): Cell {
  return cellValues(wb, sheet, address)[0]![0]!;
}

export function numberFormats(wb: FakeWorkbook, sheet: string, address: string): string[][] {
  const s = wb.sheet(sheet);
  return matrix(parseAddress(address).rect, (r, c) => getFormat(s, r, c));
}

/** Static fill per cell ("#RRGGBB") or null for no fill. */
export function fills(wb: FakeWorkbook, sheet: string, address: string): (string | null)[][] {
  const s = wb.sheet(sheet);
  return matrix(parseAddress(address).rect, (r, c) => s.styles.get(styleKey(r, c))?.fill ?? null);
}

export function fill(wb: FakeWorkbook, sheet: string, address: string): string | null {
  return fills(wb, sheet, address)[0]![0]!;
}

function cfMatches(
  rule: { formula1?: string; formula2?: string; operator?: string } | null,
  v: Cell,
): boolean {
  if (!rule || typeof v !== "number") return false;
  const a = Number(rule.formula1);
  const b = Number(rule.formula2);
  switch (rule.operator) {
    case "GreaterThan":
      return v > a;
    case "GreaterThanOrEqual":
      return v >= a;
    case "LessThan":
      return v < a;
    case "LessThanOrEqual":
      return v <= a;
    case "EqualTo":
      return v === a;
    case "NotEqualTo":
      return v !== a;
    case "Between":
      return v >= Math.min(a, b) && v <= Math.max(a, b);
    default:
      return false;
  }
}

/** The fill a user sees: the first matching cell-value conditional format, else the static fill. */
export function displayedFill(wb: FakeWorkbook, sheet: string, address: string): string | null {
  const s = wb.sheet(sheet);
  const { rect } = parseAddress(address);
  const v = getValue(s, rect.r0, rect.c0);
  for (const cf of s.conditionalFormats) {
    const inside =
      rect.r0 >= cf.rect.r0 && rect.r0 <= cf.rect.r1 && rect.c0 >= cf.rect.c0 && rect.c0 <= cf.rect.c1;
    if (inside && cf.type === "CellValue" && cf.fill && cfMatches(cf.rule, v)) return cf.fill;
  }
  return s.styles.get(styleKey(rect.r0, rect.c0))?.fill ?? null;
}

/** Everything a sheet holds, as plain JSON (compare two runs of a writer for idempotency). */
export function sheetSnapshot(sheet: SheetState): unknown {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    values: sheet.values.map((row) => row?.map((v) => v ?? null) ?? []),
    formats: sheet.formats.map((row) => row?.map((f) => f ?? "General") ?? []),
    styles: [...sheet.styles.entries()].sort(([a], [b]) => a.localeCompare(b)),
    columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    frozenRows: sheet.frozenRows,
    conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...cf }) => ({
      ...cf,
      rect: localAddress(cf.rect),
    })),
    validations: sheet.validations.map((v) => ({ ...v, rect: localAddress(v.rect) })),
    charts: sheet.charts.map(({ id: _id, ...c }) => c),
  };
}

/** One series of a chart as Excel plots it: its name, and a value per category (null: a gap). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/**
 * What a chart plots, read live from its source range as Excel does (a chart follows its cells): with
 * series in columns, a text first row names the series and a text first column gives the categories; an
 * empty cell is a gap (plotted as nothing, not 0), text in a value cell plots as 0.
 */
export function chartData(
  wb: FakeWorkbook,
  sheet: string,
  index = 0,
): { type: string; title: string | null; categories: string[]; series: ChartSeries[] } {
  const chart = wb.sheet(sheet).charts[index];
  if (!chart) throw new Error(`no chart ${index} on ${sheet}`);
  const { sheet: source, rect } = parseAddress(chart.source);
  const cells = cellValues(wb, source ?? sheet, localAddress(rect));
  const grid = chart.seriesBy === "Rows" ? cells[0]!.map((_, c) => cells.map((row) => row[c]!)) : cells;
  const isLabel = (v: Cell) => typeof v === "string" || v === null;
  const headed = grid[0]!.slice(1).every(isLabel);
  const labelled = grid.slice(headed ? 1 : 0).every((row) => typeof row[0] === "string");
  const body = grid.slice(headed ? 1 : 0);
  const first = labelled ? 1 : 0;
  return {
    type: chart.type,
    title: chart.title,
    categories: labelled ? body.map((row) => String(row[0])) : body.map((_, i) => String(i + 1)),
    series: grid[0]!.slice(first).map((head, i) => ({
      name: headed ? String(head ?? "") : `Series${i + 1}`,
      values: body.map((row) => {
        const v = row[first + i];
        return v === null || v === undefined ? null : typeof v === "number" ? v : 0;
      }),
    })),
  };
}
