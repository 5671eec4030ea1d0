/**
 * The three stages over time as tables: per plan year the region and each district, awards against that
 * year's stage targets beside the stock shares; and the small year-by-year block a chart draws (target band
 * against actual); and the region's other plan indicators against their targets. A unit or year without
 * data keeps its row with every figure empty, never 0.
 */
import { findDistrict } from "../plan/districts.ts";
import { PLAN_STAGE_TARGETS } from "../plan/targets.ts";
import type { Trend, TrendIndicators, TrendPoint } from "../figures/trend.ts";
import { STAGE_CATEGORY_KEYS, type AcademicYear, type StageTargets } from "../types.ts";
import { bandVerdictCell, eventParticipationTable, indicatorYearsTable } from "./summary-tables.ts";
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

const COLUMNS: readonly Column[] = [
  column("year", "text"),
  column("asOf", "date"),
  column("teachers", "count", "teachers", "teachersShort"),
  ...STAGE_CATEGORY_KEYS.flatMap((k) => [
    column(`awarded.${k}`, "count", join(": ", `category.${k}`, "awarded")),
    column(`target.${k}`, "share", join(": ", `category.${k}`, "targetShort")),
    column(`actual.${k}`, "share", join(": ", `category.${k}`, "actualShort")),
  ]),
  column("band.min", "share", join(": ", "band", "bandFrom")),
  column("band.max", "share", join(": ", "band", "bandTo")),
  column("stage.target", "share", join(": ", "stage", "target"), "targetShort"),
  column("stage.actual", "share", join(": ", "stage", "actual"), "actualShort"),
  column("stage.gapPp", "pp", join(": ", "stage", "gapPp"), "gapShort"),
  column("stage.teachersNeeded", "count", join(": ", "stage", "teachersNeeded"), "neededShort"),
  column("stage.bandVerdict", "text", "bandVerdict"),
  ...STAGE_CATEGORY_KEYS.map((k) => column(`stock.${k}`, "share", join(", ", `category.${k}`, "share"))),
  column("qualitativeShare", "share"),
];

function pointCells(year: AcademicYear, p: TrendPoint | null): Cell[] {
  const yearCell = cell.text(verbatim(year));
  if (p === null) return [yearCell, ...COLUMNS.slice(1).map(() => cell.empty())];
  const lines = p.stage.categories;
  const total = p.stage.total;
  return [
    yearCell,
    cell.date(p.asOf),
    cell.count(p.teachers),
    ...STAGE_CATEGORY_KEYS.flatMap((k) => [
      cell.count(lines?.[k].awarded ?? null),
      cell.share(lines?.[k].target ?? null),
      cell.share(lines?.[k].actual ?? null),
    ]),
    cell.share(p.stage.band?.min ?? null),
    cell.share(p.stage.band?.max ?? null),
    cell.share(total?.target ?? null),
    cell.share(total?.actual ?? null),
    cell.pp(total?.gapPp ?? null),
    cell.count(total?.teachersNeeded ?? null),
    bandVerdictCell(total?.verdict ?? null),
    ...STAGE_CATEGORY_KEYS.map((k) => cell.share(p.categoryShares[k])),
    cell.share(p.qualitativeShare),
  ];
}

/** The row key of a group in a year of the trend table (`year/unit` for the region and districts). */
export function trendGroupRowKey(year: AcademicYear, name: string): string {
  return `${year}/group:${name}`;
}

/**
 * The trend as one table: per plan year the region on its own totals, then the 13 districts in the region's order,
 * then the region's groups of organisations ("Group of organisations: name"). Rows keyed `year/unit` (a
 * group: `year/group:name`); a unit without data for the year keeps its year and leaves every figure empty.
 */
export function trendSheetTable(trend: Trend): Table {
  const rows: Row[] = trend.years.flatMap((y): Row[] => [
    {
      key: `${y.year}/region`,
      label: "regionOnTotals",
      cells: pointCells(y.year, y.region),
      region: true,
    },
    ...y.districts.map((d): Row => {
      const district = findDistrict(d.district);
      return {
        key: `${y.year}/${d.district}`,
        label: district ? { names: district.name } : verbatim(d.district),
        cells: pointCells(y.year, d.point),
      };
    }),
    ...y.groups.map((g): Row => ({
      key: trendGroupRowKey(y.year, g.name),
      label: join(": ", "group", verbatim(g.name)),
      cells: pointCells(y.year, g.point),
    })),
  ]);
  return { key: "trend", title: null, stub: "district", columns: COLUMNS, rows };
}

/**
 * What the trend chart draws, one row per plan year: the stage's target band (from the region's data, or
 * from `targets` for a year without data) and the region's actual share of teachers awarded in the year,
 * empty where the year has no data so the line breaks instead of dropping to 0.
 */
export function trendChartTable(trend: Trend, targets: readonly StageTargets[] = PLAN_STAGE_TARGETS): Table {
  const rows: Row[] = trend.years.map((y) => {
    // The targets given may cover only some years (the report's own): the plan's band for the others.
    const band =
      y.region?.stage.band ??
      targets.find((t) => t.year === y.year)?.band ??
      PLAN_STAGE_TARGETS.find((t) => t.year === y.year)?.band ??
      null;
    return {
      key: y.year,
      label: verbatim(y.year),
      cells: [
        cell.share(band?.min ?? null),
        cell.share(band?.max ?? null),
        cell.share(y.region?.stage.total?.actual ?? null),
      ],
    };
  });
  return {
    key: "trendChart",
    title: null,
    stub: "year",
    columns: [
      column("band.min", "share", join(": ", "band", "bandFrom")),
      column("band.max", "share", join(": ", "band", "bandTo")),
      column("stage.actual", "share", join(": ", "region", "actual")),
    ],
    rows,
  };
}

/** What the trend's indicators were read from: "The plan's other indicators — Academic year: 2026-2027, Submitted: 2". */
export function trendIndicatorsTitle(indicators: TrendIndicators): Text {
  return join(
    " — ",
    "planIndicators",
    join(
      ", ",
      // The newest year with data, which need not be the year the reader is looking at: said so.
      join(": ", "newestYearWithData", verbatim(indicators.year)),
      join(": ", "submitted", verbatim(String(indicators.districts))),
    ),
  );
}

/**
 * The region's other plan indicators against the region's targets: courses and internships with the
 * calendar years side by side (count, target, what is left), then event participation against its share;
 * "no data" where no roster had the column. None when the trend has no data.
 */
export function trendIndicatorTables(trend: Trend): Table[] {
  const indicators = trend.indicators;
  if (indicators === null) return [];
  return [
    indicatorYearsTable(indicators, indicators.targets),
    eventParticipationTable(indicators.eventParticipation, indicators.targets.eventParticipation),
  ];
}
