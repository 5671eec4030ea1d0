/**
 * The three stages over time: for each academic year of the plan, the region's and each district's awards
 * against that year's stage targets and the stock shares at that year's report date, side by side.
 * A year or a district without data is null, never zero.
 */
import { z } from "zod";
import { academicYearsBetween } from "../plan/academic-year.ts";
import { DISTRICTS } from "../plan/districts.ts";
import { matchGroupMembers, type Group } from "../region/groups.ts";
import {
  AcademicYearSchema,
  DistrictIdSchema,
  IsoDateSchema,
  IndicatorSchema,
  StageComparisonSchema,
} from "../api/schemas.ts";
import { PLAN_INDICATOR_TARGETS, type IndicatorTargets } from "../plan/indicator-targets.ts";
import { IndicatorTargetsSchema } from "../plan/indicator-targets-schema.ts";
import { addIndicator, addIndicators, emptyCategoryCounts, qualitativeShareOf } from "./accumulator.ts";
import { shareOf, stageComparison, type StageScope } from "./stage.ts";
import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR, PLAN_STAGE_TARGETS, stageTargetsFor } from "../plan/targets.ts";
import {
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type CategoryCounts,
  type DistrictId,
  type Indicator,
  type IsoDate,
  type OrganizationSummary,
  type StageCategoryKey,
  type StageComparison,
  type StageTargets,
  type SummaryFigures,
} from "../types.ts";

/** The plan's academic years, the trend's columns: 2025-2026, 2026-2027, 2027-2028. */
export const TREND_YEARS: readonly AcademicYear[] = academicYearsBetween(PLAN_FIRST_YEAR, PLAN_LAST_YEAR);

/** The plan's other indicators a district's figures carry (courses, internships, events). */
type IndicatorFigures = Pick<SummaryFigures, "coursesByYear" | "internshipsByYear" | "eventParticipation">;

/** What the trend reads of one district's newest revision of a year. */
export interface TrendSource {
  district: DistrictId;
  revision: number;
  /** Without the indicators (figures that never measured them), the district has no data for them. */
  summary: Pick<SummaryFigures, "asOf" | "teachers" | "byCategory" | "awardedInYear"> &
    Partial<IndicatorFigures>;
}

/** One unit in one year. */
export interface TrendPoint {
  /** The report date of the data (for the region: the latest of its districts'). */
  asOf: IsoDate;
  teachers: number;
  /** Stock at the report date: holders of each stage category, their shares, the qualitative composition. */
  byCategory: Record<StageCategoryKey, number>;
  categoryShares: Record<StageCategoryKey, number>;
  qualitativeShare: number;
  /** Awards in the year against that year's targets (from the table given, not the one stored at submission). */
  stage: StageComparison;
}

export interface TrendDistrict {
  district: DistrictId;
  /** The revision read, null when the district has no data for the year. */
  revision: number | null;
  point: TrendPoint | null;
}

/** One group of organisations in one year. */
export interface TrendGroup {
  name: string;
  /** Organisations of the year's data the group's members name. */
  organizations: number;
  /** Members that name no organisation of the year's data (reported, never dropped). */
  unmatched: number;
  /** The sum of its organisations (report date: the latest of their districts'); null when none has data. */
  point: TrendPoint | null;
}

export interface TrendYear {
  year: AcademicYear;
  /** The stage's target band of the year (from the targets in force), null outside the plan: also without data. */
  band: { min: number; max: number } | null;
  /** The region: the sum of the districts that have data; null when none has. */
  region: (TrendPoint & { districts: number }) | null;
  /** All 13 districts in region order. */
  districts: TrendDistrict[];
  /** The region's groups of organisations in the order given (none when the region has defined none). */
  groups: TrendGroup[];
}

/**
 * The region's other plan indicators, read from the newest academic year with data: courses and internships
 * per calendar year and event participation, summed over the districts of that year, with the region's
 * targets in force. A calendar year's count with `covered` 0 is "no data", never 0.
 */
export interface TrendIndicators extends IndicatorFigures {
  /** The academic year read (its rosters count every calendar year's last course and internship). */
  year: AcademicYear;
  /** Districts summed: those with data in `year`. */
  districts: number;
  targets: IndicatorTargets;
}

