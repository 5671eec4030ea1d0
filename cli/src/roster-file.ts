import {
  readRoster,
  summarise,
  type AcademicYear,
  type ColumnMapping,
  type RosterRead,
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
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  /** True when the sheet was chosen among others by its roster rows rather than named by --sheet. */
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

/** The sheet named by --sheet: exact name first, then ignoring case and surrounding spaces. */
export function findSheet(sheets: readonly SheetGrid[], wanted: string): SheetGrid {
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

interface Candidate {
  sheet: SheetGrid;
  read: RosterRead;
  /** The fields its header names, sorted: sheets with the same kind of header hold parts of one roster. */
  kind: string;
}

function readSheet(sheet: SheetGrid, options: RosterFileOptions, organization?: string): RosterRead {
  return readRoster(sheet.grid, {
    asOf: options.asOf,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(organization ? { organization } : {}),
  });
}

/**
 * The sheets to read: the one named by --sheet; else the sheet holding the most roster rows under a
 * recognised header, together with every other sheet whose header names the same fields (one sheet per
 * kindergarten). Without any roster sheet, the first sheet with content (its problems say which headers
 * are missing). A sheet without an organisation column, read with others, takes its name as the
 * organisation.
 */
export function pickSheets(sheets: readonly SheetGrid[], options: RosterFileOptions): Candidate[] {
  if (options.sheet !== undefined) {
    const sheet = findSheet(sheets, options.sheet);
    return [{ sheet, read: readSheet(sheet, options), kind: "" }];
  }
  const candidates: Candidate[] = [];
  for (const sheet of sheets) {
    if (sheet.grid.values.length === 0) continue;
    const read = readSheet(sheet, options);
    if (read.layout === null) continue;
    const kind = read.layout.columns
      .map((c) => c.field)
      .sort()
      .join(",");
    candidates.push({ sheet, read, kind });
  }
  let best: Candidate | undefined;
  for (const c of candidates)
    if (best === undefined || c.read.teachers.length > best.read.teachers.length) best = c;
  if (best === undefined) {
    const sheet = sheets.find((s) => s.grid.values.length > 0) ?? sheets[0]!;
    return [{ sheet, read: readSheet(sheet, options), kind: "" }];
  }
  const parts = candidates.filter((c) => c === best || (c.kind === best.kind && c.read.teachers.length > 0));
  if (parts.length === 1) return parts;
  return parts.map((c) =>
    c.read.layout!.columns.some((col) => col.field === "organization") ||
    c.read.present.includes("organization")
      ? c
      : { ...c, read: readSheet(c.sheet, options, c.sheet.name.trim()) },
  );
}

/** Reads an .xlsx (or CSV) roster and runs the shared core on it: layout, problems and the Summary. */
export async function checkRosterFile(file: string, options: RosterFileOptions): Promise<CheckedRoster> {
  const workbook = await readWorkbookFile(file);
  const parts = pickSheets(workbook, options);
  const several = parts.length > 1;
  const teachers = parts.flatMap((p) => p.read.teachers);
  const problems = parts.flatMap((p) =>
    several ? p.read.problems.map((problem) => ({ ...problem, sheet: p.sheet.name })) : p.read.problems,
  );
  const present = [...new Set(parts.flatMap((p) => p.read.present))];
  const summary = summarise(teachers, {
    asOf: options.asOf,
    year: options.year,
    present,
    ...(options.district ? { district: options.district } : {}),
  });
  const first = parts[0]!;
  return {
    file,
    sheet: parts.map((p) => p.sheet.name).join(", "),
    sheets: parts.map((p) => ({
      sheet: p.sheet.name,
      headerRow: p.read.layout?.headerRow ?? null,
      columns: p.read.layout?.columns ?? [],
      teachers: p.read.teachers,
    })),
    sheetNames: workbook.map((s) => s.name),
    chosen: options.sheet === undefined && first.read.layout !== null,
    headerRow: first.read.layout?.headerRow ?? null,
    columns: first.read.layout?.columns ?? [],
    layout: first.read.layout,
    problems,
    teachers,
    present,
    summary,
  };
}
