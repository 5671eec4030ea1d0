import { CHUNK_BYTES, payloadBytes } from "./payload.ts";
import { rectAddress } from "./address.ts";

/**
 * Writes a matrix (values and number formats) at a 1-based top-left cell as whole blocks: one block when
 * it is small, else row chunks each estimated under CHUNK_BYTES with a sync after each.
 * Returns the syncs it made (the caller's final sync carries the last chunk).
 */
export async function writeBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  at: { row: number; column: number },
  values: unknown[][],
  formats: string[][],
): Promise<number> {
  if (values.length === 0) return 0;
  const columns = values[0]!.length;
  const sampleRows = Math.min(values.length, 200);
  const rowBytes = Math.max(
    1,
    payloadBytes(values.slice(0, sampleRows), formats.slice(0, sampleRows)) / sampleRows,
  );
  const chunkRows = Math.max(1, Math.floor(CHUNK_BYTES / (rowBytes * 1.5)));
  let syncs = 0;
  for (let start = 0; start < values.length; start += chunkRows) {
    if (start > 0) {
      await context.sync();
      syncs++;
    }
    const rows = Math.min(chunkRows, values.length - start);
    const range = ws.getRange(rectAddress(at.row + start, at.column, rows, columns));
    // Formats first, so a date serial or a share is shown right from the moment it lands.
    range.numberFormat = formats.slice(start, start + rows);
    range.values = values.slice(start, start + rows) as (string | number | boolean)[][];
  }
  return syncs;
}
