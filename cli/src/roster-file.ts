import {
  detectRoster,
  readRoster,
  summarise,
  type AcademicYear,
  type ColumnMapping,
  type DistrictId,
  type FieldKey,
  type IsoDate,
  type Problem,
  type RosterLayout,
  type Summary,
  type TeacherRow,
} from "@sapa/shared";
import { usageError } from "./errors.ts";
import { readWorkbookFile, type SheetGrid } from "./xlsx-read.ts";

export interface RosterFileOptions {
  sheet?: string | undefined;
  asOf: IsoDate;
  year: AcademicYear;
  mapping?: Partial<Record<FieldKey, string>> | undefined;
  district?: DistrictId | undefined;
}

/** A roster file read, validated and measured by the shared core. */
export interface CheckedRoster {
  file: string;
  sheet: string;
  headerRow: number | null;
  columns: ColumnMapping[];
  /** The roster's layout on the sheet; null when no header row was recognised. */
  layout: RosterLayout | null;
  problems: Problem[];
  teachers: TeacherRow[];
  present: FieldKey[];
  summary: Summary;
}

/**
 * The sheet to read: the one named by --sheet (exact name first, then ignoring case), else the first
 * sheet holding a recognisable roster, else the first sheet with any content (whose problems then say
 * which headers are missing).
 */
export function pickSheet(
  sheets: readonly SheetGrid[],
  wanted: string | undefined,
  mapping: Partial<Record<FieldKey, string>> | undefined,
): SheetGrid {
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLocaleLowerCase() === wanted.trim().toLocaleLowerCase());
    if (!found)
      throw usageError("unknown-sheet", {
        sheet: wanted,
        sheets: sheets.map((s) => `«${s.name}»`).join(", "),
      });
    return found;
  }
  const opts = mapping ? { mapping } : {};
  return (
    sheets.find((s) => s.grid.values.length > 0 && detectRoster(s.grid, opts).layout !== null) ??
    sheets.find((s) => s.grid.values.length > 0) ??
    sheets[0]!
  );
}

/** Reads an .xlsx roster and runs the shared core on it: layout, problems and the Summary. */
export async function checkRosterFile(file: string, options: RosterFileOptions): Promise<CheckedRoster> {
  const sheets = await readWorkbookFile(file);
  const chosen = pickSheet(sheets, options.sheet, options.mapping);
  const read = readRoster(chosen.grid, {
    asOf: options.asOf,
    ...(options.mapping ? { mapping: options.mapping } : {}),
  });
  const summary = summarise(read.teachers, {
    asOf: options.asOf,
    year: options.year,
    present: read.present,
    ...(options.district ? { district: options.district } : {}),
  });
  return {
    file,
    sheet: chosen.name,
    headerRow: read.layout?.headerRow ?? null,
    columns: read.layout?.columns ?? [],
    layout: read.layout,
    problems: read.problems,
    teachers: read.teachers,
    present: read.present,
    summary,
  };
}
