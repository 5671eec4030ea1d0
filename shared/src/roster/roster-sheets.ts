import { problem } from "../i18n/problems.ts";
import { readRoster, type ReadOptions, type RosterRead } from "./roster.ts";
import type { FieldKey, GridInput, Problem, TeacherRow } from "../types.ts";

/** One worksheet of a workbook as the core reads it. */
export interface NamedGrid {
  name: string;
  grid: GridInput;
}

/** A sheet read as (part of) the roster. */
export interface SheetPart {
  sheet: string;
  read: RosterRead;
  /** The organisation given to every teacher (the sheet's name), when the sheet has no organisation column. */
  organization: string | null;
}

/** The roster read from one or several sheets of a workbook. */
export interface WorkbookRoster {
  parts: SheetPart[];
  /** True when the sheets were chosen among others by their roster rows (no sheet was named). */
  chosen: boolean;
  teachers: TeacherRow[];
  /** Every problem; read from several sheets, each carries its sheet. */
  problems: Problem[];
  present: FieldKey[];
}

export type WorkbookReadOptions = Omit<ReadOptions, "organization">;

/** The sheet named by the user: exact name first, then ignoring case and surrounding spaces. */
export function findNamedSheet<T extends { name: string }>(sheets: readonly T[], wanted: string): T | null {
  const folded = wanted.trim().toLocaleLowerCase();
  return (
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.trim().toLocaleLowerCase() === folded) ??
    null
  );
}

function headerKind(read: RosterRead): string {
  return (read.layout?.columns ?? [])
    .map((c) => c.field)
    .sort()
    .join(",");
}

function hasOrganizationColumn(read: RosterRead): boolean {
  return (
    (read.layout?.columns ?? []).some((c) => c.field === "organization") ||
    read.present.includes("organization")
  );
}

/**
 * The sheets that hold the roster: the sheet with the most roster rows under a recognised header,
 * together with every other sheet whose header names the same fields (one sheet per kindergarten). Read
 * with others, a sheet without an organisation column takes its name as the organisation. Without any
 * roster sheet: the first sheet with content (its problems say which headers are missing).
 */
export function pickRosterSheets(sheets: readonly NamedGrid[], options: WorkbookReadOptions): SheetPart[] {
  const candidates: { sheet: NamedGrid; read: RosterRead; kind: string }[] = [];
  for (const sheet of sheets) {
    if (sheet.grid.values.length === 0) continue;
    const read = readRoster(sheet.grid, options);
    if (read.layout === null) continue;
    candidates.push({ sheet, read, kind: headerKind(read) });
  }
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates)
    if (best === undefined || c.read.teachers.length > best.read.teachers.length) best = c;
  if (best === undefined) {
    const sheet = sheets.find((s) => s.grid.values.length > 0) ?? sheets[0];
    if (sheet === undefined) return [];
    return [{ sheet: sheet.name, read: readRoster(sheet.grid, options), organization: null }];
  }
  const kind = best.kind;
  const parts = candidates.filter((c) => c === best || (c.kind === kind && c.read.teachers.length > 0));
  if (parts.length === 1) return [{ sheet: best.sheet.name, read: best.read, organization: null }];
  return parts.map((c) => {
    if (hasOrganizationColumn(c.read)) return { sheet: c.sheet.name, read: c.read, organization: null };
    const organization = c.sheet.name.trim();
    return {
      sheet: c.sheet.name,
      read: readRoster(c.sheet.grid, { ...options, organization }),
      organization,
    };
  });
}

/**
 * One roster out of the parts: teachers in sheet order, problems tagged with their sheet when several. Each
 * sheet's read finds the ИИН repeated within it; across sheets (one teacher listed by two kindergartens)
 * the repeat is found here, on the later sheet, naming the sheet and row it first appears on.
 */
export function combineSheetParts(parts: readonly SheetPart[], chosen: boolean): WorkbookRoster {
  const several = parts.length > 1;
  return {
    parts: [...parts],
    chosen,
    teachers: parts.flatMap((p) => p.read.teachers),
    problems: parts.flatMap((p) => [
      ...(several ? p.read.problems.map((problem) => ({ ...problem, sheet: p.sheet })) : p.read.problems),
      ...(several ? repeatedOnOtherSheets(parts, p) : []),
    ]),
    present: [...new Set(parts.flatMap((p) => p.read.present))],
  };
}

/** The rows of `part` whose ИИН an earlier sheet of `parts` already lists (its first such row). */
function repeatedOnOtherSheets(parts: readonly SheetPart[], part: SheetPart): Problem[] {
  const first = new Map<string, { sheet: string; row: number }>();
  for (const earlier of parts) {
    if (earlier === part) break;
    for (const t of earlier.read.teachers)
      if (t.iin && !first.has(t.iin)) first.set(t.iin, { sheet: earlier.sheet, row: t.row });
  }
  if (first.size === 0) return [];
  const column = part.read.layout?.columns.find((c) => c.field === "iin")?.letter ?? null;
  return part.read.teachers.flatMap((t) => {
    const seen = t.iin ? first.get(t.iin) : undefined;
    if (seen === undefined) return [];
    const at = { row: t.row, column, field: "iin" as const, value: t.iin };
    return [
      {
        ...problem("iin-duplicate-sheet", at, { first: seen.row, firstSheet: seen.sheet }),
        sheet: part.sheet,
      },
    ];
  });
}

/**
 * The roster of a workbook: the named sheet alone when one is named (null when no sheet has that
 * name), else the sheets pickRosterSheets chooses, combined.
 */
export function readWorkbookRoster(
  sheets: readonly NamedGrid[],
  options: WorkbookReadOptions & { sheet?: string | undefined },
): WorkbookRoster | null {
  const { sheet: wanted, ...readOptions } = options;
  if (wanted !== undefined) {
    const sheet = findNamedSheet(sheets, wanted);
    if (sheet === null) return null;
    const part = { sheet: sheet.name, read: readRoster(sheet.grid, readOptions), organization: null };
    return combineSheetParts([part], false);
  }
  const parts = pickRosterSheets(sheets, readOptions);
  return combineSheetParts(parts, parts[0]?.read.layout != null);
}
