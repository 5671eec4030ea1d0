import type { NamedGrid } from "@sapa/shared";
import { readRoster } from "./read-roster.ts";

export interface RosterSheetsRead {
  /** Every sheet read, in the order asked, as the shared core's readWorkbookRoster takes them. */
  sheets: NamedGrid[];
  /** Round trips to Excel the reads took (each sheet: one, or its bounded chunks). */
  syncs: number;
}

/**
 * Reads several sheets (one roster sheet per kindergarten) one after another, each with readRoster's
 * bounded syncs; progress counts the rows read over all sheets read so far. Which sheets make the roster
 * is decided by the shared core (readWorkbookRoster), not here.
 */
export async function readRosterSheets(
  names: readonly string[],
  onProgress?: (done: number, total: number, sheet: string) => void,
): Promise<RosterSheetsRead> {
  const sheets: NamedGrid[] = [];
  let syncs = 0;
  let before = 0;
  let totalBefore = 0;
  for (const name of names) {
    let rows = 0;
    const read = await readRoster(name, (done, total) => {
      rows = total;
      onProgress?.(before + done, totalBefore + total, name);
    });
    before += read.input.values.length;
    totalBefore += rows;
    syncs += read.syncs;
    sheets.push({ name: read.sheet, grid: read.input });
  }
  return { sheets, syncs };
}
