import {
  combineSheetParts,
  readWorkbookRoster,
  summarise,
  type DistrictId,
  type FieldKey,
  type IsoDate,
  type NamedGrid,
  type Problem,
  type RosterLayout,
  type Severity,
  type SheetPart,
  type Summary,
  type TeacherRow,
} from "@sapa/shared";
import type { HighlightCell } from "../excel/index.ts";

export type Mapping = Partial<Record<FieldKey, string>>;

/** A checked roster: what the shared core found on the grid, and its figures when a roster was found. */
export interface Analysis {
  layout: RosterLayout | null;
  teachers: TeacherRow[];
  problems: Problem[];
  present: FieldKey[];
  summary: Summary | null;
  counts: Record<Severity, number>;
}

/** One sheet read as (part of) the checked roster. */
export interface AnalysedSheet {
  sheet: string;
  layout: RosterLayout | null;
  teachers: number;
  /** The organisation given to the sheet's teachers (its name), when it has no organisation column. */
  organization: string | null;
}

/** A roster checked over the sheets of a workbook: the sheets it was read from, and the choice offered. */
export interface WorkbookAnalysis extends Analysis {
  /** The sheets read as the roster, in workbook order (the first one's layout is `layout`). */
  parts: AnalysedSheet[];
  /**
   * The sheets that hold one roster under the same header (one per kindergarten) when there are several:
   * the choice between all of them and one of them. Empty when one sheet holds the roster.
   */
  rosterSheets: AnalysedSheet[];
  /** The roster sheets were chosen among other sheets by their roster rows (no sheet was named). */
  chosen: boolean;
}

/**
 * Runs the shared core over the sheets read (readWorkbookRoster): the sheet named in `only`, else the sheets
 * the core picks, several read as one roster. The several sheets are kept as the choice, so picking one of
 * them (or all again) re-runs the core without reading Excel again.
 */
export function analyseWorkbook(
  sheets: readonly NamedGrid[],
  options: { asOf: IsoDate; mapping: Mapping; district: DistrictId | null; only: string | null },
): WorkbookAnalysis {
  const mapping = Object.keys(options.mapping).length ? options.mapping : undefined;
  const base = { asOf: options.asOf, ...(mapping ? { mapping } : {}) };
  const all = readWorkbookRoster(sheets, base)!;
  const rosterSheets = all.parts.length > 1 ? all.parts.map(analysedSheet) : [];
  // One of the roster sheets alone keeps its name as the organisation, as read with the others.
  const onlyPart = all.parts.find((p) => p.sheet === options.only);
  const roster =
    options.only === null
      ? all
      : onlyPart
        ? combineSheetParts([onlyPart], false)
        : (readWorkbookRoster(sheets, { ...base, sheet: options.only }) ?? all);
  const layout = roster.parts[0]?.read.layout ?? null;
  const { teachers, problems, present } = roster;
  // The figures of the report date's academic year, where a roster was found.
  const summary = layout
    ? summarise(teachers, { asOf: options.asOf, district: options.district ?? undefined, present })
    : null;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return {
    layout,
    teachers,
    problems,
    present,
    summary,
    counts,
    parts: roster.parts.map(analysedSheet),
    rosterSheets,
    chosen: roster.chosen,
  };
}

function analysedSheet(part: SheetPart): AnalysedSheet {
  return {
    sheet: part.sheet,
    layout: part.read.layout,
    teachers: part.read.teachers.length,
    organization: part.organization,
  };
}

/** The sheet a problem is on: its own sheet when the roster spans several, else the one sheet read. */
export function problemSheet(problem: Problem, analysis: WorkbookAnalysis): string | null {
  return problem.sheet ?? analysis.parts[0]?.sheet ?? null;
}

/** The layout of the sheet a problem is on (row-level problems point at that sheet's first column). */
export function problemLayout(problem: Problem, analysis: WorkbookAnalysis): RosterLayout | null {
  const sheet = problemSheet(problem, analysis);
  return analysis.parts.find((p) => p.sheet === sheet)?.layout ?? analysis.layout;
}

/** The cells to highlight on each sheet read (a sheet without problems gets none: its old ones go). */
export function problemCellsBySheet(analysis: WorkbookAnalysis): Map<string, HighlightCell[]> {
  const bySheet = new Map<string, HighlightCell[]>(analysis.parts.map((p) => [p.sheet, []]));
  for (const p of analysis.problems) {
    const sheet = problemSheet(p, analysis);
    if (p.column === null || sheet === null) continue;
    bySheet.get(sheet)?.push({ address: `${p.column}${p.row}`, severity: p.severity });
  }
  return bySheet;
}

/** The cell a problem points at ("C5"); a row-level problem points at the row's first roster column. */
export function problemAddress(problem: Problem, layout: RosterLayout | null): string {
  const firstColumn = layout?.columns.reduce((min, c) => (c.index < min.index ? c : min), layout.columns[0]!);
  return `${problem.column ?? firstColumn?.letter ?? "A"}${problem.row}`;
}
