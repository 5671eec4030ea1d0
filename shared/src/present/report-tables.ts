/**
 * The consolidated report (ReportFigures) and the attestation list as labelled tables: the per-district
 * table in the region's order, stage gaps per unit, completeness, the attestation list.
 */
import { formatCount } from "../i18n/count.ts";
import { label } from "../i18n/labels.ts";
import { isLegacyCategory } from "../roster/categories.ts";
import { DISTRICTS, findDistrict } from "../plan/districts.ts";
import {
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  type AttestationEntry,
  type Lang,
  type ReportDistrict,
  type ReportFigures,
  type StageCategoryKey,
  type SummaryFigures,
} from "../types.ts";
import { isSealedName } from "../submission/sealed-rows.ts";
import {
  STAGE_COLUMNS,
  STAGE_LIST_ORDER,
  bandVerdictCell,
  stageTable,
  stillNeededCell,
} from "./summary-tables.ts";
import {
  cell,
  column,
  join,
  pickColumns,
  verbatim,
  type Cell,
  type CellKind,
  type Column,
  type Row,
  type Table,
  type Text,
} from "./table.ts";

const LEGACY_KEYS = CATEGORY_KEYS.filter(isLegacyCategory);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** One unit of the report: the region (district null) or a district that has submitted. */
interface Unit {
  readonly summary: SummaryFigures;
  readonly district: ReportDistrict | null;
  readonly year: string;
  /** The region's own figures (shown beside a district's regional targets). */
  readonly region: SummaryFigures;
}

interface UnitColumn extends Column {
  readonly value: (unit: Unit) => number | string | null;
  /** A cell that is not simply the value in the column's kind (a regional target's words). */
  readonly cellOf?: (unit: Unit) => Cell;
  /** The heading names the report's academic year ("Awarded in the academic year 2025-2026"). */
  readonly withYear?: true;
}

function unitColumn(
  key: string,
  heading: Text,
  kind: CellKind,
  value: UnitColumn["value"],
  short?: Text,
): UnitColumn {
  return { ...column(key, kind, heading, short), value };
}

const stageLine = (s: SummaryFigures, k: StageCategoryKey) => s.stage.categories?.[k] ?? null;

