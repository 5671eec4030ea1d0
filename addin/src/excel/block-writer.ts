import { CHUNK_BYTES, isPayloadTooLarge, payloadBytes } from "./payload.ts";
import { rectAddress } from "./address.ts";

/** Rows per chunk below which a refused write is a real fault, not a size problem. */
const MIN_CHUNK_ROWS = 50;

/**
 * Writes a matrix (values and number formats) at a 1-based top-left cell as whole blocks: one block when
 * it is small (the caller's final sync carries it), else row chunks each estimated under CHUNK_BYTES with
 * a sync after each. A chunk Excel refuses for its size (by code, or GeneralException on older builds) is
 * written again in halves. `onProgress` hears the rows written after each chunk's sync. Returns the syncs it made.
 */
export async function writeBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  at: { row: number; column: number },
  values: unknown[][],
  formats: string[][],
  onProgress?: (rowsWritten: number, rows: number) => void,
): Promise<number> {
  if (values.length === 0) return 0;
  const columns = values[0]!.length;
  const sampleRows = Math.min(values.length, 200);
  const rowBytes = Math.max(
    1,
    payloadBytes(values.slice(0, sampleRows), formats.slice(0, sampleRows)) / sampleRows,
  );
  let chunkRows = Math.max(1, Math.floor(CHUNK_BYTES / (rowBytes * 1.5)));
  const queue = (start: number, rows: number) => {
    const range = ws.getRange(rectAddress(at.row + start, at.column, rows, columns));
    // Formats first, so a date serial or a share is shown right from the moment it lands.
    range.numberFormat = formats.slice(start, start + rows);
    range.values = values.slice(start, start + rows) as (string | number | boolean)[][];
  };
  if (values.length <= chunkRows) {
    queue(0, values.length);
    return 0;
  }
  // The caller's queued work (a new sheet, a clear) goes first on its own: a refused chunk drops its batch.
  await context.sync();
  let syncs = 1;
  for (let start = 0; start < values.length;) {
    const rows = Math.min(chunkRows, values.length - start);
    queue(start, rows);
    try {
      syncs++;
      await context.sync();
    } catch (error) {
      // A refused batch applies nothing: the same rows go again, in smaller chunks.
      if (!isPayloadTooLarge(error) || rows <= MIN_CHUNK_ROWS) throw error;
      chunkRows = Math.max(MIN_CHUNK_ROWS, Math.floor(rows / 2));
      continue;
    }
    start += rows;
    onProgress?.(start, values.length);
  }
  return syncs;
}
