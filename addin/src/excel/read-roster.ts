import type { CellValue, GridInput } from "@sapa/shared";
import { rectAddress, topLeftOf } from "./address.ts";
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

/**
 * Reads the roster sheet (the active one unless named): values and number formats of the used range in
 * one sync when it holds up to FIRST_READ_ROWS rows, else further row chunks under CHUNK_BYTES each.
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
    const firstWindow = async (rows: number) => {
      sheet.load("name");
      used.load("address, rowCount, columnCount");
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

    return {
      sheet: sheet.name,
      input: { values, numberFormats, firstRow: top.row, firstColumn: top.column },
      syncs,
    };
  });
}