/** Every column a per-district table can show, by key. */
const UNIT_COLUMNS: readonly UnitColumn[] = [
  unitColumn("districtId", "districtId", "text", (u) => u.district?.district ?? ""),
  unitColumn("revision", "revision", "count", (u) => u.district?.revision ?? null),
  unitColumn("submittedAt", "submittedAt", "timestamp", (u) => u.district?.submittedAt ?? null),
  unitColumn("asOf", "asOf", "date", (u) => u.summary.asOf),
  unitColumn("teachers", "teachers", "count", (u) => u.summary.teachers, "teachersShort"),
  unitColumn("organizations", "organizations", "count", (u) => u.summary.organizations, "organizationsShort"),
  ...CATEGORY_KEYS.map((k) =>
    unitColumn(`category.${k}`, `category.${k}`, "count", (u) => u.summary.byCategory[k]),
  ),
  unitColumn(
    "legacy",
    { join: LEGACY_KEYS.map((k) => `category.${k}` as const), by: " / " },
    "count",
    (u) => sum(LEGACY_KEYS.map((k) => u.summary.byCategory[k])),
    "legacyShort",
  ),
  unitColumn(
    "category.unknown",
    join(": ", "field.category", "unknown"),
    "count",
    (u) => u.summary.byCategory.unknown,
    "categoryUnknownShort",
  ),
  ...EDUCATION_KEYS.map((k) =>
    unitColumn(
      `education.${k}`,
      join(": ", "field.education", `education.${k}`),
      "count",
      (u) => u.summary.byEducation[k],
    ),
  ),
  unitColumn(
    "education.unknown",
    join(": ", "field.education", "unknown"),
    "count",
    (u) => u.summary.byEducation.unknown,
  ),
  unitColumn("qualitativeShare", "qualitativeShare", "share", (u) => u.summary.qualitativeShare),
  unitColumn("anyCategoryShare", "anyCategoryShare", "share", (u) => u.summary.anyCategoryShare),
  ...STAGE_CATEGORY_KEYS.map((k) =>
    unitColumn(
      `awarded.${k}`,
      join(": ", `category.${k}`, "awardedInYear"),
      "count",
      (u) => u.summary.awardedInYear[k],
    ),
  ),
  {
    ...unitColumn("awardedInYear", "awardedInYear", "count", (u) =>
      sum(STAGE_CATEGORY_KEYS.map((k) => u.summary.awardedInYear[k])),
    ),
    withYear: true,
  },
  unitColumn(
    "stage.target",
    join(": ", "stage", "target"),
    "share",
    (u) => u.summary.stage.total?.target ?? null,
  ),
  unitColumn(
    "stage.actual",
    join(": ", "stage", "actual"),
    "share",
    (u) => u.summary.stage.total?.actual ?? null,
  ),
  unitColumn("stage.gapPp", join(": ", "stage", "gapPp"), "pp", (u) => u.summary.stage.total?.gapPp ?? null),
  unitColumn(
    "stage.teachersNeeded",
    join(": ", "stage", "teachersNeeded"),
    "count",
    (u) => u.summary.stage.total?.teachersNeeded ?? null,
  ),
  {
    ...unitColumn("stage.bandVerdict", "bandVerdict", "text", () => null),
    cellOf: (u) => bandVerdictCell(u.summary.stage.total?.verdict ?? null),
  },
  ...STAGE_CATEGORY_KEYS.map((k) =>
    unitColumn(
      `gapPp.${k}`,
      join(": ", "gapPp", `category.${k}`),
      "pp",
      (u) => stageLine(u.summary, k)?.gapPp ?? null,
    ),
  ),
  ...STAGE_CATEGORY_KEYS.map((k) => ({
    ...unitColumn(
      `teachersNeeded.${k}`,
      join(": ", "teachersNeeded", `category.${k}`),
      "count",
      (u) => stageLine(u.summary, k)?.teachersNeeded ?? null,
    ),
    cellOf: (u: Unit) => {
      const line = stageLine(u.summary, k);
      return line ? stillNeededCell(line, u.district ? stageLine(u.region, k) : null) : cell.count(null);
    },
  })),
  unitColumn("attestationOverdue", "attestationOverdue", "count", (u) => u.summary.attestationOverdue),
];

const CURRENT_HIGHER = STAGE_CATEGORY_KEYS.map((k) => `category.${k}`);

/**
 * Which columns each rendering of the per-district table shows (one list per place, defined here so the
 * layouts live in one file): the worker's CSV, the CLI's workbook and terminal, the add-in's report sheet.
 */
export const DISTRICT_TABLE_VIEWS = {
  csv: [
    "districtId",
    "revision",
    "submittedAt",
    "asOf",
    "teachers",
    "organizations",
    ...CATEGORY_KEYS.map((k) => `category.${k}`),
    "category.unknown",
    "qualitativeShare",
    ...EDUCATION_KEYS.map((k) => `education.${k}`),
    ...STAGE_CATEGORY_KEYS.map((k) => `awarded.${k}`),
    "stage.target",
    "stage.actual",
    "stage.gapPp",
    "stage.teachersNeeded",
    "stage.bandVerdict",
    "attestationOverdue",
  ],
  workbook: [
    "teachers",
    "organizations",
    ...CATEGORY_KEYS.map((k) => `category.${k}`),
    "category.unknown",
    ...EDUCATION_KEYS.map((k) => `education.${k}`),
    "education.unknown",
    "qualitativeShare",
    "anyCategoryShare",
    "awardedInYear",
    "attestationOverdue",
    "revision",
    "submittedAt",
  ],
  terminal: [
    "teachers",
    "organizations",
    ...CURRENT_HIGHER,
    "legacy",
    "category.unknown",
    "qualitativeShare",
    "revision",
  ],
  sheet: [
    "revision",
    "submittedAt",
    "teachers",
    "organizations",
    ...CURRENT_HIGHER,
    "legacy",
    "qualitativeShare",
    ...STAGE_CATEGORY_KEYS.map((k) => `gapPp.${k}`),
    ...STAGE_CATEGORY_KEYS.map((k) => `teachersNeeded.${k}`),
    "stage.teachersNeeded",
    "stage.bandVerdict",
  ],
  pane: [
    "revision",
    "submittedAt",
    "teachers",
    "qualitativeShare",
    "awardedInYear",
    "stage.gapPp",
    "stage.teachersNeeded",
    "stage.bandVerdict",
  ],
} as const satisfies Record<string, readonly string[]>;
export type DistrictTableView = keyof typeof DISTRICT_TABLE_VIEWS;

