/**
 * Candidates for a category (the plan's items 12 and 22): for an academic year and each stage category, how
 * many awards the stage target needs and which teachers could receive them.
 */
import { academicYearBounds, inAcademicYear } from "../plan/academic-year.ts";
import { categoryExpiry } from "../roster/categories.ts";
import { addYears } from "../roster/dates.ts";
import { emptyCategoryCounts, organizationId } from "./accumulator.ts";
import { stageComparison, type StageScope } from "./stage.ts";
import { PLAN_STAGE_TARGETS } from "../plan/targets.ts";
import {
  DISTRICT_IDS,
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type CategoryCounts,
  type CategoryKey,
  type DistrictId,
  type IsoDate,
  type StageCategoryKey,
  type StageTargets,
  type TeacherRow,
} from "../types.ts";

/** The region's default minimum of years since the last award before the next attestation. */
export const DEFAULT_MIN_YEARS_SINCE_AWARD = 2;
/** Largest minimum the setting accepts (a category lasts five years). */
export const MAX_MIN_YEARS_SINCE_AWARD = 5;

/** The category each stage category is reached from: pedagog → moderator → expert → researcher → master. */
export const PREVIOUS_CATEGORY: Readonly<Record<StageCategoryKey, CategoryKey>> = {
  moderator: "pedagog",
  expert: "moderator",
  researcher: "expert",
  master: "researcher",
};

/**
 * What the rule reads of a teacher (a TeacherRow has it; the district is null inside one district's roster).
 * Pedagogical experience decides a "педагог" without an award date (absent: unknown).
 */
export type CandidateTeacher = Pick<
  TeacherRow,
  "fullName" | "organization" | "organizationKey" | "category" | "categoryDate" | "categoryDateYearOnly"
> & { district?: DistrictId | null; experienceYears?: number | null };

/** `next`: holds the category just below; `renewal`: holds the category itself and its five years run out. */
export type CandidateReason = "next" | "renewal";

/** One teacher who could receive (or confirm) a stage category in the year. */
export interface Candidate {
  district: DistrictId | null;
  organization: string;
  fullName: string;
  /** The category the teacher holds now. */
  holds: CategoryKey;
  categoryDate: IsoDate;
  categoryDateYearOnly: boolean;
  /** The stage category the teacher is a candidate for. */
  for: StageCategoryKey;
  reason: CandidateReason;
}

/** Needed awards against candidates for one stage category of one unit. */
export interface CandidateLine {
  /** The stage's teachers still needed for the category; null when the year has no stage targets. */
  needed: number | null;
  candidates: number;
  /**
   * Teachers the rule cannot decide, not counted in `candidates`: holders of the category below without an
   * award date (a "педагог" only when the experience is not given either), and bare-year award dates whose
   * year straddles the rule's limit.
   */
  uncertain: number;
  /** needed − candidates when positive, else 0; null without stage targets. */
  shortfall: number | null;
  /** The target asks less than half a teacher of this unit: the region's to meet (needed 0). */
  regionalTarget: boolean;
}

export interface CandidateUnit {
  teachers: number;
  categories: Record<StageCategoryKey, CandidateLine>;
}

export interface CandidateOrganization extends CandidateUnit {
  district: DistrictId | null;
  key: string;
  name: string;
}

export interface CandidatesReport {
  year: AcademicYear;
  stage: 1 | 2 | 3 | null;
  /** The setting the list was built with (shown with the list). */
  minYearsSinceAward: number;
  /** Whose teachers `total` counts: the region's (on its own totals) or one unit's. */
  scope: StageScope;
  /** All teachers given (a district, or the region). */
  total: CandidateUnit;
  /** Per district in region order (only districts that have teachers; empty for a roster without districts). */
  byDistrict: (CandidateUnit & { district: DistrictId })[];
  /** Per organisation, in region order of districts, then by name. */
  byOrganization: CandidateOrganization[];
  /** The candidates by name, in the order of `byOrganization`, then category, then name. */
  candidates: Candidate[];
}

