import {
  academicYearOf,
  readRoster,
  summarise,
  type DistrictId,
  type FieldKey,
  type GridInput,
  type IsoDate,
  type Problem,
  type RosterLayout,
  type Severity,
  type Summary,
  type TeacherRow,
} from "@sapa/shared";

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

/** Runs the shared core over a grid read from the sheet (no Excel calls: a mapping change re-runs it at once). */
export function analyseRoster(
  input: GridInput,
  options: { asOf: IsoDate; mapping: Mapping; district: DistrictId | null },
): Analysis {
  const mapping = Object.keys(options.mapping).length ? options.mapping : undefined;
  const { layout, teachers, problems, present } = readRoster(input, { asOf: options.asOf, mapping });
  const summary = layout
    ? summarise(teachers, {
        asOf: options.asOf,
        year: academicYearOf(options.asOf),
        district: options.district ?? undefined,
        present,
      })
    : null;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return { layout, teachers, problems, present, summary, counts };
}

/** The cell a problem points at ("C5"); a row-level problem points at the row's first roster column. */
export function problemAddress(problem: Problem, layout: RosterLayout | null): string {
  const firstColumn = layout?.columns.reduce((min, c) => (c.index < min.index ? c : min), layout.columns[0]!);
  return `${problem.column ?? firstColumn?.letter ?? "A"}${problem.row}`;
}