function unitCell(column: UnitColumn, unit: Unit): Cell {
  if (column.cellOf) return column.cellOf(unit);
  const value = column.value(unit);
  if (column.kind === "text") return cell.text(value === null ? null : verbatim(String(value)));
  if (column.kind === "date" || column.kind === "timestamp")
    return { kind: column.kind, value: value as string | null };
  return { kind: column.kind, value: value as number | null };
}

/**
 * The per-district table: the 13 units in the region's order (one that has not submitted is a "missing"
 * row whose first cell says so), then the region on its own totals (not a sum of the rows above: its still
 * needed is computed on the region's totals), with the columns of `view`.
 */
export function districtTable(report: ReportFigures, view: DistrictTableView): Table {
  const columns = DISTRICT_TABLE_VIEWS[view].map((key) => UNIT_COLUMNS.find((c) => c.key === key)!);
  const byId = new Map(report.districts.map((d) => [d.district, d]));
  const rows: Row[] = DISTRICTS.map((d) => {
    const entry = byId.get(d.id);
    if (!entry) {
      return {
        key: d.id,
        label: { names: d.name },
        role: "missing",
        cells: columns.map((_, i) => (i === 0 ? cell.text("unitMissing") : cell.empty())),
      };
    }
    const unit: Unit = { summary: entry.summary, district: entry, year: report.year, region: report.region };
    return { key: d.id, label: { names: d.name }, cells: columns.map((c) => unitCell(c, unit)) };
  });
  const region: Unit = { summary: report.region, district: null, year: report.year, region: report.region };
  rows.push({
    key: "region",
    label: "regionOnTotals",
    region: true,
    cells: columns.map((c) => unitCell(c, region)),
  });
  return {
    key: "districts",
    title: null,
    stub: "district",
    columns: columns.map(({ value: _, withYear, ...c }) =>
      withYear ? { ...c, heading: join(" ", c.heading, verbatim(report.year)) } : c,
    ),
    rows,
  };
}

/** The units that have submitted, region first, with their names. */
function submittedUnits(report: ReportFigures): { label: Text; summary: SummaryFigures; region: boolean }[] {
  const byId = new Map(report.districts.map((d) => [d.district, d]));
  return [
    { label: "regionOnTotals" as Text, summary: report.region, region: true },
    ...DISTRICTS.flatMap((d) => {
      const entry = byId.get(d.id);
      return entry ? [{ label: { names: d.name } as Text, summary: entry.summary, region: false }] : [];
    }),
  ];
}

/**
 * Stage gaps per unit: for the region and each district that has submitted, a row per stage category and
 * the band total, so the region can filter by unit or category. Units outside the plan's years have none.
 */
export function stageGapTable(report: ReportFigures): Table {
  const rows: Row[] = [];
  for (const unit of submittedUnits(report)) {
    const full = stageTable(unit.summary, unit.region ? null : report.region);
    if (!full) continue;
    const stage = pickColumns(full, STAGE_LIST_ORDER);
    const stageName: Text | null = unit.summary.stage.stage ? `stage.${unit.summary.stage.stage}` : null;
    for (const line of stage.rows) {
      rows.push({
        key: `${unit.region ? "region" : textKey(unit.label)}/${line.key}`,
        label: unit.label,
        ...(line.role ? { role: line.role } : {}),
        ...(unit.region ? { region: true } : {}),
        cells: [
          cell.text(stageName),
          cell.text(line.label),
          cell.count(unit.summary.teachers),
          ...line.cells,
        ],
      });
    }
  }
  return {
    key: "stageGaps",
    title: null,
    stub: "district",
    columns: [
      column("stage", "text"),
      column("category", "text", "field.category"),
      column("teachers", "count"),
      ...STAGE_LIST_ORDER.map((key) => STAGE_COLUMNS.find((c) => c.key === key)!),
    ],
    rows,
  };
}

function textKey(text: Text): string {
  return typeof text === "object" && "names" in text ? text.names.en : JSON.stringify(text);
}