export interface CandidatesOptions {
  year: AcademicYear;
  /** Whole years since the last award (0..5); DEFAULT_MIN_YEARS_SINCE_AWARD when absent. */
  minYearsSinceAward?: number;
  targets?: readonly StageTargets[];
  /**
   * Whose teachers `total` counts: "region" when they are the whole region (its needs always ceil),
   * "unit" (default) for one district's. Districts and organisations are always units.
   */
  scope?: StageScope;
}

type Verdict = "yes" | "no" | "maybe";

/**
 * Whether a teacher is a candidate for `category` in the year. A bare-year award date lies somewhere in
 * that calendar year: the rule is decided only when both ends of the year agree, "maybe" otherwise.
 */
function verdict(
  t: CandidateTeacher,
  category: StageCategoryKey,
  year: AcademicYear,
  minYears: number,
): { verdict: Verdict; reason: CandidateReason } {
  const { end } = academicYearBounds(year);
  if (t.category === PREVIOUS_CATEGORY[category]) {
    if (t.categoryDate === null) {
      // A "педагог" rarely has an award date: the first category above it follows pedagogical experience.
      const experience = category === "moderator" ? (t.experienceYears ?? null) : null;
      if (experience === null) return { verdict: "maybe", reason: "next" };
      return { verdict: experience >= minYears ? "yes" : "no", reason: "next" };
    }
    // Eligible during the year when the minimum is reached by its last day.
    const reached = (award: IsoDate) => addYears(award, minYears) <= end;
    return { verdict: decide(t, reached), reason: "next" };
  }
  if (t.category === category && t.categoryDate !== null) {
    const falling = (award: IsoDate) => inAcademicYear(categoryExpiry(award), year);
    // Five years since the award is above any minimum the setting allows.
    return { verdict: decide(t, falling), reason: "renewal" };
  }
  return { verdict: "no", reason: "next" };
}

function decide(t: CandidateTeacher, test: (award: IsoDate) => boolean): Verdict {
  const date = t.categoryDate!;
  if (!t.categoryDateYearOnly) return test(date) ? "yes" : "no";
  const y = date.slice(0, 4);
  const first = test(`${y}-01-01`);
  return first === test(`${y}-12-31`) ? (first ? "yes" : "no") : "maybe";
}

interface Tally {
  teachers: number;
  awardedInYear: CategoryCounts;
  candidates: Record<StageCategoryKey, number>;
  uncertain: Record<StageCategoryKey, number>;
}

const zeroByStage = (): Record<StageCategoryKey, number> => ({
  moderator: 0,
  expert: 0,
  researcher: 0,
  master: 0,
});
const emptyTally = (): Tally => ({
  teachers: 0,
  awardedInYear: emptyCategoryCounts(),
  candidates: zeroByStage(),
  uncertain: zeroByStage(),
});

function unitOf(
  t: Tally,
  year: AcademicYear,
  targets: readonly StageTargets[],
  scope: StageScope = "unit",
): CandidateUnit {
  const stage = stageComparison(year, t.awardedInYear, t.teachers, targets, scope).categories;
  const categories = {} as Record<StageCategoryKey, CandidateLine>;
  for (const k of STAGE_CATEGORY_KEYS) {
    const needed = stage === null ? null : stage[k].teachersNeeded;
    categories[k] = {
      needed,
      candidates: t.candidates[k],
      uncertain: t.uncertain[k],
      shortfall: needed === null ? null : Math.max(0, needed - t.candidates[k]),
      regionalTarget: stage === null ? false : stage[k].regionalTarget,
    };
  }
  return { teachers: t.teachers, categories };
}

const districtRank = (d: DistrictId | null) => (d === null ? -1 : DISTRICT_IDS.indexOf(d));
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The candidates rule. For each stage category: needed = the stage's teachers still needed (as in the
 * summary's stage comparison, on each unit's own totals: 0 for a target asking less than half a teacher of a
 * unit below the region); candidates = teachers holding the category just below whose award is at least
 * `minYearsSinceAward` whole years old by the year's last day (31 August), or — a "педагог" without an award
 * date — whose pedagogical experience reaches that minimum, plus holders of the category itself whose five years run out during the year; shortfall = needed −
 * candidates when positive. Per organisation, per district and in total. A teacher may be a candidate for
 * two categories (a moderator falling due: renewal of moderator, or expert). Legacy categories are never
 * folded into new ones, so their holders are nobody's candidates.
 */
