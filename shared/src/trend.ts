/**
 * The three stages over time: for each academic year of the plan, the region's and each district's awards
 * against that year's stage targets and the stock shares at that year's report date, side by side.
 * A year or a district without data is null, never zero.
 */
import { z } from "zod";
import { academicYearsBetween } from "./academic-year.ts";
import { categoryName } from "./categories.ts";
import { DISTRICTS } from "./districts.ts";
import { AcademicYearSchema, DistrictIdSchema, IsoDateSchema, StageComparisonSchema } from "./schemas.ts";
import { emptyCategoryCounts, qualitativeShareOf, shareOf, stageComparison } from "./summary.ts";
import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR, PLAN_STAGE_TARGETS } from "./targets.ts";
import {
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type CategoryCounts,
  type DistrictId,
  type IsoDate,
  type Lang,
  type Localized,
  type StageCategoryKey,
  type StageComparison,
  type StageTargets,
  type SummaryFigures,
} from "./types.ts";

/** The plan's academic years, the trend's columns: 2025-2026, 2026-2027, 2027-2028. */
export const TREND_YEARS: readonly AcademicYear[] = academicYearsBetween(PLAN_FIRST_YEAR, PLAN_LAST_YEAR);

/** What the trend reads of one district's newest revision of a year. */
export interface TrendSource {
  district: DistrictId;
  revision: number;
  summary: Pick<SummaryFigures, "asOf" | "teachers" | "byCategory" | "awardedInYear">;
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

export interface TrendYear {
  year: AcademicYear;
  /** The region: the sum of the districts that have data; null when none has. */
  region: (TrendPoint & { districts: number }) | null;
  /** All 13 districts in region order. */
  districts: TrendDistrict[];
}

export interface Trend {
  years: TrendYear[];
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
): TrendPoint {
  return {
    asOf,
    teachers,
    byCategory: byStage((k) => byCategory[k]),
    categoryShares: byStage((k) => shareOf(byCategory[k], teachers)),
    qualitativeShare: qualitativeShareOf(byCategory, teachers),
    stage: stageComparison(year, awardedInYear, teachers, targets),
  };
}

function add(into: CategoryCounts, from: CategoryCounts): void {
  for (const k of Object.keys(into) as (keyof CategoryCounts)[]) into[k] += from[k] ?? 0;
}

/**
 * Merges each year's newest revisions into the trend: for every year of `years` (the plan's by default) and
 * every district, its point or null; the region is the sum of the districts with data (counts added, shares
 * and the stage comparison recomputed with `targets`), null for a year without data.
 */
export function mergeTrend(
  sources: Readonly<Partial<Record<AcademicYear, readonly TrendSource[]>>>,
  opts: { targets?: readonly StageTargets[]; years?: readonly AcademicYear[] } = {},
): Trend {
  const targets = opts.targets ?? PLAN_STAGE_TARGETS;
  return {
    years: (opts.years ?? TREND_YEARS).map((year) => {
      const byDistrict = new Map((sources[year] ?? []).map((s) => [s.district, s]));
      const districts = DISTRICTS.map(({ id }): TrendDistrict => {
        const s = byDistrict.get(id);
        if (s === undefined) return { district: id, revision: null, point: null };
        const { asOf, teachers, byCategory, awardedInYear } = s.summary;
        return {
          district: id,
          revision: s.revision,
          point: pointOf(year, asOf, teachers, byCategory, awardedInYear, targets),
        };
      });
      const present = [...byDistrict.values()];
      if (present.length === 0) return { year, region: null, districts };
      const byCategory = emptyCategoryCounts();
      const awarded = emptyCategoryCounts();
      let teachers = 0;
      let asOf = present[0]!.summary.asOf;
      for (const { summary } of present) {
        teachers += summary.teachers;
        add(byCategory, summary.byCategory);
        add(awarded, summary.awardedInYear);
        if (summary.asOf > asOf) asOf = summary.asOf;
      }
      return {
        year,
        region: { ...pointOf(year, asOf, teachers, byCategory, awarded, targets), districts: present.length },
        districts,
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

/** GET /api/trend: the plan's years, each with the region and all 13 districts (null where no data). */
export const TrendSchema = z.strictObject({
  years: z.array(
    z.strictObject({
      year: AcademicYearSchema,
      region: TrendPointSchema.extend({ districts: z.number().int().min(1) }).nullable(),
      districts: z.array(
        z.strictObject({
          district: DistrictIdSchema,
          revision: z.number().int().min(1).nullable(),
          point: TrendPointSchema.nullable(),
        }),
      ),
    }),
  ),
});

const HEADINGS = {
  year: { kk: "Оқу жылы", ru: "Учебный год", en: "Academic year" },
  unit: { kk: "Аудан / қала", ru: "Район / город", en: "District / city" },
  unitId: { kk: "Коды", ru: "Код", en: "Id" },
  asOf: { kk: "Есеп күні", ru: "Дата отчёта", en: "Report date" },
  teachers: { kk: "Педагогтер саны", ru: "Число педагогов", en: "Teachers" },
  awarded: { kk: "берілді", ru: "присвоено", en: "awarded" },
  target: { kk: "мақсат, %", ru: "цель, %", en: "target, %" },
  actual: { kk: "нақты, %", ru: "факт, %", en: "actual, %" },
  stageTarget: { kk: "Кезең мақсаты, %", ru: "Цель этапа, %", en: "Stage target, %" },
  stageActual: { kk: "Кезеңде нақты, %", ru: "Факт этапа, %", en: "Stage actual, %" },
  stageGap: { kk: "Айырма, п.п.", ru: "Отставание, п.п.", en: "Gap, pp" },
  stock: { kk: "үлесі, %", ru: "доля, %", en: "share, %" },
  qualitative: { kk: "Сапалық құрам, %", ru: "Качественный состав, %", en: "Qualitative composition, %" },
  region: { kk: "Облыс бойынша барлығы", ru: "Итого по области", en: "Region total" },
} as const satisfies Record<string, Localized>;

const percent = (fraction: number) => Math.round(fraction * 10000) / 100;

/** A trend cell: text, a number, or null for "no data" (an empty cell, never 0). */
export type TrendCell = string | number | null;

/**
 * The trend as one table (header row first) for CSV, the CLI and the workbook: per year the region, then the
 * 13 districts; a unit without data keeps its year and name and leaves every figure empty.
 */
export function trendTable(trend: Trend, lang: Lang): TrendCell[][] {
  const h = (k: keyof typeof HEADINGS) => HEADINGS[k][lang];
  const header: TrendCell[] = [h("year"), h("unit"), h("unitId"), h("asOf"), h("teachers")];
  for (const k of STAGE_CATEGORY_KEYS) {
    const name = categoryName(k, lang);
    header.push(`${name}: ${h("awarded")}`, `${name}: ${h("target")}`, `${name}: ${h("actual")}`);
  }
  header.push(h("stageTarget"), h("stageActual"), h("stageGap"));
  for (const k of STAGE_CATEGORY_KEYS) header.push(`${categoryName(k, lang)}: ${h("stock")}`);
  header.push(h("qualitative"));
  const width = header.length;

  const row = (year: AcademicYear, name: string, id: string, p: TrendPoint | null): TrendCell[] => {
    if (p === null) return [year, name, id, ...Array<TrendCell>(width - 3).fill(null)];
    const cats = p.stage.categories;
    const total = p.stage.total;
    return [
      year,
      name,
      id,
      p.asOf,
      p.teachers,
      ...STAGE_CATEGORY_KEYS.flatMap((k) => [
        cats?.[k].awarded ?? null,
        cats === null ? null : percent(cats[k].target),
        cats === null ? null : percent(cats[k].actual),
      ]),
      total === null ? null : percent(total.target),
      total === null ? null : percent(total.actual),
      total === null ? null : total.gapPp,
      ...STAGE_CATEGORY_KEYS.map((k) => percent(p.categoryShares[k])),
      percent(p.qualitativeShare),
    ];
  };
  const names = new Map(DISTRICTS.map((d) => [d.id, d.name[lang]]));
  return [
    header,
    ...trend.years.flatMap((y) => [
      row(y.year, h("region"), "region", y.region),
      ...y.districts.map((d) => row(y.year, names.get(d.district) ?? d.district, d.district, d.point)),
    ]),
  ];
}
