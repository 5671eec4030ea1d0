import {
  findNamedSheet,
  readWorkbookRoster,
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
import { FileReadError } from "./read-errors.ts";
import { readWorkbook, type SheetGrid } from "./read-workbook.ts";

export interface RosterFileOptions {
  sheet?: string | undefined;
  asOf: IsoDate;
  year: AcademicYear;
  mapping?: Partial<Record<FieldKey, string>> | undefined;
  district?: DistrictId | undefined;
}

/** One sheet read as (part of) the roster. */
export interface SheetRead {
  sheet: string;
  headerRow: number | null;
  columns: ColumnMapping[];
  teachers: TeacherRow[];
}

/** A roster file read, validated and measured by the shared core. */
export interface CheckedRoster {
  file: string;
  /** The sheet read, or the sheets' names joined with ", " when the roster spans several. */
  sheet: string;
  /** Every sheet read, in workbook order (one unless the workbook holds one roster sheet per organisation). */
  sheets: SheetRead[];
  /** The sheets the roster was looked for in, in workbook order: the visible ones, unless a sheet is named. */
  sheetNames: string[];
  /** True when the sheet was chosen among others by its roster rows rather than named (the CLI's --sheet). */
  chosen: boolean;
  headerRow: number | null;
  columns: ColumnMapping[];
  /** The first sheet's layout (what prepareSubmission checks); null when no header row was recognised. */
  layout: RosterLayout | null;
  /** Every problem; read from several sheets, each carries its sheet. */
  problems: Problem[];
  teachers: TeacherRow[];
  present: FieldKey[];
  summary: Summary;
}

/** The sheet the user named: exact name first, then ignoring case and surrounding spaces. */
export function findSheet(sheets: readonly SheetGrid[], wanted: string): SheetGrid {
  const found = findNamedSheet(sheets, wanted);
  if (!found)
    throw new FileReadError("unknown-sheet", {
      sheet: wanted,
      sheets: sheets.map((s) => `«${s.name}»`).join(", "),
    });
  return found;
}

/**
 * Reads an .xlsx (or CSV) roster from its bytes and runs the shared core on it: layout, problems and the
 * Summary. `file` names it (the CLI's path, the browser's file name); a file that cannot be read, or a
 * named sheet it does not hold, is a FileReadError.
 */
export async function checkRosterBytes(
  bytes: Uint8Array,
  file: string,
  options: RosterFileOptions,
): Promise<CheckedRoster> {
  const workbook = await readWorkbook(bytes, file);
  if (options.sheet !== undefined) findSheet(workbook, options.sheet);
  const figures = { year: options.year, ...(options.district ? { district: options.district } : {}) };
  // As the pane reads a workbook: its visible sheets (a hidden one, last year's copy or a list sheet, is
  // read only when named).
  const visible = workbook.filter((s) => !s.hidden);
  const looked = options.sheet === undefined && visible.length > 0 ? visible : workbook;
  const roster = readWorkbookRoster(looked, {
    asOf: options.asOf,
    // One sheet's figures are counted as its rows are read; a roster over several sheets is summarised whole.
    figures,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  })!;
  const { parts, teachers, problems, present } = roster;
  if (parts.length === 0) throw new FileReadError("empty-workbook", { file });
  const first = parts[0]!;
  const summary =
    (parts.length === 1 ? first.read.summary : null) ??
    summarise(teachers, { asOf: options.asOf, present, ...figures });
  return {
    file,
    sheet: parts.map((p) => p.sheet).join(", "),
    sheets: parts.map((p) => ({
      sheet: p.sheet,
      headerRow: p.read.layout?.headerRow ?? null,
      columns: p.read.layout?.columns ?? [],
      teachers: p.read.teachers,
    })),
    sheetNames: looked.map((s) => s.name),
    chosen: roster.chosen,
    headerRow: first.read.layout?.headerRow ?? null,
    columns: first.read.layout?.columns ?? [],
    layout: first.read.layout,
    problems,
    teachers,
    present,
    summary,
  };
}
