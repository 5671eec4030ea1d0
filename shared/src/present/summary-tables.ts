/** A Summary's figures as labelled tables: overview, categories, education, stage, attestation, organisations. */
import { isLegacyCategory } from "../roster/categories.ts";
import { attestationYearsFrom, INDICATOR_CALENDAR_YEARS } from "../figures/accumulator.ts";
import { bandVerdictLabel, formatBand } from "../i18n/labels.ts";
import {
  eventParticipationLeft,
  indicatorProgress,
  type IndicatorTargets,
} from "../plan/indicator-targets.ts";
import {
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  type BandVerdict,
  type Indicator,
  type OrganizationSummary,
  type StageLine,
  type SummaryFigures,
} from "../types.ts";
import {
  cell,
  column,
  join,
  verbatim,
  type Cell,
  type Column,
  type Row,
  type Table,
  type Text,
} from "./table.ts";

const COUNT = "count" as const;
const SHARE = "share" as const;

/** Teachers, organisations, qualitative composition and the share with any category. */
export function overviewTable(s: SummaryFigures): Table {
  const row = (key: "teachers" | "organizations", value: number): Row => ({
    key,
    label: key,
    cells: [cell.count(value)],
  });
  return {
    key: "overview",
    title: null,
    stub: "indicator",
    columns: [column("value", COUNT)],
    rows: [
      row("teachers", s.teachers),
      row("organizations", s.organizations),
      { key: "qualitativeShare", label: "qualitativeShare", cells: [cell.share(s.qualitativeShare)] },
      { key: "anyCategoryShare", label: "anyCategoryShare", cells: [cell.share(s.anyCategoryShare)] },
    ],
  };
}

const COUNT_SHARE: readonly Column[] = [column("count", COUNT), column("share", SHARE)];

const sumOf = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
const shareOf = (n: number, total: number) => (total > 0 ? n / total : 0);

/**
 * Teachers by category: count, share and awards in the academic year. The current categories always show;
 * a legacy category and "not given" only when a teacher holds or was awarded it. Then the total.
 */
export function categoryTable(s: SummaryFigures): Table {
  const keys = [...CATEGORY_KEYS, "unknown" as const].filter(
    (k) => (k !== "unknown" && !isLegacyCategory(k)) || s.byCategory[k] > 0 || s.awardedInYear[k] > 0,
  );
  const awardedTotal = sumOf(Object.values(s.awardedInYear));
  return {
    key: "categories",
    title: "byCategory",
    stub: "field.category",
    columns: [...COUNT_SHARE, column("awardedInYear", COUNT, join(" ", "awardedInYear", verbatim(s.year)))],
    rows: [
      ...keys.map((k) => ({
        key: k,
        label: `category.${k}` as const,
        cells: [cell.count(s.byCategory[k]), cell.share(s.categoryShares[k]), cell.count(s.awardedInYear[k])],
      })),
      {
        key: "total",
        label: "total",
        role: "total",
        cells: [
          cell.count(s.teachers),
          cell.share(shareOf(s.teachers, s.teachers)),
          cell.count(awardedTotal),
        ],
      },
    ],
  };
}

/** Teachers by education: every level, "not given" when any, and the total. */
export function educationTable(s: SummaryFigures): Table {
  const keys = [...EDUCATION_KEYS, "unknown" as const].filter(
    (k) => k !== "unknown" || s.byEducation.unknown > 0,
  );
  return {
    key: "education",
    title: "byEducation",
    stub: "field.education",
    columns: COUNT_SHARE,
    rows: [
      ...keys.map((k) => ({
        key: k,
        label: `education.${k}` as const,
        cells: [cell.count(s.byEducation[k]), cell.share(s.educationShares[k])],
      })),
      {
        key: "total",
        label: "total",
        role: "total",
        cells: [cell.count(s.teachers), cell.share(shareOf(s.teachers, s.teachers))],
      },
    ],
  };
}

/** The stage table's columns, in the order the summary sheet (and its chart: target, actual) shows them. */
export const STAGE_COLUMNS: readonly Column[] = [
  column("target", SHARE, "target", "targetShort"),
  column("actual", SHARE, "actual", "actualShort"),
  column("gapPp", "pp", "gapPp", "gapShort"),
  column("awarded", COUNT),
  column("teachersNeeded", COUNT, "teachersNeeded", "neededShort"),
  column("bandVerdict", "text"),
];

/** The stage columns in the order of a list of units (terminal, workbook): target, awards, actual, gap. */
export const STAGE_LIST_ORDER = [
  "target",
  "awarded",
  "actual",
  "gapPp",
  "teachersNeeded",
  "bandVerdict",
] as const;

/** The region's figures a unit's table may show beside its regional targets. */
export type RegionStage = Pick<SummaryFigures, "stage">;

/**
 * The still-needed cell of a line: the count, or — for a target asking less than half a teacher of a unit
 * below the region — "regional target" with the region's own still needed when known. Never "needs 1".
 */
