import {
  checkRosterBytes,
  findSheet as findReadSheet,
  type CheckedRoster,
  type RosterFileOptions,
  type SheetGrid,
} from "@sapa/client/files";
import { fileReadToCliError, readFileBytes } from "./xlsx-read.ts";

export type { CheckedRoster, RosterFileOptions, SheetRead } from "@sapa/client/files";

/** The sheet named by --sheet: exact name first, then ignoring case and surrounding spaces (exit 2 if none). */
export function findSheet(sheets: readonly SheetGrid[], wanted: string): SheetGrid {
  try {
    return findReadSheet(sheets, wanted);
  } catch (error) {
    throw fileReadToCliError(error);
  }
}

/** Reads an .xlsx (or CSV) roster file and runs the shared core on it: layout, problems and the Summary. */
export async function checkRosterFile(file: string, options: RosterFileOptions): Promise<CheckedRoster> {
  const bytes = await readFileBytes(file);
  try {
    return await checkRosterBytes(bytes, file, options);
  } catch (error) {
    throw fileReadToCliError(error);
  }
}
