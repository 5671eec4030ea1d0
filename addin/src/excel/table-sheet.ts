import type { Lang, Table } from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";
import { writeBlocks } from "./block-writer.ts";
import { detectRequirementSets } from "./requirements.ts";
import { findOrAddSheet } from "./rewrite-sheet.ts";
import { SheetRows, tableRows, toMatrices, type SheetCell } from "./table-block.ts";

const HEADER_FILL = "#D9E1F2";
const MISSING_FONT = "#808080";

/**
 * A native chart drawn from one of the sheet's tables (its header row names the series, column A the
 * categories), placed on blank rows kept for it right under that table.
 */
export interface TableChart {
  /** Index of the table in the sheet's list. */
  table: number;
  /** A chart type of ExcelApi 1.1, as Office.js spells it ("LineMarkers", "ColumnClustered"…). */
  type: Parameters<Excel.ChartCollection["add"]>[0];
  title: string;
  /** Rows and columns of the sheet the chart covers. */
  rows: number;
  columns: number;
}

export interface TableSheetLayout {
  values: SheetCell[][];
  formats: string[][];
  width: number;
  titleRows: number[];
  /** Header row of each table, in order (1-based). */
  headerRows: number[];
  /** Last row of each table. */
  lastRows: number[];
  totalRows: number[];
  missingRows: number[];
  /** The chart's data (header row included) and the cells it covers, when the sheet has one. */
  chart: { source: string; start: string; end: string } | null;
}

/** Lays the tables out one under the other (title lines first, a blank row between), as whole matrices. */
export function tableSheetLayout(
  tables: readonly Table[],
  opts: { lang: Lang; titles?: readonly string[]; chart?: Pick<TableChart, "table" | "rows" | "columns"> },
): TableSheetLayout {
  const sheet = new SheetRows();
  for (const title of opts.titles ?? []) sheet.push({ cells: [title], kind: "title" });
  if ((opts.titles ?? []).length > 0) sheet.blank();
  const headerRows: number[] = [];
  const lastRows: number[] = [];
  let chart: TableSheetLayout["chart"] = null;
  tables.forEach((table, i) => {
    if (i > 0) sheet.blank();
    const header = sheet.rows.length + 1;
    const last = sheet.push(...tableRows(table, opts.lang));
    headerRows.push(header);
    lastRows.push(last);
    if (opts.chart?.table === i) {
      const { rows, columns } = opts.chart;
      chart = {
        source: rectAddress(header, 1, last - header + 1, 1 + table.columns.length),
        start: `A${last + 2}`,
        end: `${columnLetter(columns)}${last + 1 + rows}`,
      };
      for (let r = 0; r < rows + 1; r++) sheet.blank();
    }
  });
  const width = Math.max(1, ...tables.map((t) => 1 + t.columns.length));
  return {
    ...toMatrices(sheet.rows, width),
    width,
    titleRows: sheet.of("title"),
    headerRows,
    lastRows,
    totalRows: sheet.of("total"),
    missingRows: sheet.of("missing"),
    chart,
  };
}

/**
 * Creates or rewrites one of Sapa's sheets from shared tables: bold headers, totals bold, units without data
 * grey, the header row frozen when the sheet is one table, and an optional native chart (ExcelApi 1.1; `chart`
 * in the result says whether the host drew it). Rows go in chunks under the
 * payload limit (`onProgress` hears of each); a second run clears the sheet (and its charts) and writes it
 * again, so it always ends up the same. Other sheets are never touched.
 */
export async function writeTableSheet(
  name: string,
  tables: readonly Table[],
  opts: {
    lang: Lang;
    titles?: readonly string[];
    chart?: TableChart;
    onProgress?: (rowsWritten: number, rows: number) => void;
  },
): Promise<{ sheet: string; chart: boolean }> {
  const caps = detectRequirementSets();
  const layout = tableSheetLayout(tables, {
    lang: opts.lang,
    ...(opts.titles ? { titles: opts.titles } : {}),
    ...(opts.chart ? { chart: opts.chart } : {}),
  });
  const rowAddress = (row: number) => rectAddress(row, 1, 1, layout.width);

  return Excel.run(async (context) => {
    const { ws, existing } = await findOrAddSheet(context, name);
    if (existing) {
      ws.charts.load("items/name");
      ws.getRange().clear("All");
      await context.sync();
      for (const chart of ws.charts.items) chart.delete();
    }
    if (caps.canSuspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

    await writeBlocks(context, ws, { row: 1, column: 1 }, layout.values, layout.formats, opts.onProgress);

    for (const row of layout.titleRows) ws.getRange(`A${row}`).format.font.bold = true;
    for (const row of layout.headerRows) {
      const header = ws.getRange(rowAddress(row));
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
    }
    for (const row of layout.totalRows) ws.getRange(rowAddress(row)).format.font.bold = true;
    for (const row of layout.missingRows) ws.getRange(rowAddress(row)).format.font.color = MISSING_FONT;
    if (caps.canFreezePanes && tables.length === 1) ws.freezePanes.freezeRows(layout.headerRows[0]!);
    if (caps.canValuesOnlyUsedRange) {
      ws.getRange("A:A").format.columnWidth = 200;
      if (layout.width > 1) ws.getRange(`B:${columnLetter(layout.width)}`).format.columnWidth = 80;
    }
    const at = layout.chart;
    const drawn = opts.chart !== undefined && at !== null && caps.canChart;
    if (drawn) {
      const added = ws.charts.add(opts.chart!.type, ws.getRange(at.source), "Columns");
      added.title.text = opts.chart!.title;
      added.setPosition(at.start, at.end);
    }
    await context.sync();
    return { sheet: name, chart: drawn };
  });
}
