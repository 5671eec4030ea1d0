import { academicYearsBetween } from "./academic-year.ts";
import type { AcademicYear, StageComparison, StageTargets } from "../types.ts";

/**
 * The plan's stage targets (2025-2028), as fractions of all teachers of a unit who obtain the category
 * during the academic year. Data, not code: the region may replace them (worker: PUT /api/targets/:year).
 */
export const PLAN_STAGE_TARGETS: readonly StageTargets[] = [
  {
    stage: 1,
    year: "2025-2026",
    band: { min: 0.1, max: 0.15 },
    targets: { moderator: 0.08, expert: 0.05, researcher: 0.02, master: 0.0001 },
  },
  {
    stage: 2,
    year: "2026-2027",
    band: { min: 0.15, max: 0.2 },
    targets: { moderator: 0.06, expert: 0.09, researcher: 0.05, master: 0.0002 },
  },
  {
    stage: 3,
    year: "2027-2028",
    band: { min: 0.2, max: 0.25 },
    targets: { moderator: 0.05, expert: 0.12, researcher: 0.08, master: 0.0004 },
  },
];

/** The plan period's first and last academic years. */
export const PLAN_FIRST_YEAR: AcademicYear = "2025-2026";
export const PLAN_LAST_YEAR: AcademicYear = "2027-2028";

/** The stage targets for an academic year from a table (the plan's by default), or null outside the plan. */
export function stageTargetsFor(
  year: AcademicYear,
  table: readonly StageTargets[] = PLAN_STAGE_TARGETS,
): StageTargets | null {
  return table.find((t) => t.year === year) ?? null;
}

/**
 * The targets a stage comparison was made with (a report's region figures carry the server's table for
 * the year), so a client's own tables of the same report compare with them: none outside the plan.
 */
export function targetsOfComparison(comparison: StageComparison): StageTargets[] {
  const { stage, band, categories } = comparison;
  if (stage === null || band === null || categories === null) return [];
  return [
    {
      stage,
      year: comparison.year,
      band,
      targets: {
        moderator: categories.moderator.target,
        expert: categories.expert.target,
        researcher: categories.researcher.target,
        master: categories.master.target,
      },
    },
  ];
}

/** A span of academic years, first and last inclusive. */
export interface YearWindow {
  from: AcademicYear;
  to: AcademicYear;
}

/** Most academic years one window may span (a guard against a typo such as 2025-2026 … 2125-2126). */
export const MAX_YEAR_WINDOW_YEARS = 30;

/**
 * What is wrong with a window the region asks for, or null: its first year after its last ("order"), or more
 * than MAX_YEAR_WINDOW_YEARS years ("span"). The API's schema refuses by it; the pane says it before sending.
 */
export function yearWindowProblem(window: YearWindow): "order" | "span" | null {
  if (window.from > window.to) return "order";
  const span = Number(window.to.slice(0, 4)) - Number(window.from.slice(0, 4)) + 1;
  return span > MAX_YEAR_WINDOW_YEARS ? "span" : null;
}

/** The plan's own years: always open to submissions, whatever window the region adds. */
export const PLAN_YEAR_WINDOW: YearWindow = { from: PLAN_FIRST_YEAR, to: PLAN_LAST_YEAR };

/** True when `year` is one of the plan's years or inside `window` (the years the region opened). */
export function isYearOpen(year: AcademicYear, window: YearWindow = PLAN_YEAR_WINDOW): boolean {
  // "YYYY-YYYY" labels compare as strings in year order
  const inside = (w: YearWindow) => year >= w.from && year <= w.to;
  return inside(PLAN_YEAR_WINDOW) || inside(window);
}

/** Every academic year open to submissions: the plan's and the window's, in order. */
export function openYears(window: YearWindow = PLAN_YEAR_WINDOW): AcademicYear[] {
  const years = new Set([
    ...academicYearsBetween(PLAN_YEAR_WINDOW.from, PLAN_YEAR_WINDOW.to),
    ...academicYearsBetween(window.from, window.to),
  ]);
  return [...years].sort();
}
