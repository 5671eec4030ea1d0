import type { CellValue, GridInput, MergedArea } from "@sapa/shared";
import { columnNumber, rectAddress, topLeftOf } from "./address.ts";
import { CHUNK_BYTES, isPayloadTooLarge, payloadBytes } from "./payload.ts";
import { detectRequirementSets } from "./requirements.ts";

/**
 * Rows read in the first (often only) sync: a 5,000-teacher roster plus its title rows, header, blank
 * and subtotal rows fits, and at roster widths (~12-20 columns) that is ~2-3 MB of values and formats.
 */
export const FIRST_READ_ROWS = 6000;
/** Retry size for the first read when a very wide sheet overflows the payload limit. */
const FALLBACK_FIRST_ROWS = 500;

export interface RosterRead {
  /** The sheet's name. */
  sheet: string;
  input: GridInput;
  /** Round trips to Excel the read took. */
  syncs: number;
}

/** DATE(2000, 1, 1) in the 1900 date system; the 1904 system gives 1462 days less. */
const Y2K_SERIAL_1900 = 36_526;

/** Sheet-qualified A1 areas as RangeAreas.address lists them ("'Sheet 1'!C3:C6, 'Sheet 1'!C7:C10"), 1-based. */
export function parseMergedAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  // Sheet names may hold commas inside their quotes, so match whole areas instead of splitting.
  const AREA = /(?:'(?:[^']|'')*'|[^',!\s][^,!]*)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (const m of address.matchAll(AREA)) {
    const firstColumn = columnNumber(m[1]!)!;
    const firstRow = Number(m[2]);
    areas.push({
      firstRow,
      firstColumn,
      lastRow: m[4] === undefined ? firstRow : Number(m[4]),
      lastColumn: m[3] === undefined ? firstColumn : columnNumber(m[3])!,
    });
  }
  return areas;
}

/**
 * Reads the roster sheet (the active one unless named): values and number formats of the used range in
 * one sync when it holds up to FIRST_READ_ROWS rows, else further row chunks under CHUNK_BYTES each.
 * In the same first sync, where the host can: the merged areas (ExcelApi 1.13; older hosts mark the grid
 * so the core says once that merged cells could not be read) and the workbook's date system.
 */
export async function readRoster(
  sheetName?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<RosterRead> {
  const caps = detectRequirementSets();
  return Excel.run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    const used = caps.canValuesOnlyUsedRange ? sheet.getUsedRange(true) : sheet.getUsedRange();

    // The first window is the used range cut to sheet rows 1..N, so dimensions and data come in one sync.
    // A rejected batch loads nothing, so a retry queues the dimensions again.
    const merged = caps.canMergedAreas ? used.getMergedAreasOrNullObject() : null;
    const y2k = caps.canWorksheetFunctions ? context.workbook.functions.date(2000, 1, 1) : null;
    const firstWindow = async (rows: number) => {
      sheet.load("name");
      used.load("address, rowCount, columnCount");
      merged?.load("address");
      y2k?.load("value");
      const first = used.getIntersection(sheet.getRange(`1:${rows}`));
      first.load("values, numberFormat, rowCount");
      syncs++;
      await context.sync();
      return first;
    };
    let first: Excel.Range;
    try {
      first = await firstWindow(FIRST_READ_ROWS);
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      first = await firstWindow(FALLBACK_FIRST_ROWS);
    }

    const top = topLeftOf(used.address);
    const total = used.rowCount;
    const values: CellValue[][] = first.values as CellValue[][];
    const numberFormats: string[][] = first.numberFormat as string[][];
    onProgress?.(values.length, total);

    if (values.length < total) {
      const rowBytes = Math.max(1, payloadBytes(values, numberFormats) / Math.max(1, values.length));
      const chunkRows = Math.max(1, Math.floor(CHUNK_BYTES / rowBytes));
      while (values.length < total) {
        const rows = Math.min(chunkRows, total - values.length);
        const chunk = sheet.getRange(
          rectAddress(top.row + values.length, top.column, rows, used.columnCount),
        );
        chunk.load("values, numberFormat");
        syncs++;
        await context.sync();
        for (const row of chunk.values) values.push(row as CellValue[]);
        for (const row of chunk.numberFormat) numberFormats.push(row as string[]);
        onProgress?.(values.length, total);
      }
    }

    const input: GridInput = { values, numberFormats, firstRow: top.row, firstColumn: top.column };
    if (merged === null) input.mergedUnknown = true;
    else if (!merged.isNullObject) input.merged = parseMergedAreas(merged.address);
    if (y2k !== null && y2k.value === Y2K_SERIAL_1900 - 1462) input.date1904 = true;
    return { sheet: sheet.name, input, syncs };
  });
}
