/**
 * Target against actual for one unit in one academic year, by DOMAIN's "figures that agree wherever they
 * are shown": computed once here, so every surface (pane, sheets, CLI, CSV) shows the same numbers.
 */
import { PLAN_STAGE_TARGETS, stageTargetsFor } from "../plan/targets.ts";
import {
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type BandVerdict,
  type CategoryCounts,
  type StageCategoryKey,
  type StageComparison,
  type StageLine,
  type StageTargets,
} from "../types.ts";

/**
 * Whose figures a comparison is: the region's own totals, or a unit below it (district, organisation,
 * group). Below the region a target asking less than half a teacher is not asked (a regional target).
 */
export type StageScope = "region" | "unit";

/** part / whole, or 0 when whole is 0 (never NaN). */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Rounds away float noise (0.08 × 2500 = 200.00000000000003) before a ceil or a comparison. */
export function denoise(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * True when a target asks less than half a teacher of a unit below the region (t × n < 0.5): the master
 * targets everywhere below the region, 2% of an 8-teacher kindergarten. Such a target is the region's to
 * meet, not the unit's. The region itself is always asked (0.01% of 3,677 = 0.37 → 1 master).
 */
export function isRegionalTarget(target: number, teachers: number, scope: StageScope): boolean {
  return scope === "unit" && target > 0 && denoise(target * teachers) < 0.5;
}

/** Teachers still needed for one category: max(0, ceil(t × n − awarded)), 0 for a regional target. */
export function teachersStillNeeded(
  target: number,
  awarded: number,
  teachers: number,
  scope: StageScope,
): number {
  if (isRegionalTarget(target, teachers, scope)) return 0;
  return Math.max(0, Math.ceil(denoise(target * teachers - awarded)));
}

function categoryLine(target: number, awarded: number, teachers: number, scope: StageScope): StageLine {
  const actual = shareOf(awarded, teachers);
  return {
    target,
    actual,
    awarded,
    gapPp: denoise((target - actual) * 100),
    teachersNeeded: teachersStillNeeded(target, awarded, teachers, scope),
    regionalTarget: isRegionalTarget(target, teachers, scope),
  };
}

/**
 * Where the sum of the four categories' award shares stands against the stage's band: below, within or
 * above (above is good news). Judged by the band, never by the total target that sits 0.01–0.04 above it.
 */
export function bandVerdict(actual: number, band: { min: number; max: number }): BandVerdict {
  const share = denoise(actual);
  if (share < band.min) return "below";
  return share > band.max ? "above" : "within";
}

/**
 * Target against actual for the academic year: per stage category and the "all categories" total. The
 * total's still needed is the sum of the category rows (a surplus in one category does not cover a
 * shortfall in another); its gap is the stage's total target minus the awards share; its verdict is the
 * band's. Outside the plan's years (no row in `targets`) everything but the year is null.
 */
export function stageComparison(
  year: AcademicYear,
  awardedInYear: CategoryCounts,
  teachers: number,
  targets: readonly StageTargets[] = PLAN_STAGE_TARGETS,
  scope: StageScope = "unit",
): StageComparison {
  const stage = stageTargetsFor(year, targets);
  if (stage === null) return { stage: null, year, band: null, categories: null, total: null };
  // No teacher, nothing to compare: no data (a group none of whose organisations is in the year's data),
  // never a 0% share "below the band" with the whole target as its gap.
  if (teachers === 0)
    return { stage: stage.stage, year, band: { ...stage.band }, categories: null, total: null };
  const categories = {} as Record<StageCategoryKey, StageLine>;
  let target = 0;
  let awarded = 0;
  let needed = 0;
  for (const k of STAGE_CATEGORY_KEYS) {
    const line = categoryLine(stage.targets[k], awardedInYear[k], teachers, scope);
    categories[k] = line;
    target += line.target;
    awarded += line.awarded;
    needed += line.teachersNeeded;
  }
  const actual = shareOf(awarded, teachers);
  target = denoise(target);
  return {
    stage: stage.stage,
    year,
    band: { ...stage.band },
    categories,
    total: {
      target,
      actual,
      awarded,
      gapPp: denoise((target - actual) * 100),
      teachersNeeded: needed,
      regionalTarget: false,
      verdict: bandVerdict(actual, stage.band),
    },
  };
}
