import type { SheetArea, SheetDescription, SheetRow, SheetValue } from "@sapa/shared";
import { SHEET_COLORS, SHEET_FORMAT } from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";
import { writeBlocks } from "./block-writer.ts";
import { detectRequirementSets } from "./requirements.ts";
import { findOrAddSheet } from "./rewrite-sheet.ts";

/** Office's column width is in points; a description's in characters of the default font. */
const POINTS_PER_CHARACTER = 5.7;

const CHART_TYPES = {
  line: "LineMarkers",
  column: "ColumnClustered",
} as const satisfies Record<string, Parameters<Excel.ChartCollection["add"]>[0]>;

/** What was written: the sheet, and whether its chart was drawn (false where the host cannot). */
export interface SheetWriteResult {
  sheet: string;
  chart: boolean;
}

const areaAddress = (a: SheetArea) => rectAddress(a.row, a.column, a.rows, a.columns);

/** Rows padded to the description's width: the whole-block matrices writeBlocks takes. */
function matrices(rows: readonly SheetRow[], width: number) {
  const pad = <V>(xs: readonly V[], fill: V) => Array.from({ length: width }, (_, i) => xs[i] ?? fill);
  return {
    values: rows.map((r) => pad<SheetValue>(r.values, "").map((v) => v ?? "")),
    formats: rows.map((r) => pad<string>(r.formats, SHEET_FORMAT.general)),
  };
}

/**
 * Writes one of Sapa's sheet descriptions into the workbook: the sheet is found by name (any case) or
 * added, cleared (charts too) and written as whole blocks in chunks under the payload limit, one sync per
 * chunk (`onProgress` hears of each), then its emphasis, frozen rows, widths and chart, so a second run
 * gives the same sheet. ExcelApi 1.1 is enough for the cells, bold, fills and the chart; frozen rows (1.7)
 * and widths (1.2) are skipped where the host lacks them. A host that cannot draw the chart gets the
 * description's note in its place. A log (the submissions sheet) is added to instead: only rows whose key
 * is not on it yet. Other sheets are never touched.
 */
export async function writeSheet(
  d: SheetDescription,
  onProgress?: (rowsWritten: number, rows: number) => void,
): Promise<SheetWriteResult> {
  const caps = detectRequirementSets();
  return Excel.run(async (context) => {
    const { ws, existing } = await findOrAddSheet(context, d.name);
    let rows = d.rows;
    let start = 1;
    if (existing && d.append) {
      const added = await rowsToAppend(context, ws, d, caps.canValuesOnlyUsedRange);
      if (added.rows.length === 0) return { sheet: d.name, chart: false };
      rows = added.rows;
      start = added.next;
    } else if (existing) {
      ws.charts.load("items/name");
      ws.getRange().clear("All");
      // Sheets written by earlier versions kept rule-based gap colours; the description's are static.
      if (caps.canConditionalFormat) ws.getRange().conditionalFormats.clearAll();
      await context.sync();
      for (const chart of ws.charts.items) chart.delete();
    }
    if (caps.canSuspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

    const { values, formats } = matrices(rows, d.width);
    await writeBlocks(context, ws, { row: start, column: 1 }, values, formats, onProgress);

    rows.forEach((row, i) => {
      if (!row.style) return;
      const at = start + i;
      const span = ws.getRange(rectAddress(at, 1, 1, Math.max(1, row.values.length)));
      switch (row.style) {
        case "title":
          ws.getRange(`A${at}`).format.font.bold = true;
          break;
        case "header":
          span.format.font.bold = true;
          span.format.fill.color = SHEET_COLORS.headerFill;
          span.format.wrapText = true;
          break;
        case "total":
          span.format.font.bold = true;
          break;
        case "missing":
          span.format.font.color = SHEET_COLORS.missingFont;
          break;
      }
    });
    if (start > 1) {
      await context.sync();
      return { sheet: d.name, chart: false };
    }
    for (const c of d.colors) {
      const cell = ws.getRange(rectAddress(c.row, c.column, 1, 1));
      cell.format.fill.color = c.fill;
      cell.format.font.color = c.font;
    }
    if (caps.canFreezePanes && d.freezeRows > 0) ws.freezePanes.freezeRows(d.freezeRows);
    if (caps.canValuesOnlyUsedRange) setWidths(ws, d.columnWidths);
    let drawn = false;
    if (d.chart) {
      const { chart } = d;
      if (caps.canChart) {
        const added = ws.charts.add(
          CHART_TYPES[chart.type],
          ws.getRange(areaAddress(chart.source)),
          "Columns",
        );
        added.title.text = chart.title;
        const end = {
          ...chart.at,
          row: chart.at.row + chart.at.rows - 1,
          column: chart.at.column + chart.at.columns - 1,
        };
        added.setPosition(
          rectAddress(chart.at.row, chart.at.column, 1, 1),
          rectAddress(end.row, end.column, 1, 1),
        );
        drawn = true;
      } else {
        ws.getRange(rectAddress(chart.at.row, chart.at.column, 1, 1)).values = [[chart.note]];
      }
    }
    await context.sync();
    return { sheet: d.name, chart: drawn };
  });
}

/** Column widths in as few calls as runs of equal widths. */
function setWidths(ws: Excel.Worksheet, widths: readonly number[]): void {
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    const range = `${columnLetter(i + 1)}:${columnLetter(j + 1)}`;
    ws.getRange(range).format.columnWidth = Math.round(widths[i]! * POINTS_PER_CHARACTER);
    i = j + 1;
  }
}

/**
 * The log rows of `d` not on the sheet yet (by their key cell), and the row under its used range. One
 * sync, two when it holds rows.
 */
async function rowsToAppend(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  d: SheetDescription,
  valuesOnly: boolean,
): Promise<{ rows: SheetRow[]; next: number }> {
  const { keyColumn, headerRows } = d.append!;
  const used = ws.getUsedRange(valuesOnly ? true : undefined);
  used.load("rowCount, rowIndex, columnCount, columnIndex");
  await context.sync();
  const next = Math.max(headerRows + 1, used.rowIndex + used.rowCount + 1);
  const listed = new Set<unknown>();
  // The key column within the used rows, addressed directly: real Excel's getIntersection throws
  // ItemNotFound when the ranges do not overlap (a sheet whose right-hand columns were cleared).
  if (used.columnIndex < keyColumn && used.columnIndex + used.columnCount >= keyColumn) {
    const keys = ws.getRange(rectAddress(used.rowIndex + 1, keyColumn, used.rowCount, 1));
    keys.load("values");
    await context.sync();
    for (const row of keys.values) listed.add(row[0]);
  }
  const rows = d.rows.slice(headerRows).filter((r) => !listed.has(r.values[keyColumn - 1]));
  return { rows, next };
}