/**
 * Completeness per unit: every one of the 13 in the region's order, submitted (revision, time, teachers) or
 * missing, then two total rows: "Submitted: 2 / 13" and "Accepted by the region: 1 / 13".
 */
export function completenessTable(report: ReportFigures): Table {
  const byId = new Map(report.districts.map((d) => [d.district, d]));
  const rows: Row[] = DISTRICTS.map((d) => {
    const entry = byId.get(d.id);
    return {
      key: d.id,
      label: { names: d.name },
      ...(entry ? {} : { role: "missing" as const }),
      cells: [
        cell.text(entry ? "unitSubmitted" : "unitMissing"),
        cell.count(entry?.revision ?? null),
        cell.timestamp(entry?.submittedAt ?? null),
        cell.count(entry?.summary.teachers ?? null),
      ],
    };
  });
  const { submitted, accepted, expected } = report.completeness;
  const total = (key: string, label: "submitted" | "accepted", count: number): Row => ({
    key,
    label: join(": ", label, verbatim(`${count} / ${expected}`)),
    role: "total",
    cells: [cell.empty(), cell.count(null), cell.timestamp(null), cell.count(null)],
  });
  rows.push(total("total", "submitted", submitted), total("accepted", "accepted", accepted));
  return {
    key: "completeness",
    title: "completeness",
    stub: "district",
    columns: [
      column("status", "text", "completeness"),
      column("revision", "count"),
      column("submittedAt", "timestamp"),
      column("teachers", "count"),
    ],
    rows,
  };
}

/**
 * How many units have submitted and how many the region accepted, in one line for every surface (the
 * pane's region tab, the terminal): "Отправили 9 / 13 · Приняты областью 3", under the completeness table's
 * words.
 */
export function completenessLine(
  c: Pick<ReportFigures["completeness"], "expected" | "submitted" | "accepted">,
  lang: Lang,
): string {
  return (
    `${label("submitted", lang)} ${formatCount(c.submitted, lang)} / ${formatCount(c.expected, lang)}` +
    ` · ${label("accepted", lang)} ${formatCount(c.accepted, lang)}`
  );
}

/** Completeness in four lines: submitted, accepted by the region, expected, missing (with the missing units' names). */
export function completenessSummaryTable(report: ReportFigures): Table {
  const { expected, submitted, accepted, missing } = report.completeness;
  const names: Text = {
    join: missing.map((id): Text => {
      const d = findDistrict(id);
      return d ? { names: d.name } : verbatim(id);
    }),
    by: ", ",
  };
  return {
    key: "completenessSummary",
    title: "completeness",
    stub: "completeness",
    columns: [column("count", "count"), column("names", "text", "district")],
    rows: [
      { key: "submitted", label: "submitted", cells: [cell.count(submitted), cell.empty()] },
      { key: "accepted", label: "accepted", cells: [cell.count(accepted), cell.empty()] },
      { key: "expected", label: "expected", cells: [cell.count(expected), cell.empty()] },
      { key: "missing", label: "missing", cells: [cell.count(missing.length), cell.text(names)] },
    ],
  };
}

/**
 * The teachers due for attestation, as the paged endpoint lists them: academic year, district,
 * organisation, name, category, award date, expiry.
 */
export function attestationListTable(entries: readonly AttestationEntry[]): Table {
  return {
    key: "attestationList",
    title: "attestationDue",
    stub: "year",
    columns: [
      column("district", "text"),
      column("organization", "text"),
      column("fullName", "text", "field.fullName"),
      column("category", "text", "field.category"),
      column("categoryDate", "date", "field.categoryDate"),
      column("expires", "date"),
    ],
    rows: entries.map((e, i) => {
      const district = e.district ? findDistrict(e.district) : undefined;
      return {
        key: String(i),
        label: verbatim(e.year),
        cells: [
          cell.text(district ? { names: district.name } : e.district ? verbatim(e.district) : null),
          cell.text(verbatim(e.organization)),
          cell.text(isSealedName(e.fullName) ? "encrypted" : verbatim(e.fullName)),
          cell.text(`category.${e.category}`),
          cell.date(e.categoryDate),
          cell.date(e.expires),
        ],
      };
    }),
  };
}