export function stillNeededCell(line: StageLine, regionLine?: StageLine | null): Cell {
  if (!line.regionalTarget) return cell.count(line.teachersNeeded);
  if (!regionLine) return cell.text("regionalTarget");
  return cell.text(
    join("", "regionalTarget", verbatim(" ("), "region", verbatim(`: ${regionLine.teachersNeeded})`)),
  );
}

/** The band verdict's words ("below the band", "within the band", "above the band"). */
export function bandVerdictCell(verdict: BandVerdict | null): Cell {
  return cell.text(verdict === null ? null : bandVerdictLabel(verdict));
}

function stageCells(line: StageLine, verdict: BandVerdict | null, regionLine?: StageLine | null): Cell[] {
  return [
    cell.share(line.target),
    cell.share(line.actual),
    cell.pp(line.gapPp),
    cell.count(line.awarded),
    stillNeededCell(line, regionLine),
    bandVerdictCell(verdict),
  ];
}

/** "The plan's four categories (Target band 10,00%–15,00%)": the band shown beside the total target it is judged by. */
function bandTotal(band: { min: number; max: number } | null): Text {
  if (!band) return "allCategories";
  const names = { kk: formatBand(band, "kk"), ru: formatBand(band, "ru"), en: formatBand(band, "en") };
  return join("", "allCategories", verbatim(" ("), "band", verbatim(" "), { names }, verbatim(")"));
}

/** "Stage 1, 2025-2026" (or the year alone outside the plan's stages). */
export function stageTitle(s: Pick<SummaryFigures, "stage">): Text {
  return s.stage.stage
    ? join(", ", `stage.${s.stage.stage}`, verbatim(s.stage.year))
    : verbatim(s.stage.year);
}

/**
 * Why a unit has no stage table: the plan sets no targets for the year ("noStage"), or there is no teacher
 * to hold to them ("noStageTeachers": a group none of whose organisations sent data that year).
 */
export function noStageLabel(s: Pick<SummaryFigures, "stage">): "noStage" | "noStageTeachers" {
  return s.stage.band === null ? "noStage" : "noStageTeachers";
}

/**
 * This year's awards against the stage targets: one row per stage category and the "all categories" row
 * (still needed = the sum of the category rows, gap = total target − awards share, the band verdict); null
 * when the plan sets no targets for the year or the unit has no teacher (noStageLabel says which). `region`: the region's figures, shown beside a regional target.
 */
export function stageTable(s: Pick<SummaryFigures, "stage">, region?: RegionStage | null): Table | null {
  const { categories, total, band } = s.stage;
  if (!categories || !total) return null;
  return {
    key: "stage",
    title: stageTitle(s),
    stub: "field.category",
    columns: STAGE_COLUMNS,
    rows: [
      ...STAGE_CATEGORY_KEYS.map((k) => ({
        key: k,
        label: `category.${k}` as const,
        cells: stageCells(categories[k], null, region?.stage.categories?.[k] ?? null),
      })),
      { key: "total", label: bandTotal(band), role: "total", cells: stageCells(total, total.verdict) },
    ],
  };
}

/**
 * Teachers due for attestation by academic year of the plan, then those overdue, then (when any) those
 * whose year cannot be placed.
 */
export function attestationDueTable(s: SummaryFigures): Table {
  // Only the plan's years from the report's own on: a past year is not "due".
  const rows: Row[] = attestationYearsFrom(s.year).map((year) => ({
    key: year,
    label: verbatim(year),
    cells: [cell.count(s.attestationDueByYear[year] ?? 0)],
  }));
  rows.push({ key: "overdue", label: "attestationOverdue", cells: [cell.count(s.attestationOverdue)] });
  if (s.attestationYearUnknown > 0) {
    rows.push({
      key: "unknown",
      label: "attestationYearUnknown",
      cells: [cell.count(s.attestationYearUnknown)],
    });
  }
  return {
    key: "attestationDue",
    title: null,
    stub: "attestationDueByYear",
    columns: [column("count", COUNT)],
    rows,
  };
}

/** One row per organisation: teachers, the higher categories, composition, awards in the year. */
export function organizationTable(organizations: readonly OrganizationSummary[]): Table {
  const counted = ["expert", "researcher", "master", "moderator"] as const;
  return {
    key: "organizations",
    title: null,
    stub: "organization",
    columns: [
      column("teachers", COUNT),
      ...counted.map((k) => column(k, COUNT, `category.${k}`)),
      column("qualitativeShare", SHARE),
      column("awardedInYear", COUNT),
    ],
    rows: organizations.map((org) => ({
      key: `${org.district ?? ""}/${org.key}`,
      label: verbatim(org.name),
      cells: [
        cell.count(org.teachers),
        ...counted.map((k) => cell.count(org.byCategory[k])),
        cell.share(org.qualitativeShare),
        cell.count(sumOf(Object.values(org.awardedInYear))),
      ],
    })),
  };
}