export interface Trend {
  years: TrendYear[];
  /** Null when no year has data. */
  indicators: TrendIndicators | null;
}

const byStage = (f: (k: StageCategoryKey) => number) =>
  Object.fromEntries(STAGE_CATEGORY_KEYS.map((k) => [k, f(k)])) as Record<StageCategoryKey, number>;

function pointOf(
  year: AcademicYear,
  asOf: IsoDate,
  teachers: number,
  byCategory: CategoryCounts,
  awardedInYear: CategoryCounts,
  targets: readonly StageTargets[],
  scope: StageScope,
): TrendPoint {
  return {
    asOf,
    teachers,
    byCategory: byStage((k) => byCategory[k]),
    categoryShares: byStage((k) => shareOf(byCategory[k], teachers)),
    qualitativeShare: qualitativeShareOf(byCategory, teachers),
    stage: stageComparison(year, awardedInYear, teachers, targets, scope),
  };
}

function add(into: CategoryCounts, from: CategoryCounts): void {
  for (const k of Object.keys(into) as (keyof CategoryCounts)[]) into[k] += from[k] ?? 0;
}

/** What a sum of units adds up: their report date, teachers, stock and awards. */
type Part = Pick<SummaryFigures, "asOf" | "teachers" | "byCategory" | "awardedInYear">;

/** Units added up (counts summed, report date the latest) into one point; shares and the stage recomputed. */
function sumPoint(
  year: AcademicYear,
  parts: readonly Part[],
  targets: readonly StageTargets[],
  scope: StageScope,
): TrendPoint {
  const byCategory = emptyCategoryCounts();
  const awarded = emptyCategoryCounts();
  let teachers = 0;
  let asOf = parts[0]!.asOf;
  for (const part of parts) {
    teachers += part.teachers;
    add(byCategory, part.byCategory);
    add(awarded, part.awardedInYear);
    if (part.asOf > asOf) asOf = part.asOf;
  }
  return pointOf(year, asOf, teachers, byCategory, awarded, targets, scope);
}

/** A group in a year: its members matched in the year's organisations, summed like the region; null without data. */
function groupPoint(
  year: AcademicYear,
  group: Pick<Group, "name" | "members">,
  organizations: readonly OrganizationSummary[],
  asOfByDistrict: ReadonlyMap<DistrictId, IsoDate>,
  targets: readonly StageTargets[],
): TrendGroup {
  const { matched, unmatched } = matchGroupMembers(group.members, organizations);
  const parts = matched.flatMap((o): Part[] => {
    const asOf = o.district === null ? undefined : asOfByDistrict.get(o.district);
    // An organisation of a district without figures this year cannot be dated: it is not counted.
    return asOf === undefined ? [] : [{ asOf, ...o }];
  });
  return {
    name: group.name,
    organizations: parts.length,
    unmatched: unmatched.length,
    point: parts.length === 0 ? null : sumPoint(year, parts, targets, "unit"),
  };
}

/**
 * The indicators of the newest year of `sources` with data: the districts' courses, internships and event
 * participation added the way the region's own figures add them; null when no year has data.
 */
function trendIndicators(
  sources: Readonly<Partial<Record<AcademicYear, readonly TrendSource[]>>>,
  years: readonly AcademicYear[],
  targets: IndicatorTargets,
): TrendIndicators | null {
  const year = [...years].reverse().find((y) => (sources[y] ?? []).length > 0);
  if (year === undefined) return null;
  const present = sources[year]!;
  const coursesByYear: Record<string, Indicator> = {};
  const internshipsByYear: Record<string, Indicator> = {};
  const eventParticipation: Indicator = { count: 0, covered: 0 };
  for (const { summary } of present) {
    addIndicators(coursesByYear, summary.coursesByYear ?? {});
    addIndicators(internshipsByYear, summary.internshipsByYear ?? {});
    if (summary.eventParticipation) addIndicator(eventParticipation, summary.eventParticipation);
  }
  return {
    year,
    districts: present.length,
    coursesByYear,
    internshipsByYear,
    eventParticipation,
    targets,
  };
}