export function candidatesFor(
  teachers: readonly CandidateTeacher[],
  opts: CandidatesOptions,
): CandidatesReport {
  const minYears = opts.minYearsSinceAward ?? DEFAULT_MIN_YEARS_SINCE_AWARD;
  if (!Number.isInteger(minYears) || minYears < 0 || minYears > MAX_MIN_YEARS_SINCE_AWARD)
    throw new RangeError(`minYearsSinceAward must be a whole number 0..${MAX_MIN_YEARS_SINCE_AWARD}`);
  const { year } = opts;
  const targets = opts.targets ?? PLAN_STAGE_TARGETS;
  const { start, end } = academicYearBounds(year);

  const total = emptyTally();
  const districts = new Map<DistrictId, Tally>();
  const organizations = new Map<
    string,
    { district: DistrictId | null; key: string; name: string; tally: Tally }
  >();
  const candidates: (Candidate & { organizationKey: string })[] = [];

  for (const t of teachers) {
    const district = t.district ?? null;
    const id = organizationId(district, t.organizationKey);
    let org = organizations.get(id);
    if (org === undefined) {
      org = { district, key: t.organizationKey, name: t.organization, tally: emptyTally() };
      organizations.set(id, org);
    } else if (t.organization < org.name) org.name = t.organization;
    const tallies = [total, org.tally];
    if (district !== null) {
      let d = districts.get(district);
      if (d === undefined) districts.set(district, (d = emptyTally()));
      tallies.push(d);
    }

    // Awarded in the year exactly as the summary counts it (bare years are not guessed into the year).
    const awarded =
      t.category !== null &&
      t.categoryDate !== null &&
      !t.categoryDateYearOnly &&
      t.categoryDate >= start &&
      t.categoryDate <= end;
    for (const tally of tallies) {
      tally.teachers++;
      if (awarded) tally.awardedInYear[t.category!]++;
    }

    for (const k of STAGE_CATEGORY_KEYS) {
      const v = verdict(t, k, year, minYears);
      if (v.verdict === "no") continue;
      for (const tally of tallies) (v.verdict === "yes" ? tally.candidates : tally.uncertain)[k]++;
      if (v.verdict === "yes") {
        candidates.push({
          district,
          organization: t.organization,
          organizationKey: t.organizationKey,
          fullName: t.fullName,
          holds: t.category!,
          categoryDate: t.categoryDate!,
          categoryDateYearOnly: t.categoryDateYearOnly,
          for: k,
          reason: v.reason,
        });
      }
    }
  }

  const byOrganization = [...organizations.values()]
    .sort(
      (a, b) =>
        districtRank(a.district) - districtRank(b.district) ||
        compareText(a.name, b.name) ||
        compareText(a.key, b.key),
    )
    .map((o) => ({ district: o.district, key: o.key, name: o.name, ...unitOf(o.tally, year, targets) }));
  const orgRank = new Map(byOrganization.map((o, i) => [organizationId(o.district, o.key), i]));
  candidates.sort(
    (a, b) =>
      orgRank.get(organizationId(a.district, a.organizationKey))! -
        orgRank.get(organizationId(b.district, b.organizationKey))! ||
      STAGE_CATEGORY_KEYS.indexOf(a.for) - STAGE_CATEGORY_KEYS.indexOf(b.for) ||
      compareText(a.fullName, b.fullName),
  );

  return {
    year,
    stage: stageComparison(year, total.awardedInYear, total.teachers, targets).stage,
    minYearsSinceAward: minYears,
    scope: opts.scope ?? "unit",
    total: unitOf(total, year, targets, opts.scope),
    byDistrict: DISTRICT_IDS.flatMap((d) => {
      const tally = districts.get(d);
      return tally === undefined ? [] : [{ district: d, ...unitOf(tally, year, targets) }];
    }),
    byOrganization,
    candidates: candidates.map(({ organizationKey: _key, ...c }) => c),
  };
}