/**
 * The plan's optional indicators a roster can feed: courses and internships by calendar year, event
 * participation (with its share of the teachers with data), young specialists without a mentor. A line
 * whose column no roster had says "no data"; null when no roster had any of them. With the region's
 * `targets` (the region's own summary), each line also shows its target and what is left.
 */
export function indicatorTable(s: SummaryFigures, targets?: IndicatorTargets | null): Table | null {
  const withTargets = targets !== undefined && targets !== null;
  const line = (
    key: string,
    label: Text,
    indicator: Indicator,
    opts: { withShare?: boolean; target?: number | undefined; share?: number } = {},
  ): Row => {
    const noData = indicator.covered === 0;
    const cells: Cell[] = noData
      ? [cell.text("noData"), cell.count(null), cell.share(null)]
      : [
          cell.count(indicator.count),
          cell.count(indicator.covered),
          cell.share(opts.withShare ? indicator.count / indicator.covered : null),
        ];
    if (withTargets) {
      if (opts.share !== undefined) {
        // A share target (events): the target as a share, what is left in teachers.
        cells.push(cell.share(opts.share), cell.count(eventParticipationLeft(indicator, opts.share)));
      } else if (opts.target !== undefined) {
        cells.push(cell.count(opts.target), cell.count(indicatorProgress(indicator, opts.target).left));
      } else {
        cells.push(cell.count(null), cell.count(null));
      }
    }
    return { key, label, cells };
  };
  const byYear = (key: "courses" | "internships", counts: Record<string, Indicator>) =>
    INDICATOR_CALENDAR_YEARS.map((year) =>
      line(`${key}.${year}`, join(" ", key, verbatim(year)), counts[year] ?? { count: 0, covered: 0 }, {
        target: targets?.[key][year],
      }),
    );
  const rows = [
    ...byYear("courses", s.coursesByYear),
    ...byYear("internships", s.internshipsByYear),
    line("eventParticipation", "eventParticipation", s.eventParticipation, {
      withShare: true,
      ...(withTargets ? { share: targets.eventParticipation } : {}),
    }),
    line("youngWithoutMentor", "youngWithoutMentor", s.youngWithoutMentor),
  ];
  if (rows.every((r) => r.cells[0]!.kind === "text")) return null;
  return {
    key: "indicators",
    title: null,
    stub: "indicator",
    columns: [
      column("count", COUNT),
      column("covered", COUNT),
      column("share", SHARE),
      ...(withTargets ? [column("target", COUNT), column("left", COUNT)] : []),
    ],
    rows,
  };
}

/**
 * The region's courses and internships against the plan's targets, the calendar years side by side:
 * count, target and what is left for each year; "no data" where no roster had the column.
 */
export function indicatorYearsTable(
  s: Pick<SummaryFigures, "coursesByYear" | "internshipsByYear">,
  targets: IndicatorTargets,
): Table {
  const years = [...new Set([...Object.keys(targets.courses), ...Object.keys(targets.internships)])].sort();
  const row = (key: "courses" | "internships", counts: Record<string, Indicator>): Row => ({
    key,
    label: key,
    cells: years.flatMap((year) => {
      const target = targets[key][year];
      const indicator = counts[year] ?? { count: 0, covered: 0 };
      if (target === undefined) return [cell.count(null), cell.count(null), cell.count(null)];
      const p = indicatorProgress(indicator, target);
      return [
        p.count === null ? cell.text("noData") : cell.count(p.count),
        cell.count(target),
        cell.count(p.left),
      ];
    }),
  });
  return {
    key: "indicatorYears",
    title: null,
    stub: "indicator",
    columns: years.flatMap((year) => [
      column(`${year}.count`, COUNT, join(" ", "count", verbatim(year))),
      column(`${year}.target`, COUNT, join(" ", "target", verbatim(year))),
      column(`${year}.left`, COUNT, join(" ", "left", verbatim(year))),
    ]),
    rows: [row("courses", s.coursesByYear), row("internships", s.internshipsByYear)],
  };
}

/**
 * Event participation against its share target: teachers who took part, teachers with data, their share,
 * the target share and the teachers still needed to reach it; "no data" where no roster had the column.
 */
export function eventParticipationTable(indicator: Indicator, share: number): Table {
  const noData = indicator.covered === 0;
  return {
    key: "eventParticipation",
    title: null,
    stub: "indicator",
    columns: [
      column("count", COUNT),
      column("covered", COUNT),
      column("share", SHARE),
      column("target", SHARE),
      column("left", COUNT),
    ],
    rows: [
      {
        key: "eventParticipation",
        label: "eventParticipation",
        cells: [
          noData ? cell.text("noData") : cell.count(indicator.count),
          cell.count(noData ? null : indicator.covered),
          cell.share(noData ? null : indicator.count / indicator.covered),
          cell.share(share),
          cell.count(eventParticipationLeft(indicator, share)),
        ],
      },
    ],
  };
}