/**
 * Merges each year's newest revisions into the trend: for every year of `years` (the plan's by default) and
 * every district, its point or null; the region is the sum of the districts with data (counts added, shares
 * and the stage comparison recomputed with `targets`), null for a year without data. Each group of `groups`
 * is summed the same way from the organisations of `organizations[year]` its members name. The plan's other
 * indicators come from the newest year with data, held against `indicatorTargets` (the plan's by default).
 */
export function mergeTrend(
  sources: Readonly<Partial<Record<AcademicYear, readonly TrendSource[]>>>,
  opts: {
    targets?: readonly StageTargets[];
    years?: readonly AcademicYear[];
    groups?: readonly Pick<Group, "name" | "members">[];
    organizations?: Readonly<Partial<Record<AcademicYear, readonly OrganizationSummary[]>>>;
    indicatorTargets?: IndicatorTargets;
  } = {},
): Trend {
  const targets = opts.targets ?? PLAN_STAGE_TARGETS;
  const years = opts.years ?? TREND_YEARS;
  return {
    indicators: trendIndicators(sources, years, opts.indicatorTargets ?? PLAN_INDICATOR_TARGETS),
    years: years.map((year) => {
      const byDistrict = new Map((sources[year] ?? []).map((s) => [s.district, s]));
      const districts = DISTRICTS.map(({ id }): TrendDistrict => {
        const s = byDistrict.get(id);
        if (s === undefined) return { district: id, revision: null, point: null };
        const { asOf, teachers, byCategory, awardedInYear } = s.summary;
        return {
          district: id,
          revision: s.revision,
          point: pointOf(year, asOf, teachers, byCategory, awardedInYear, targets, "unit"),
        };
      });
      const asOfByDistrict = new Map([...byDistrict].map(([id, s]) => [id, s.summary.asOf]));
      const groups = (opts.groups ?? []).map((g) =>
        groupPoint(year, g, opts.organizations?.[year] ?? [], asOfByDistrict, targets),
      );
      const present = [...byDistrict.values()].map((s) => s.summary);
      const stage = stageTargetsFor(year, targets);
      const band = stage === null ? null : { ...stage.band };
      if (present.length === 0) return { year, band, region: null, districts, groups };
      return {
        year,
        band,
        region: { ...sumPoint(year, present, targets, "region"), districts: present.length },
        districts,
        groups,
      };
    }),
  };
}

function byStageShape<T extends z.ZodType>(value: T) {
  return Object.fromEntries(STAGE_CATEGORY_KEYS.map((k) => [k, value])) as Record<StageCategoryKey, T>;
}
const fraction = z.number().min(0).max(1);
const stageCounts = z.strictObject(byStageShape(z.number().int().min(0)));

export const TrendPointSchema = z.strictObject({
  asOf: IsoDateSchema,
  teachers: z.number().int().min(0),
  byCategory: stageCounts,
  categoryShares: z.strictObject(byStageShape(fraction)),
  qualitativeShare: fraction,
  stage: StageComparisonSchema,
});

const indicatorsByYear = z.record(z.string().regex(/^\d{4}$/), IndicatorSchema);

/**
 * GET /api/trend: the plan's years, each with the region, all 13 districts and the groups (null where no
 * data), and the region's other plan indicators of the newest year with data.
 */
export const TrendSchema = z.strictObject({
  indicators: z
    .strictObject({
      year: AcademicYearSchema,
      districts: z.number().int().min(1),
      coursesByYear: indicatorsByYear,
      internshipsByYear: indicatorsByYear,
      eventParticipation: IndicatorSchema,
      targets: IndicatorTargetsSchema,
    })
    .nullable(),
  years: z.array(
    z.strictObject({
      year: AcademicYearSchema,
      band: z.strictObject({ min: fraction, max: fraction }).nullable(),
      region: TrendPointSchema.extend({ districts: z.number().int().min(1) }).nullable(),
      districts: z.array(
        z.strictObject({
          district: DistrictIdSchema,
          revision: z.number().int().min(1).nullable(),
          point: TrendPointSchema.nullable(),
        }),
      ),
      groups: z.array(
        z.strictObject({
          name: z.string().min(1),
          organizations: z.number().int().min(0),
          unmatched: z.number().int().min(0),
          point: TrendPointSchema.nullable(),
        }),
      ),
    }),
  ),
});
